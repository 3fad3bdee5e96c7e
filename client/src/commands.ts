import * as vscode from 'vscode';
import { t } from './l10n';
import { LANGUAGE_ID, REVEAL_RANGE_COMMAND } from '../../shared/protocol';
import { renumberCommand, type RenumberOptions } from './renumber';

/** The sample used by the walkthrough: the 2022 Zhuzhou report, with its pasted-twice sections. */
const SAMPLE = '2022-株洲市人大常委会工作报告.txt';

export function registerCommands(context: vscode.ExtensionContext, output: vscode.OutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('workReport.treatAsReport', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(t('Open a file first.'));
        return;
      }
      await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('workReport.showOutput', () => output.show(true)),
    // Run by the server's "show the other copy" code action.
    vscode.commands.registerCommand(
      REVEAL_RANGE_COMMAND,
      async (
        uri: string,
        range: { start: { line: number; character: number }; end: { line: number; character: number } },
      ) => {
        const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: r, preserveFocus: false });
      },
    ),
    // The server's source action, run on the whole document: its changes are shown before they are applied.
    vscode.commands.registerCommand('workReport.renumber', (options?: RenumberOptions) => renumberCommand(options)),
    // A real file in a scratch folder of the extension's storage: the user can try quick fixes and save, without
    // touching the extension's own files. Opened again, it starts from the original.
    vscode.commands.registerCommand('workReport.openSample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'seeds', SAMPLE));
      const folder = vscode.Uri.joinPath(context.globalStorageUri, 'samples');
      await vscode.workspace.fs.createDirectory(folder);
      const copy = vscode.Uri.joinPath(folder, SAMPLE);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === copy.toString());
      if (!open?.isDirty) await vscode.workspace.fs.writeFile(copy, bytes);
      const doc = await vscode.workspace.openTextDocument(copy);
      await vscode.window.showTextDocument(doc);
    }),
  );
}
