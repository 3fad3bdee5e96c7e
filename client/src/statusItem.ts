import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentStatsRequest, LANGUAGE_ID } from '../../shared/protocol';

const DEBOUNCE_MS = 400;

/** The language status item of a report: 字数 · 段落, and the number of problems. Counts come from the server. */
export function registerStatusItem(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('workReport.stats', { language: LANGUAGE_ID });
  item.name = t('Work Report');
  item.command = { title: t('Show Problems'), command: 'workbench.actions.view.problems' };
  context.subscriptions.push(item);

  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    const mine = ++generation;
    const uri = editor.document.uri;
    const stats = await client.sendRequest(DocumentStatsRequest, { uri: uri.toString() }).then(undefined, () => null);
    if (mine !== generation || !stats) return;
    const problems = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'work-report');
    const serious = problems.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
    item.text = t(
      '{0} characters · {1} paragraphs',
      stats.characters.toLocaleString(),
      stats.paragraphs.toLocaleString(),
    );
    item.detail = problems.length ? t('{0} problems', problems.length) : t('no problems');
    item.severity = serious ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    vscode.languages.onDidChangeDiagnostics(schedule),
    { dispose: () => timer && clearTimeout(timer) },
  );
  schedule();
}
