import * as path from 'path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  FoldingRangeKind,
  PositionEncodingKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createReportService,
  findEntries,
  foldingRanges,
  localeOf,
  reportStats,
  TextDoc,
  type Locale,
  type ReportDiagnostic,
  type ReportDocument,
  type ReportModel,
  type ReportService,
  type Severity,
} from '../core';
import { registerAssistance } from './assistance';
import { registerCodeActions } from './codeActions';
import { registerCompareRequests } from './compare';
import { registerWorkspaceCheck } from './workspaceCheck';
import { registerWordRequests } from './word';
import { ConfigResolver } from './config';
import type { ServerContext } from './context';
import { LibraryStore } from './library';
import { msg } from '../messages';
import {
  DIAGNOSTIC_SOURCE,
  DocumentStatsRequest,
  EXPORT_WORD_COMMAND,
  FIX_ALL_ACTION_KIND,
  LibraryChangedNotification,
  MAX_CHECKED_CHARS,
  RENUMBER_ACTION_KIND,
  SETTINGS_SECTION,
  SHOW_DOCUMENT_COMMAND,
  type DocumentStatsResult,
  type InitOptions,
  type WorkReportSettings,
} from '../../../shared/protocol';
import { clientFeatures, type ClientFeatures } from './clientCapabilities';
import { DiagnosticPublisher } from './diagnosticPublisher';
import { documentSymbols, kindName, symbolKindOf } from './symbols';
import { normalizeUri, uriToPath } from './uri';
import { WorkspaceIndex } from './workspaceIndex';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Wires LSP requests to the core. Everything here is mapping; analysis lives in core/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const reportedErrors = new Set<string>();
  // Open documents: their models and analyses, one per (text, configuration).
  const reports = createReportService({
    onCheckError: (code, e) => {
      if (reportedErrors.has(code)) return;
      reportedErrors.add(code);
      connection.console.error(
        `${msg(locale, 'checkFailed')(code)} ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    },
  });
  let locale: Locale = 'zh';
  let workspaceRoots: string[] = [];
  let features: ClientFeatures = {
    pullDiagnostics: true,
    snippets: true,
    showDocument: false,
    revealCommand: false,
    configuration: false,
    workDoneProgress: false,
  };
  const settingsCache = new Map<string, Promise<WorkReportSettings>>();
  const configs = new ConfigResolver();
  const warned = new Set<string>();
  const index = new WorkspaceIndex((m) => connection.console.log(m));
  let library: LibraryStore | undefined;
  let samplesPath: string | undefined = path.join(__dirname, '..', 'seeds');
  let libraryBuild: Promise<void> | undefined;
  /** Counts library builds: findings that read the library are reused only against the same build. */
  let libraryGeneration = 0;

  /** (Re)builds the past-report library in the background, with progress; requests wait for it. */
  const rebuildLibrary = () => {
    libraryBuild = (async () => {
      const cfg: WorkReportSettings['library'] = features.configuration
        ? ((await connection.workspace.getConfiguration(SETTINGS_SECTION).then(
            (c) => c?.library,
            () => undefined,
          )) ?? {})
        : {};
      const progress = features.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
      progress?.begin(msg(locale, 'libraryIndexing')(), 0);
      try {
        const r = await library!.build(
          {
            roots: workspaceRoots,
            paths: cfg?.paths ?? [],
            ...(cfg?.includeSamples !== false && samplesPath ? { samples: samplesPath } : {}),
          },
          (done, total) => {
            if (done % 10 === 0 || done === total)
              progress?.report(Math.round((100 * done) / Math.max(1, total)), `${done}/${total}`);
          },
        );
        connection.console.log(
          `library: ${library!.index.size} reports (${r.parsed} read, ${r.files - r.parsed - r.skipped.length} from cache, ${r.skipped.length} skipped)`,
        );
        libraryGeneration++;
        void connection.sendNotification(LibraryChangedNotification, { reports: library!.index.size });
        // Findings that read the library (stale.figure) are recomputed against the new one.
        refresh();
      } catch (e) {
        connection.console.error(`library: ${String(e)}`);
      } finally {
        progress?.done();
      }
    })();
  };

  const modelOf = (doc: TextDocument): ReportModel => reports.model(doc);

  const settingsOf = (uri: string): Promise<WorkReportSettings> => {
    if (!features.configuration) return Promise.resolve({ severity: {} });
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (c: Partial<WorkReportSettings> | null) => ({ severity: { ...(c?.severity ?? {}) } }),
        () => ({ severity: {} }),
      );
      settingsCache.set(uri, s);
    }
    return s;
  };

  const warnOnce = (key: string, text: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    void connection.window.showWarningMessage(text);
  };

  /**
   * Runs the checks on any document (open, or read from disk by the workspace check) with its configuration:
   * `.workreportrc.json`, the editor's settings, the library's past figures. Undefined when it is not checked
   * (ignored, too large, cancelled). `service` holds the document's analyses: the open documents' one, or a
   * passing one for a file read from disk.
   */
  const checkDocument = async (
    doc: ReportDocument,
    service: ReportService,
    isCancelled: () => boolean = () => false,
  ): Promise<ReportDiagnostic[] | undefined> => {
    if (doc.getText().length > MAX_CHECKED_CHARS) {
      warnOnce(`large:${doc.uri}`, msg(locale, 'tooLarge')(MAX_CHECKED_CHARS));
      return undefined;
    }
    const settings = await settingsOf(doc.uri);
    const { config, ignored, problems, rcPath } = configs.resolve(doc.uri, settings.severity);
    if (problems.length && rcPath)
      warnOnce(`rc:${rcPath}:${problems.join()}`, msg(locale, 'badConfig')(rcPath, problems.join('; ')));
    if (ignored || isCancelled()) return undefined;
    const lib = library?.index;
    return service.analysis(doc, config).check({
      locale,
      positionAt: (o) => doc.positionAt(o),
      isCancelled,
      ...(lib?.size
        ? {
            pastFigures: (m: ReportModel) => lib.figures(m, normalizeUri(doc.uri)),
            pastFiguresKey: String(libraryGeneration),
          }
        : {}),
    });
  };

  /** The check results of the document's current text: computed once per text, configuration and library. */
  const diagnosticsOf = async (
    doc: TextDocument,
    isCancelled: () => boolean = () => false,
  ): Promise<ReportDiagnostic[]> => (await checkDocument(doc, reports, isCancelled)) ?? [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeOf(params.locale);
    features = clientFeatures(params);
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
        // Positions count UTF-16 code units, the encoding every client must support (LSP 3.17).
        positionEncoding: PositionEncodingKind.UTF16,
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: '工作报告' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['《', '—', '、', '共', '（', '('] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_ACTION_KIND, FIX_ALL_ACTION_KIND] },
        // A client that pulls gets pull only; one that cannot is sent publishDiagnostics instead.
        ...(features.pullDiagnostics
          ? {
              diagnosticProvider: {
                identifier: DIAGNOSTIC_SOURCE,
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
        executeCommandProvider: {
          commands: [
            EXPORT_WORD_COMMAND,
            ...(!features.revealCommand && features.showDocument ? [SHOW_DOCUMENT_COMMAND] : []),
          ],
        },
      },
      serverInfo: { name: 'work-report', version: '0.1.0' },
    };
  });

  const publisher = new DiagnosticPublisher({
    compute: async (uri) => {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const version = doc.version;
      return {
        version,
        items: (await diagnosticsOf(doc, () => documents.get(uri)?.version !== version)).map(toLspDiagnostic),
      };
    },
    versionOf: (uri) => documents.get(uri)?.version,
    send: (uri, version, diagnostics) =>
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics }),
  });
  documents.onDidChangeContent((e) => {
    if (!features.pullDiagnostics) publisher.schedule(e.document.uri);
  });

  // The analyses follow the text, the configuration and the library by themselves: a refresh only tells the client.
  const refresh = () => {
    if (features.pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) publisher.schedule(d.uri, 0);
  };
  connection.onInitialized(() => rebuildLibrary());
  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    refresh();
    rebuildLibrary();
  });
  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => c.uri.endsWith('.workreportrc.json'))) {
      configs.clear();
      refresh();
    }
    if (p.changes.some((c) => !c.uri.endsWith('.workreportrc.json'))) rebuildLibrary();
  });

  documents.onDidClose((e) => {
    reports.close(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!features.pullDiagnostics) publisher.clear(e.document.uri);
  });
  connection.onShutdown(() => publisher.dispose());

  connection.onDocumentSymbol((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    return documentSymbols(modelOf(doc), doc, locale);
  });

  connection.onFoldingRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    return foldingRanges(modelOf(doc)).map((f) => ({
      startLine: f.startLine,
      endLine: f.endLine,
      ...(f.kind === 'region' ? { kind: FoldingRangeKind.Region } : {}),
    }));
  });

  connection.onWorkspaceSymbol(async (params, token) => {
    const open = documents.all().map(modelOf);
    // Clients spell URIs their own way (Neovim: lower-case escapes): an open file is its copy on disk.
    const openUris = new Set(open.map((m) => normalizeUri(m.uri)));
    // The first search reads every report of the workspace: show it as progress; later ones hit the cache.
    const progress =
      features.workDoneProgress && index.cachedCount === 0
        ? await connection.window.createWorkDoneProgress()
        : undefined;
    progress?.begin(msg(locale, 'indexing')(), 0, undefined, true);
    const onDisk = await index
      .models(
        workspaceRoots,
        () => token.isCancellationRequested || !!progress?.token.isCancellationRequested,
        (done, total) => {
          if (done % 20 === 0 || done === total)
            progress?.report(Math.round((100 * done) / Math.max(total, 1)), `${done}/${total}`);
        },
      )
      .finally(() => progress?.done());
    const docs = new Map<ReportModel, Pick<ReportDocument, 'positionAt'>>(); // one line table per report, not per entry
    return findEntries([...open, ...onDisk.filter((m) => !openUris.has(normalizeUri(m.uri)))], params.query).map(
      (e): SymbolInformation => {
        let doc = docs.get(e.model);
        if (!doc) {
          doc = documents.get(e.model.uri) ?? new TextDoc(e.model.uri, e.model.text);
          docs.set(e.model, doc);
        }
        return {
          name: e.name,
          kind: symbolKindOf(e.section.kind),
          containerName: e.container ?? kindName(e.section.kind, locale),
          location: {
            uri: e.model.uri,
            range: { start: doc.positionAt(e.section.start), end: doc.positionAt(e.section.titleEnd) },
          },
        };
      },
    );
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = await diagnosticsOf(doc, () => token.isCancellationRequested);
    return { kind: DocumentDiagnosticReportKind.Full, items: items.map(toLspDiagnostic) };
  });

  /** Counts for the status bar item: characters, paragraphs, sections. */
  connection.onRequest(DocumentStatsRequest, (params): DocumentStatsResult | null => {
    const doc = documents.get(params.uri);
    return doc ? reportStats(modelOf(doc)) : null;
  });

  const ctx: ServerContext = {
    connection,
    documents,
    modelOf,
    diagnosticsOf,
    locale: () => locale,
    library: () => library,
    libraryReady: () => libraryBuild,
    features: () => features,
    commands: new Map(),
  };
  registerCodeActions(ctx);
  registerAssistance(ctx);
  registerCompareRequests(ctx);
  registerWordRequests(ctx);
  connection.onExecuteCommand((params) => ctx.commands.get(params.command)?.(params.arguments ?? []) ?? null);
  registerWorkspaceCheck(ctx, {
    roots: () => workspaceRoots,
    check: (doc) => checkDocument(doc, createReportService()),
    toLsp: toLspDiagnostic,
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
    ...(d.related.length
      ? { relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}
