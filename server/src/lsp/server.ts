import {
  CodeActionKind, DiagnosticSeverity, DocumentDiagnosticReportKind, FoldingRangeKind, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type DocumentDiagnosticReport, type InitializeParams, type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  deleteParagraphLine, foldingRanges, localeOf, parseReport, reportStats, runChecks, sectionLabel, TextDoc,
  type Locale, type ReportDiagnostic, type ReportModel, type Severity, type SeveritySetting,
} from '../core';
import { msg } from './messages';
import {
  DIAGNOSTIC_SOURCE, DOCUMENT_STATS_REQUEST, MAX_CHECKED_CHARS, SETTINGS_SECTION,
  type DocumentStatsParams, type DocumentStatsResult, type WorkReportSettings,
} from './protocol';
import { documentSymbols, kindName, symbolKindOf } from './symbols';
import { uriToPath, WorkspaceIndex } from './workspaceIndex';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Wires LSP requests to the core. Everything here is mapping; analysis lives in core/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const models = new Map<string, ReportModel>();
  let locale: Locale = 'zh';
  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canShowProgress = false;
  const settingsCache = new Map<string, Promise<WorkReportSettings>>();
  const reportedErrors = new Set<string>();
  const warnedTooLarge = new Set<string>();
  const index = new WorkspaceIndex((m) => connection.console.log(m));

  /** The model of the document's current version, parsed at most once per version. */
  const modelOf = (doc: TextDocument): ReportModel => {
    const hit = models.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const model = parseReport(doc);
    models.set(doc.uri, model);
    return model;
  };

  const settingsOf = (uri: string): Promise<WorkReportSettings> => {
    if (!canPullConfiguration) return Promise.resolve({ severity: {} });
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((c: Partial<WorkReportSettings> | null) => ({ severity: { ...(c?.severity ?? {}) } }), () => ({ severity: {} }));
      settingsCache.set(uri, s);
    }
    return s;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeOf(params.locale);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceRoots.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) workspaceRoots.push(p);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '工作报告' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'work-report', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    connection.languages.diagnostics.refresh();
  });

  documents.onDidClose((e) => {
    models.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    warnedTooLarge.delete(e.document.uri);
  });

  connection.onDocumentSymbol((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    return documentSymbols(modelOf(doc), doc, locale);
  });

  connection.onFoldingRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    return foldingRanges(modelOf(doc)).map((f) => ({
      startLine: f.startLine, endLine: f.endLine, ...(f.kind === 'region' ? { kind: FoldingRangeKind.Region } : {}),
    }));
  });

  connection.onWorkspaceSymbol(async (params, token) => {
    const query = params.query.trim().toLowerCase();
    const open = documents.all().map(modelOf);
    const openUris = new Set(open.map((m) => m.uri));
    // The first search reads every report of the workspace: show it as progress; later ones hit the cache.
    const progress = canShowProgress && index.cachedCount === 0 ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin(msg(locale, 'indexing')(), 0, undefined, true);
    const onDisk = await index.models(workspaceRoots, () => token.isCancellationRequested || !!progress?.token.isCancellationRequested, (done, total) => {
      if (done % 20 === 0 || done === total) progress?.report(Math.round((100 * done) / Math.max(total, 1)), `${done}/${total}`);
    }).finally(() => progress?.done());
    const out: SymbolInformation[] = [];
    for (const model of [...open, ...onDisk.filter((m) => !openUris.has(m.uri))]) {
      const doc = documents.get(model.uri) ?? new TextDoc(model.uri, model.text);
      for (const s of model.flat) {
        const name = sectionLabel(s);
        if (query && !name.toLowerCase().includes(query)) continue;
        out.push({
          name, kind: symbolKindOf(s.kind), containerName: s.parent ? sectionLabel(s.parent) : kindName(s.kind, locale),
          location: { uri: model.uri, range: { start: doc.positionAt(s.start), end: doc.positionAt(s.titleEnd) } },
        });
        if (out.length >= 2000) return out;
      }
    }
    return out;
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const doc = documents.get(params.textDocument.uri);
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!doc) return empty;
    if (doc.getText().length > MAX_CHECKED_CHARS) {
      if (!warnedTooLarge.has(doc.uri)) {
        warnedTooLarge.add(doc.uri);
        void connection.window.showInformationMessage(msg(locale, 'tooLarge')(MAX_CHECKED_CHARS));
      }
      return empty;
    }
    const settings = await settingsOf(doc.uri);
    if (token.isCancellationRequested) return empty;
    const found = runChecks(modelOf(doc), {
      locale,
      severities: settings.severity as Record<string, SeveritySetting>,
      positionAt: (o) => doc.positionAt(o),
      isCancelled: () => token.isCancellationRequested,
      onError: (code, e) => {
        if (reportedErrors.has(code)) return;
        reportedErrors.add(code);
        connection.console.error(`${msg(locale, 'checkFailed')(code)} ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      },
    });
    return { kind: DocumentDiagnosticReportKind.Full, items: found.map(toLspDiagnostic) };
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = modelOf(doc);
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE || d.code !== 'repeat.paragraph') continue;
      const line = d.range.start.line;
      const firstLine = typeof (d.data as { firstLine?: unknown } | undefined)?.firstLine === 'number' ? (d.data as { firstLine: number }).firstLine : undefined;
      // Only act when the text on that line is still a repeat: the diagnostic may be stale.
      const para = model.paragraphs.find((p) => p.line === line);
      const first = firstLine !== undefined ? model.paragraphs.find((p) => p.line === firstLine) : undefined;
      if (!para || (first && first.key !== para.key)) continue;
      const span = deleteParagraphLine(model, line);
      if (!span) continue;
      actions.push({
        title: msg(locale, 'deleteRepeat')((firstLine ?? line) + 1),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [doc.uri]: [{ range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) }, newText: span.newText }] } },
      });
    }
    return actions;
  });

  connection.onRequest(DOCUMENT_STATS_REQUEST, (params: DocumentStatsParams): DocumentStatsResult | null => {
    const doc = documents.get(params.uri);
    return doc ? reportStats(modelOf(doc)) : null;
  });

  documents.listen(connection);
  connection.listen();
}

function toLspDiagnostic(d: ReportDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: LSP_SEVERITY[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    ...(d.related.length ? { relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}
