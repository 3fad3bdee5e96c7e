import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../shared/protocol';

/**
 * Our walkthrough, once, on the first start after installing (VS Code would otherwise show only its own): to the
 * side, and the report that activated the extension gets the focus back, so its outline and problems stay in view.
 */
export function showWalkthroughOnce(context: vscode.ExtensionContext): void {
  if (!context.globalState.get<boolean>('walkthroughShown')) void openBesideReport(context);
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
  await vscode.commands
    .executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#workReport.start`, true)
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
