/**
 * 重新编号全文 (workReport.renumber): the server's source action, shown before it is applied.
 *
 * Why a notification and not VS Code's refactor preview as the first step: edits marked `needsConfirmation` open
 * the preview with every change unticked, so the drafter would have to tick each number before anything happens —
 * and a renumbering applied in part leaves a run half-numbered. The notification lists the changes (第 12 行 三、→
 * 二、…) and applies them all with one click, or none; the preview stays one button away for whoever wants to see
 * and choose each change. One undo (Ctrl+Z) restores the text either way.
 */
import * as vscode from 'vscode';
import { t } from './l10n';
import { LANGUAGE_ID, RENUMBER_ACTION_KIND } from '../../shared/protocol';
import { listChanges, numberChange, type NumberChange } from './renumberSummary';

/** `{ confirm: false }` applies without asking (a keybinding's args, the extension's tests). */
export interface RenumberOptions {
  confirm?: boolean;
}

export async function renumberCommand(options?: RenumberOptions): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
  const doc = editor.document;
  const version = doc.version;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    whole,
    RENUMBER_ACTION_KIND,
  );
  const action = actions?.find((a) => a.kind?.value === RENUMBER_ACTION_KIND && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(
      outOfOrder(doc.uri)
        ? t(
            'Nothing to renumber: where every number is there but out of order, the sections are misplaced. Move them back with the quick fix "Move the sections back into numbered order".',
          )
        : t('The numbering is already in order.'),
    );
    return;
  }
  const edits = action.edit.entries().flatMap(([uri, list]) => list.map((e) => ({ uri, e })));
  const changes = edits.map(({ e }) =>
    numberChange(
      doc.lineAt(e.range.start.line).text,
      e.range.start.line,
      e.range.start.character,
      e.range.end.character,
      e.newText,
    ),
  );
  let edit = action.edit;
  if (options?.confirm !== false) {
    const renumber = t('Renumber');
    const preview = t('Preview Each Change');
    const cancel = t('Cancel');
    const choice = await vscode.window.showInformationMessage(
      summary(action.title, changes),
      renumber,
      preview,
      cancel,
    );
    if (choice === preview) edit = needingConfirmation(edits, changes);
    else if (choice !== renumber) return;
    // Typed into while the notification waited: these offsets are of the old text, so nothing is applied.
    if (doc.version !== version) {
      void vscode.window.showWarningMessage(
        t('The report changed meanwhile: nothing was renumbered. Run the command again.'),
      );
      return;
    }
  }
  if (await vscode.workspace.applyEdit(edit))
    void vscode.window.showInformationMessage(t('Renumbered. Undo (Ctrl+Z) brings the previous numbers back.'));
}

function summary(title: string, changes: NumberChange[]): string {
  const { text, more } = listChanges(changes, (c) => t('line {0} {1} → {2}', c.line + 1, c.from, c.to), t('; '));
  return more ? t('{0}: {1}, and {2} more.', title, text, more) : t('{0}: {1}.', title, text);
}

/** The same edit, each change labelled and needing confirmation: VS Code's refactor preview shows it first. */
function needingConfirmation(
  edits: { uri: vscode.Uri; e: vscode.TextEdit }[],
  changes: NumberChange[],
): vscode.WorkspaceEdit {
  const out = new vscode.WorkspaceEdit();
  edits.forEach(({ uri, e }, i) => {
    const c = changes[i];
    out.replace(uri, e.range, e.newText, {
      needsConfirmation: true,
      label: t('line {0} {1} → {2}', c.line + 1, c.from, c.to),
    });
  });
  return out;
}

/** A numbering.order finding on the document: with no renumbering to offer, its run is only out of order. */
function outOfOrder(uri: vscode.Uri): boolean {
  return vscode.languages
    .getDiagnostics(uri)
    .some((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === 'numbering.order');
}
