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

/** The comparison panel: a webview view that shows what the server computes about the active report. */
export class ComparePanel implements vscode.WebviewViewProvider {
  static readonly viewId = 'workReport.compare';
  private view: vscode.WebviewView | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;
  private editTimer: NodeJS.Timeout | undefined;
  private lastLine = -1;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    context.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.lastLine = -1;
        this.scheduleCompare(0);
        this.scheduleSimilar();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.scheduleSimilar();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.scheduleCompare(EDIT_DEBOUNCE_MS);
      }),
      {
        dispose: () => {
          clearTimeout(this.cursorTimer);
          clearTimeout(this.editTimer);
        },
      },
    );
    client.onNotification(LibraryChangedNotification, () => {
      this.scheduleCompare(0);
      this.lastLine = -1;
      this.scheduleSimilar();
    });
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
    const n = nonce();
    const css = view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    const js = view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'panel.js'));
    view.webview.html = `<!DOCTYPE html><html lang="${shownLanguage()}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${view.webview.cspSource}; img-src ${view.webview.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="${css}"></head>
<body><div id="app" data-loading="true"></div><script nonce="${n}" src="${js}"></script></body></html>`;
    view.webview.onDidReceiveMessage((m) => this.receive(m), undefined, this.context.subscriptions);
    view.onDidChangeVisibility(() => {
      if (view.visible) {
        this.scheduleCompare(0);
        this.lastLine = -1;
        this.scheduleSimilar();
      }
    });
  }

  /** Messages from the webview are checked before anything is done with them. */
  private async receive(m: unknown): Promise<void> {
    const msg = parsePanelMessage(m);
    if (msg?.type === 'ready') {
      this.post({ type: 'strings', strings: strings() });
      this.scheduleCompare(0);
      this.lastLine = -1;
      this.scheduleSimilar();
    } else if (msg?.type === 'changeLibrary') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'workReport.library');
    } else if (msg?.type === 'open') {
      const from = new vscode.Position(msg.line, msg.character ?? 0);
      const selection = new vscode.Range(from, from.translate(0, msg.length ?? 0));
      await vscode.window.showTextDocument(vscode.Uri.parse(msg.uri), {
        selection,
        preview: true,
        viewColumn: vscode.ViewColumn.Active,
      });
    }
  }

  private activeReport(): vscode.TextEditor | undefined {
    const e = vscode.window.activeTextEditor;
    return e && e.document.languageId === LANGUAGE_ID ? e : undefined;
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
    if (!this.view?.visible) return;
    const e = this.activeReport();
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
    if (!this.view?.visible) return;
    const e = this.activeReport();
    if (!e) return;
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
    void this.view?.webview.postMessage(m);
  }
}
