import {
  CodeActionKind, CompletionItemKind, DiagnosticSeverity, InsertTextFormat, DocumentDiagnosticReportKind, FoldingRangeKind, MarkupKind, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type DocumentDiagnosticReport, type Hover, type InitializeParams, type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  completions, figureHover, fixesFor, foldingRanges, localeOf, localize, parseReport, renumberDocument, repeatHover, reportStats, runChecks, sectionLabel, TextDoc,
  type Locale, type ReportDiagnostic, type ReportModel, type Severity,
} from '../core';
import * as path from 'path';
import { ConfigResolver } from './config';
import { LibraryStore } from './library';
import { msg } from './messages';
import {
  COMPARE_REQUEST, DIAGNOSTIC_SOURCE, DOCUMENT_STATS_REQUEST, LIBRARY_NOTIFICATION, MAX_CHECKED_CHARS, RENUMBER_ACTION_KIND,
  REVEAL_RANGE_COMMAND, SETTINGS_SECTION, SIMILAR_REQUEST,
  type CompareParams, type DocumentStatsParams, type DocumentStatsResult, type InitOptions, type SimilarParams, type WorkReportSettings,
} from './protocol';
import { documentSymbols, kindName, symbolKindOf } from './symbols';
import { uriToPath, WorkspaceIndex } from './workspaceIndex';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What the server keeps per open document: its model, the check results of that version, and the checks' cache. */
interface DocumentState {
  model?: ReportModel;
  diagnostics?: { version: number; items: ReportDiagnostic[] };
  /** Survives edits: lets the checks reuse the work of the previous version. */
  cache: Map<string, unknown>;
}

