import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../shared/protocol';

/**
 * Our walkthrough, once, on the first start after installing (VS Code would otherwise show only its own): to the
 * side, and the report that activated the extension gets the focus back, so its outline and problems stay in view.
 */
export function showWalkthroughOnce(context: vscode.ExtensionContext): void {
  if (!context.globalState.get<boolean>('walkthroughShown')) void openBesideReport(context);
}

/** A Welcome (Getting Started) editor is open: a tab of an input type the API does not expose, named so. */
function welcomeOpen(): boolean {
  return vscode.window.tabGroups.all.some((g) =>
    g.tabs.some((t) => t.input === undefined && /^(Welcome|欢迎|Walkthrough|演练)/i.test(t.label)),
  );
}

async function openBesideReport(context: vscode.ExtensionContext): Promise<void> {
  const isReport = (e: vscode.TextEditor | undefined) => e?.document.languageId === LANGUAGE_ID;
  // Beside the report that activated the extension: wait (briefly) until that report is the active editor.
  const report = isReport(vscode.window.activeTextEditor)
    ? vscode.window.activeTextEditor
    : await new Promise<vscode.TextEditor | undefined>((resolve) => {
        const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
          if (isReport(e)) {
            sub.dispose();
            resolve(e);
          }
        });
        setTimeout(() => {
          sub.dispose();
          resolve(undefined);
        }, 10_000);
      });
  await context.globalState.update('walkthroughShown', true);
  // VS Code may have opened its Welcome page already (it opens a new extension's walkthrough itself): select ours
  // there rather than open a second copy to the side.
  await vscode.commands
    .executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#workReport.start`, !welcomeOpen())
    .then(undefined, () => undefined);
  // Give the focus back to that report whenever the walkthrough takes it (no text editor is active) in the moments
  // after it opens: never to another editor, never after the user moved on.
  if (!report) return;
  const refocus = () => {
    if (!vscode.window.activeTextEditor && vscode.window.visibleTextEditors.includes(report)) {
      void vscode.window.showTextDocument(report.document, { viewColumn: report.viewColumn, preserveFocus: false });
    }
  };
  refocus();
  const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
    if (!e) refocus();
  });
  setTimeout(() => sub.dispose(), 2000);
}
