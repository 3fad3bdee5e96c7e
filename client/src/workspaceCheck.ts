import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, SETTINGS_SECTION, type CheckWorkspaceResult } from '../../shared/protocol';

/** 检查工作区全部报告: the server checks every report file and publishes its findings; the user is told the totals. */
export function registerWorkspaceCheck(context: vscode.ExtensionContext, client: LanguageClient): void {
  const run = async (quiet: boolean): Promise<CheckWorkspaceResult | undefined> => {
    const r = await client.sendRequest(CheckWorkspaceRequest, {}).then(undefined, () => undefined);
    if (!r || quiet) return r;
    void vscode.window.showInformationMessage(
      r.cancelled
        ? vscode.l10n.t('The workspace check was cancelled after {0} reports.', r.files)
        : vscode.l10n.t('Checked {0} reports: {1} findings in {2} of them.', r.files, r.findings, r.withFindings),
    );
    return r;
  };
  context.subscriptions.push(vscode.commands.registerCommand('workReport.checkWorkspace', () => run(false)));
  if (vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('checkWorkspaceOnStart')) void run(true);
}
