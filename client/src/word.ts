import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  AnnotateWordRequest,
  ExportWordRequest,
  HandInRequest,
  LANGUAGE_ID,
  ReadWordRequest,
  WORD_VIEW_SCHEME,
} from '../../shared/protocol';

const WORD_FILE = /\.(docx|docm|pdf)$/i;
/** What comments can be written into (a PDF cannot take them; a template's copy would be a template). */
const ANNOTATABLE = /\.(docx|docm)$/i;

/**
 * Word documents in the editor. 作为工作报告打开 shows a .docx as a read-only text view (scheme WORD_VIEW_SCHEME,
 * refreshed when Word saves the file): last year's report is read, not edited, and the .docx stays the one truth.
 * 从 Word 导入 writes that text as a .txt draft beside it, for the report that is being written. 导出为 Word writes
 * the open report as a GB/T 9704 .docx. 把检查结果写成 Word 批注 writes a .docx's findings into a copy of it as comments,
 * for leaders who read it in Word or WPS. The server reads and writes the documents; the client only asks.
 */
export function registerWord(context: vscode.ExtensionContext, client: LanguageClient): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const watchers = new Map<string, vscode.Disposable>();
  const read = async (file: vscode.Uri) => {
    const r = await client.sendRequest(ReadWordRequest, { uri: file.toString() });
    if (!r.ok) throw new Error(r.message);
    return r.text;
  };
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(view) {
      const file = view.with({ scheme: 'file' });
      if (!watchers.has(view.toString())) {
        const w = vscode.workspace.createFileSystemWatcher(
          new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), file.path.split('/').pop()!),
        );
        w.onDidChange(() => changed.fire(view));
        w.onDidCreate(() => changed.fire(view));
        watchers.set(view.toString(), w);
      }
      try {
        return await read(file);
      } catch (e) {
        return `${e instanceof Error ? e.message : String(e)}\n`;
      }
    },
  };

  /**
   * The Word document a command is about, as a file: the one it was given (from the Explorer, the editor's title
   * or a script), else the active tab's — the .docx itself or its report view (作为工作报告打开) — else one the user
   * picks. A report view's address is the file's own path under another scheme.
   */
  const pickWord = async (uri?: vscode.Uri, kinds = WORD_FILE): Promise<vscode.Uri | undefined> => {
    const asFile = (u: vscode.Uri | undefined) =>
      u && (u.scheme === 'file' || u.scheme === WORD_VIEW_SCHEME) && kinds.test(u.path)
        ? u.with({ scheme: 'file' })
        : undefined;
    const given = uri instanceof vscode.Uri ? asFile(uri) : undefined;
    if (given) return given;
    const tab = asFile((vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: vscode.Uri })?.uri);
    if (tab) return tab;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters:
        kinds === WORD_FILE
          ? { [t('Word documents and PDFs')]: ['docx', 'docm', 'pdf'] }
          : { [t('Word documents')]: ['docx', 'docm'] },
    });
    return picked?.[0];
  };

  const openAsReport = async (uri?: vscode.Uri) => {
    const file = await pickWord(uri);
    if (!file) return undefined;
    const doc = await vscode.languages.setTextDocumentLanguage(
      await vscode.workspace.openTextDocument(file.with({ scheme: WORD_VIEW_SCHEME })),
      LANGUAGE_ID,
    );
    return vscode.window.showTextDocument(doc, { preview: false });
  };

  const importDraft = async (uri?: vscode.Uri) => {
    const file = await pickWord(uri);
    if (!file) return undefined;
    let text: string;
    try {
      text = await read(file);
    } catch (e) {
      void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
      return undefined;
    }
    // The draft's name makes it a work report in the editor: *工作报告*.txt, else NAME.report.txt.
    const base = file.path.replace(WORD_FILE, '');
    const draft = file.with({ path: /工作报告/.test(base.split('/').pop()!) ? `${base}.txt` : `${base}.report.txt` });
    const exists = await vscode.workspace.fs.stat(draft).then(
      () => true,
      () => false,
    );
    if (exists) {
      const overwrite = t('Overwrite');
      const answer = await vscode.window.showWarningMessage(
        t('{0} exists already. Overwrite it with the text of the Word document?', draft.path.split('/').pop()!),
        { modal: true },
        overwrite,
      );
      if (answer !== overwrite) return undefined;
    }
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(text));
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft), { preview: false });
  };

  /**
   * Warnings, errors, checklist items and half-width markers left: the drafter exports anyway, has the markers made
   * full-width first (a text draft, not a read-only Word view), or goes to the problems. True to go on.
   */
  const readyToHandIn = async (doc: vscode.TextDocument): Promise<boolean> => {
    const h = await client.sendRequest(HandInRequest, { uri: doc.uri.toString() }).then(undefined, () => null);
    if (!h || h.ready) return true;
    const go = t('Export Anyway');
    const full = t('Make Markers Full-Width, Then Export');
    const show = t('Show Problems');
    const editable = doc.uri.scheme !== WORD_VIEW_SCHEME && h.markerEdits.length > 0;
    const answer = await vscode.window.showWarningMessage(
      t('{0}. Export anyway?', h.message),
      { modal: true },
      ...(editable ? [full, go, show] : [go, show]),
    );
    if (answer === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (answer === full) {
      const edit = new vscode.WorkspaceEdit();
      for (const e of h.markerEdits) {
        const r = e.range;
        edit.replace(
          doc.uri,
          new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
          e.newText,
        );
      }
      return vscode.workspace.applyEdit(edit);
    }
    return answer === go;
  };

  /** `requested`: a .docx to write, from a script or a test. A menu passes the report's own URI: never a target. */
  const exportWord = async (requested?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(t('Open a work report to export it.'));
      return undefined;
    }
    const source = editor.document.uri;
    const target =
      requested instanceof vscode.Uri &&
      requested.scheme === 'file' &&
      /\.docx$/i.test(requested.path) &&
      requested.path !== source.path
        ? requested
        : undefined;
    // Asked interactively (not by a script naming the file): what is left is said first, as a hand-in check would.
    if (!target && !(await readyToHandIn(editor.document))) return undefined;
    const base = source.path
      .replace(/(\.report)?\.(txt|md)$/i, '')
      .replace(WORD_FILE, source.scheme === WORD_VIEW_SCHEME ? '（GB-T 9704）' : '');
    const suggested = source.with({ scheme: 'file', path: `${base}.docx` });
    const to =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: source.scheme === 'untitled' ? undefined : suggested,
        filters: { [t('Word documents')]: ['docx'] },
      }));
    if (!to) return undefined;
    const r = await client.sendRequest(ExportWordRequest, { uri: source.toString(), target: to.toString() });
    sayWritten(r, to);
    return r;
  };

  /**
   * The Word document's findings (its report view's, if open) as comments in a copy, by default NAME（批注）.docx
   * beside it. `requested`: the copy to write, from a script or a test.
   */
  const annotateWord = async (uri?: vscode.Uri, requested?: unknown) => {
    const file = await pickWord(uri, ANNOTATABLE);
    if (!file) {
      if (uri instanceof vscode.Uri && WORD_FILE.test(uri.path))
        void vscode.window.showInformationMessage(
          t('Comments can only be written into a Word document (.docx or .docm).'),
        );
      return undefined;
    }
    const ext = /\.\w+$/.exec(file.path)![0];
    const suggested = file.with({ path: file.path.replace(/\.\w+$/, `（批注）${ext}`) });
    const to =
      requested instanceof vscode.Uri && requested.scheme === 'file'
        ? requested
        : await vscode.window.showSaveDialog({
            defaultUri: suggested,
            filters: { [t('Word documents')]: [ext.slice(1)] },
          });
    if (!to) return undefined;
    const r = await client.sendRequest(AnnotateWordRequest, { uri: file.toString(), target: to.toString() });
    if (!r.ok) void vscode.window.showErrorMessage(r.message);
    else
      void vscode.window.showInformationMessage(
        r.backup
          ? t('Wrote {0} with {1} comments (the earlier file kept as {2}).', to.fsPath, r.comments, r.backup)
          : t('Wrote {0} with {1} comments.', to.fsPath, r.comments),
      );
    return r;
  };

  context.subscriptions.push(
    changed,
    {
      dispose: () => {
        for (const w of watchers.values()) w.dispose();
      },
    },
    vscode.workspace.registerTextDocumentContentProvider(WORD_VIEW_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === WORD_VIEW_SCHEME) {
        watchers.get(d.uri.toString())?.dispose();
        watchers.delete(d.uri.toString());
      }
    }),
    vscode.commands.registerCommand('workReport.openWord', openAsReport),
    vscode.commands.registerCommand('workReport.importWord', importDraft),
    vscode.commands.registerCommand('workReport.exportWord', exportWord),
    vscode.commands.registerCommand('workReport.annotateWord', annotateWord),
    // A .docx opened in VS Code shows as binary (a PDF as nothing): offer the report view instead.
    vscode.window.tabGroups.onDidChangeTabs(async (e) => {
      for (const tab of e.opened) {
        const uri = (tab.input as { uri?: vscode.Uri } | undefined)?.uri;
        if (!uri || uri.scheme !== 'file' || !WORD_FILE.test(uri.path)) continue;
        const open = t('Open as Work Report');
        const draft = t('Import as Draft');
        const answer = await vscode.window.showInformationMessage(
          t('{0} can be opened as a work report.', uri.path.split('/').pop()!),
          open,
          draft,
        );
        // The binary tab VS Code opened shows nothing useful: it goes once the report view or the draft is open.
        const shown = answer === open ? await openAsReport(uri) : answer === draft ? await importDraft(uri) : undefined;
        if (shown) await closeTabOf(uri);
      }
    }),
  );
}

/** Closes the tabs that show this file itself (not its report view). */
async function closeTabOf(file: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.filter((tab) => (tab.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() === file.toString()),
  );
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

/** What an export said: its error, or where it wrote and where an earlier file of that name was kept. */
export function sayWritten(r: { ok: true; backup?: string } | { ok: false; message: string }, to: vscode.Uri): void {
  if (!r.ok) void vscode.window.showErrorMessage(r.message);
  else
    void vscode.window.showInformationMessage(
      r.backup
        ? t('Exported to {0} (the earlier file kept as {1}).', to.fsPath, r.backup)
        : t('Exported to {0}.', to.fsPath),
    );
}
