/**
 * 新建下一年度草稿 / New Draft for Next Year: last year's report (the active one, or a text, Word or PDF file the user
 * picks) made into next year's draft by the server (subtitle date to fill, session and titles' years moved on,
 * nothing else), saved where the user says, opened, with the year-over checklist beside it.
 */
import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, NextYearRequest, ReadWordRequest } from '../../shared/protocol';

async function pickReport(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const current = active?.languageId === LANGUAGE_ID && active.uri.scheme === 'file' ? active.uri : undefined;
  const other = t('Choose a file…');
  const choice = current
    ? await vscode.window.showQuickPick([vscode.workspace.asRelativePath(current), other], {
        title: t("Last year's report"),
      })
    : other;
  if (!choice) return undefined;
  if (choice !== other) return current;
  const [uri] =
    (await vscode.window.showOpenDialog({
      title: t("Last year's report"),
      canSelectMany: false,
      filters: { [t('Reports')]: ['txt', 'md', 'docx', 'docm', 'pdf'] },
    })) ?? [];
  return uri;
}

export function registerNextYear(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('workReport.newDraftForNextYear', async () => {
      const source = await pickReport();
      if (!source) return;
      let text: string | undefined;
      if (/\.(docx|docm|pdf)$/i.test(source.path)) {
        const r = await client.sendRequest(ReadWordRequest, { uri: source.toString() });
        if (!r.ok) return void vscode.window.showWarningMessage(r.message);
        text = r.text;
      } else {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
      }
      const newTerm = await vscode.window.showQuickPick(
        [
          { label: t('Next session of the same term'), newTerm: false },
          { label: t('First session of a new term (after an election)'), newTerm: true },
        ],
        { title: t('Which session is the new report for?') },
      );
      if (!newTerm) return;
      const draft = await client.sendRequest(NextYearRequest, {
        uri: source.toString(),
        text,
        newTerm: newTerm.newTerm,
      });
      if (!draft) return;
      // The user names the file; the save dialog asks before replacing one that exists.
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(source, '..', draft.name),
        filters: { [t('Reports')]: ['txt', 'md'] },
      });
      if (!target) return;
      if (target.toString() === source.toString())
        return void vscode.window.showWarningMessage(t("The draft cannot replace last year's report."));
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(draft.text));
      const doc = await vscode.workspace.openTextDocument(target);
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workReport.showChecklist');
      void vscode.window.showInformationMessage(
        t(
          "Next year's draft made ({0} changes: the subtitle's date and session, the titles' years). The checklist lists what is left to update.",
          draft.changes.length,
        ),
      );
    }),
  );
}
