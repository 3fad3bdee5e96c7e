import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, SETTINGS_SECTION, type CheckWorkspaceResult } from '../../shared/protocol';

/** 检查工作区全部报告: the server checks every report file and publishes its findings; the user is told the totals. */
export function registerWorkspaceCheck(context: vscode.ExtensionContext, client: LanguageClient): void {
  const run = async (quiet: boolean): Promise<CheckWorkspaceResult | undefined> => {
    const r = await client.sendRequest(CheckWorkspaceRequest, {}).then(undefined, () => undefined);
    if (!r || quiet) return r;
    const done = r.cancelled
      ? t('The workspace check was cancelled after {0} reports.', r.files)
      : t('Checked {0} reports: {1} findings in {2} of them.', r.files, r.findings, r.withFindings);
    const past = r.past
      ? t(
          "{0} past reports (before {1}) were left out: they are published and won't change.",
          r.past,
          r.draftingYear ?? '',
        )
      : '';
    void vscode.window.showInformationMessage(past ? `${done} ${past}` : done);
    return r;
  };
  context.subscriptions.push(vscode.commands.registerCommand('workReport.checkWorkspace', () => run(false)));
  if (vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('checkWorkspaceOnStart')) void run(true);
}