/** Wires LSP requests to the core. Everything here is mapping; analysis lives in core/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  let locale: Locale = 'zh';
  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canShowProgress = false;
  const settingsCache = new Map<string, Promise<WorkReportSettings>>();
  const configs = new ConfigResolver();
  const reportedErrors = new Set<string>();
  const warned = new Set<string>();
  const index = new WorkspaceIndex((m) => connection.console.log(m));
  let library: LibraryStore | undefined;
  let samplesPath: string | undefined = path.join(__dirname, '..', 'seeds');
  let libraryBuild: Promise<void> | undefined;

  /** (Re)builds the past-report library in the background, with progress; requests wait for it. */
  const rebuildLibrary = () => {
    libraryBuild = (async () => {
      const cfg: WorkReportSettings['library'] = canPullConfiguration
        ? ((await connection.workspace.getConfiguration(SETTINGS_SECTION).then((c) => c?.library, () => undefined)) ?? {})
        : {};
      const progress = canShowProgress ? await connection.window.createWorkDoneProgress() : undefined;
      progress?.begin(msg(locale, 'libraryIndexing')(), 0);
      try {
        const r = await library!.build(
          { roots: workspaceRoots, paths: cfg?.paths ?? [], ...(cfg?.includeSamples !== false && samplesPath ? { samples: samplesPath } : {}) },
          (done, total) => { if (done % 10 === 0 || done === total) progress?.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total}`); },
        );
        connection.console.log(`library: ${library!.index.size} reports (${r.parsed} read, ${r.files - r.parsed - r.skipped.length} from cache, ${r.skipped.length} skipped)`);
        void connection.sendNotification(LIBRARY_NOTIFICATION, { reports: library!.index.size });
      } catch (e) {
        connection.console.error(`library: ${String(e)}`);
      } finally {
        progress?.done();
      }
    })();
  };

  const stateOf = (uri: string): DocumentState => {
    let s = states.get(uri);
    if (!s) { s = { cache: new Map() }; states.set(uri, s); }
    return s;
  };

  /** The model of the document's current version, parsed at most once per version. */
  const modelOf = (doc: TextDocument): ReportModel => {
    const s = stateOf(doc.uri);
    if (s.model && s.model.version === doc.version) return s.model;
    s.model = parseReport(doc);
    return s.model;
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

  const warnOnce = (key: string, text: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    void connection.window.showWarningMessage(text);
  };

  /** The check results of the document's current version, computed at most once per version. */
  const diagnosticsOf = async (doc: TextDocument, isCancelled: () => boolean = () => false): Promise<ReportDiagnostic[]> => {
    const state = stateOf(doc.uri);
    if (state.diagnostics?.version === doc.version) return state.diagnostics.items;
    if (doc.getText().length > MAX_CHECKED_CHARS) {
      warnOnce(`large:${doc.uri}`, msg(locale, 'tooLarge')(MAX_CHECKED_CHARS));
      return [];
    }
    const settings = await settingsOf(doc.uri);
    const { config, ignored, problems, rcPath } = configs.resolve(doc.uri, settings.severity);
    if (problems.length && rcPath) warnOnce(`rc:${rcPath}:${problems.join()}`, msg(locale, 'badConfig')(rcPath, problems.join('; ')));
    if (ignored || isCancelled()) return [];
    const items = runChecks(modelOf(doc), {
      locale, config, cache: state.cache,
      positionAt: (o) => doc.positionAt(o),
      isCancelled,
      onError: (code, e) => {
        if (reportedErrors.has(code)) return;
        reportedErrors.add(code);
        connection.console.error(`${msg(locale, 'checkFailed')(code)} ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      },
    });
    if (!isCancelled()) state.diagnostics = { version: doc.version, items };
    return items;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeOf(params.locale);
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canShowProgress = !!params.capabilities.window?.workDoneProgress;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    if (init.samplesPath !== undefined) samplesPath = init.samplesPath || undefined;
    library = new LibraryStore(init.storagePath, (m) => connection.console.log(m));
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
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['《', '—', '、', '共', '（', '('] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_ACTION_KIND] },
        diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'work-report', version: '0.1.0' },
    };
  });

  const refresh = () => {
    for (const s of states.values()) s.diagnostics = undefined;
    connection.languages.diagnostics.refresh();
  };
  connection.onInitialized(() => rebuildLibrary());
  connection.onDidChangeConfiguration(() => { settingsCache.clear(); refresh(); rebuildLibrary(); });
  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => c.uri.endsWith('.workreportrc.json'))) { configs.clear(); refresh(); }
    if (p.changes.some((c) => !c.uri.endsWith('.workreportrc.json'))) rebuildLibrary();
  });

  connection.onRequest(COMPARE_REQUEST, async (params: CompareParams) => {
    const doc = documents.get(params.uri);
    if (!doc || !library) return null;
    await libraryBuild;
    const model = modelOf(doc);
    const lib = library.index;
    return { reports: lib.size, summary: lib.summary(model, doc.uri), figures: lib.figures(model, doc.uri), structure: lib.structure(model, doc.uri) };
  });

  connection.onRequest(SIMILAR_REQUEST, async (params: SimilarParams) => {
    const doc = documents.get(params.uri);
    if (!doc || !library) return null;
    await libraryBuild;
    const model = modelOf(doc);
    const p = model.paragraphs.find((x) => x.line === params.line);
    if (!p) return { line: params.line, text: '', matches: [] };
    return { line: p.line, text: p.text, matches: library.index.similar(p.text, 5, doc.uri) };
  });

  documents.onDidClose((e) => {
    states.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
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
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = await diagnosticsOf(doc, () => token.isCancellationRequested);
    return { kind: DocumentDiagnosticReportKind.Full, items: items.map(toLspDiagnostic) };
  });

  /** The current finding behind a (possibly stale) diagnostic the client sends back. */
  const freshFinding = (items: ReportDiagnostic[], d: Diagnostic) =>
    items.find((f) => f.code === d.code && f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character);

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = modelOf(doc);
    const items = await diagnosticsOf(doc);
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const f = freshFinding(items, d);
      if (!f) continue; // the text changed since: offer nothing rather than a wrong edit
      for (const fix of fixesFor(model, f.code, f.data)) {
        actions.push({
          title: localize(fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred,
          edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })) } },
        });
      }
      const other = f.related[0];
      if (other && f.code.startsWith('repeat.')) {
        actions.push({
          title: msg(locale, 'showOther')(other.range.start.line + 1), kind: CodeActionKind.QuickFix, diagnostics: [d],
          command: { title: msg(locale, 'showOther')(other.range.start.line + 1), command: REVEAL_RANGE_COMMAND, arguments: [other.uri, other.range] },
        });
      }
    }
    // The source action: renumber the whole document (also the client's 重新编号全文 command).
    const only = params.context.only;
    if (!only || only.some((k) => RENUMBER_ACTION_KIND.startsWith(k) || k === CodeActionKind.Source)) {
      const edits = renumberDocument(model);
      if (edits.length) {
        actions.push({
          title: msg(locale, 'renumberAll')(), kind: RENUMBER_ACTION_KIND,
          edit: { changes: { [doc.uri]: edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })) } },
        });
      }
    }
    return actions;
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const items = await diagnosticsOf(doc);
    const at = doc.offsetAt(params.position);
    const f = items.find((d) => d.code.startsWith('repeat.') && d.related.length && doc.offsetAt(d.range.start) <= at && at <= doc.offsetAt(d.range.end));
    const model = modelOf(doc);
    if (!f) {
      const rows = library && library.index.size ? library.index.figures(model, doc.uri, true) : [];
      const fig = figureHover(model, locale, at, (metric, unit) => rows.find((r) => r.metric === metric && r.unit === unit)?.past ?? []);
      return fig ? { contents: { kind: MarkupKind.Markdown, value: fig.markdown }, range: { start: doc.positionAt(fig.start), end: doc.positionAt(fig.end) } } : null;
    }
    const other = f.related[0];
    const here = f.code === 'repeat.section' && typeof f.data?.endLine === 'number'
      ? { start: model.lines[f.range.start.line].start, end: model.lines[f.data.endLine as number].end }
      : { start: doc.offsetAt(f.range.start), end: doc.offsetAt(f.range.end) };
    let there = { start: doc.offsetAt(other.range.start), end: doc.offsetAt(other.range.end) };
    if (f.code === 'repeat.section') {
      const orig = model.flat.find((s) => s.line === other.range.start.line);
      if (orig) there = { start: model.lines[orig.line].start, end: orig.end };
    }
    return { contents: { kind: MarkupKind.Markdown, value: repeatHover(model, locale, here, there) }, range: f.range };
  });

  const COMPLETION_KIND = { number: CompletionItemKind.EnumMember, subtitle: CompletionItemKind.Snippet, title: CompletionItemKind.Reference, figure: CompletionItemKind.Value } as const;
  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = modelOf(doc);
    return completions(model, doc.uri, doc.offsetAt(params.position), library?.index).map((s, i) => ({
      label: s.label,
      kind: COMPLETION_KIND[s.kind],
      detail: localize(s.detail, locale),
      sortText: String(i).padStart(4, '0'),
      insertTextFormat: s.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start: doc.positionAt(s.start), end: doc.positionAt(s.end) }, newText: s.insertText },
    }));
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
