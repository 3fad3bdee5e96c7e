import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { shownLanguage, t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { parsePanelMessage, shortenTitles } from './panelMessages';
import type { HostMessage, PanelStrings } from '../../shared/panel';
import { CompareRequest, LANGUAGE_ID, LibraryChangedNotification, SimilarRequest } from '../../shared/protocol';

const CURSOR_DEBOUNCE_MS = 300;
const EDIT_DEBOUNCE_MS = 900;

/** A fresh nonce per page, from the operating system's random source. */
function nonce(): string {
  return randomBytes(18).toString('base64url');
}

/** The panel's strings, in the UI language: the webview renders what it is given and parses nothing. */
function strings(): PanelStrings {
  return {
    similar: t('Similar passages'),
    figures: t('Figures by year'),
    structure: t('Structure'),
    noReport: t('Open a work report to compare it with past reports.'),
    noMatch: t('No similar passage in past reports.'),
    reused: t('{0} of the draft is found in past reports ({1} paragraphs compared, library of {2} reports).'),
    verbatim: t('Paragraphs taken verbatim from {0}:'),
    metric: t('Metric'),
    draft: t('This draft'),
    same: t('same as last year'),
    jump: t('large change'),
    lastYear: t('Compared with {0}'),
    added: t('added'),
    removed: t('removed'),
    moved: t('moved'),
    kept: t('kept'),
    repeated: t('pasted twice'),
    changeLibrary: t('Choose the past reports'),
    sameLegend: t('same as last year: has it been updated?'),
    jumpLegend: t('changed by more than half'),
    line: t('line {0}'),
    similarity: t('{0} similar'),
    noLibrary: t('No past report of this place in the library.'),
  };
}

/** Where the panel follows the report from: a report in an editor of the editor area. */
const isReport = (e: vscode.TextEditor | undefined): e is vscode.TextEditor =>
  !!e && e.document.languageId === LANGUAGE_ID && e.viewColumn !== undefined;

/**
 * The comparison panel: a webview panel beside the editor (not the side bar, whose width wraps the structure's
 * titles and which it would take from the Explorer and the Outline), showing what the server computes about the
 * report being edited. It follows that report while the focus is in the panel itself (no text editor is active
 * then), and is restored with the window from the page's own state.
 */
export class ComparePanel {
  static readonly viewType = 'workReport.compare';
  static readonly openCommand = 'workReport.openComparison';
  private panel: vscode.WebviewPanel | undefined;
  /** The report the panel shows: the last report editor that was active. */
  private report: vscode.TextEditor | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private editTimer: NodeJS.Timeout | undefined;
  private lastLine = -1;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.report = isReport(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : undefined;
    context.subscriptions.push(
      vscode.commands.registerCommand(ComparePanel.openCommand, () => this.open()),
      vscode.window.registerWebviewPanelSerializer(ComparePanel.viewType, {
        deserializeWebviewPanel: async (panel) => this.adopt(panel),
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (this.report && !this.target()) this.follow(vscode.window.activeTextEditor, true);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor && isReport(e.textEditor)) this.scheduleSimilar();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.target()?.document) this.scheduleCompare(EDIT_DEBOUNCE_MS);
      }),
      {
        dispose: () => {
          clearTimeout(this.cursorTimer);
          clearTimeout(this.editTimer);
        },
      },
    );
    client.onNotification(LibraryChangedNotification, () => this.refresh());
  }

  /** The command: the panel beside the report, created or brought back; the focus stays in the report. */
  open(): void {
    if (this.panel) {
      // Shown over the report (a file opened into the panel's group): move it beside again.
      const over = this.panel.viewColumn !== undefined && this.panel.viewColumn === this.target()?.viewColumn;
      this.panel.reveal(over ? vscode.ViewColumn.Beside : this.panel.viewColumn, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      ComparePanel.viewType,
      t('Compare with Past Reports'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { retainContextWhenHidden: false, enableFindWidget: true },
    );
    this.adopt(panel);
  }

  /** A new panel, or one restored with the window: its page, its messages, its lifetime. */
  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    panel.title = t('Compare with Past Reports');
    panel.iconPath = {
      light: vscode.Uri.joinPath(media, 'icon-light.svg'),
      dark: vscode.Uri.joinPath(media, 'icon-dark.svg'),
    };
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
    const n = nonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'panel.js'));
    webview.html = `<!DOCTYPE html><html lang="${shownLanguage()}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="${css}"></head>
<body><div id="app" data-loading="true"></div><script nonce="${n}" src="${js}"></script></body></html>`;
    let visible = panel.visible;
    const subs = [
      webview.onDidReceiveMessage((m) => this.receive(m)),
      panel.onDidChangeViewState(() => {
        // Shown again (its tab chosen): what changed while hidden. Focus moving in or out changes nothing.
        if (panel.visible && !visible) this.refresh();
        visible = panel.visible;
      }),
    ];
    panel.onDidDispose(() => {
      subs.forEach((s) => s.dispose());
      if (this.panel === panel) this.panel = undefined;
    });
  }

  /**
   * The active editor changed. No text editor (this panel, or another webview, has the focus), or one outside the
   * editor area (the output): the panel keeps showing its report. Another report: the panel follows it. Any other
   * file: nothing to compare.
   */
  private follow(e: vscode.TextEditor | undefined, force = false): void {
    if (!force && (!e || e.viewColumn === undefined)) return;
    const next = isReport(e) ? e : undefined;
    const same = next?.document === this.report?.document;
    this.report = next;
    if (!same || force) this.refresh();
  }

  /** The report's editor as shown now: the same editor, or the same document in another visible editor. */
  private target(): vscode.TextEditor | undefined {
    const r = this.report;
    if (!r) return undefined;
    const shown = vscode.window.visibleTextEditors;
    return shown.find((e) => e === r) ?? shown.find((e) => e.document === r.document);
  }

  private refresh(): void {
    this.scheduleCompare(0);
    this.lastLine = -1;
    this.scheduleSimilar();
  }

  /** Messages from the webview are checked before anything is done with them. */
  private async receive(m: unknown): Promise<void> {
    const msg = parsePanelMessage(m);
    if (msg?.type === 'ready') {
      this.post({ type: 'strings', strings: strings() });
      this.refresh();
    } else if (msg?.type === 'changeLibrary') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'workReport.library');
    } else if (msg?.type === 'open') {
      const from = new vscode.Position(msg.line, msg.character ?? 0);
      const selection = new vscode.Range(from, from.translate(0, msg.length ?? 0));
      // In the report's group, never over the panel.
      await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), {
        selection,
        preview: true,
        viewColumn: this.target()?.viewColumn ?? vscode.ViewColumn.One,
      });
    }
  }

  private scheduleCompare(delay: number): void {
    clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => void this.compare(), delay);
  }

  private scheduleSimilar(): void {
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => void this.similar(), CURSOR_DEBOUNCE_MS);
  }

  private async compare(): Promise<void> {
    if (!this.panel?.visible) return;
    const e = this.target();
    if (!e) {
      this.post({ type: 'compare', data: null });
      return;
    }
    const data = await this.client
      .sendRequest(CompareRequest, { uri: e.document.uri.toString() })
      .then(undefined, () => null);
    this.post({ type: 'compare', uri: e.document.uri.toString(), data: shortenTitles(data) });
  }

  private async similar(): Promise<void> {
    if (!this.panel?.visible) return;
    const e = this.target();
    if (!e) {
      this.post({ type: 'similar', data: null });
      return;
    }
    const line = e.selection.active.line;
    if (line === this.lastLine) return;
    this.lastLine = line;
    const data = await this.client
      .sendRequest(SimilarRequest, { uri: e.document.uri.toString(), line })
      .then(undefined, () => null);
    this.post({ type: 'similar', uri: e.document.uri.toString(), data: shortenTitles(data) });
  }

  /** Every message to the page goes through here, typed by the protocol the page is compiled against. */
  private post(m: HostMessage): void {
    void this.panel?.webview.postMessage(m);
  }
}
