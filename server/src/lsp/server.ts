import * as path from 'path';
import {
  DocumentDiagnosticReportKind,
  FoldingRangeKind,
  TextDocuments,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createReportService,
  foldingRanges,
  localeOf,
  reportStats,
  type Locale,
  type ReportDiagnostic,
  type ReportDocument,
  type ReportModel,
  type ReportService,
} from '../core';
import { msg } from '../messages';
import {
  DocumentStatsRequest,
  MAX_CHECKED_CHARS,
  type DocumentStatsResult,
  type InitOptions,
} from '../../../shared/protocol';
import { registerAssistance } from './assistance';
import {
  clientFeatures,
  FEATURES_BEFORE_INITIALIZE,
  serverCapabilities,
  type ClientFeatures,
} from './clientCapabilities';
import { registerCodeActions } from './codeActions';
import { registerCompareRequests } from './compare';
import { ConfigResolver, EditorSettings } from './config';
import type { ServerContext } from './context';
import { DiagnosticPublisher } from './diagnosticPublisher';
import { DiagnosticResults } from './diagnosticResults';
import { LibraryStore } from './library';
import { LibraryBuilds } from './libraryBuilds';
import { toLspDiagnostic } from './lspDiagnostics';
import { documentSymbols } from './symbols';
import { normalizeUri, uriToPath } from './uri';
import { registerWordRequests } from './word';
import { registerWorkspaceCheck } from './workspaceCheck';
import { WorkspaceIndex } from './workspaceIndex';
import { registerWorkspaceSymbols } from './workspaceSymbols';

/** What `initialize` tells the server: the client's language and abilities, its folders, where to keep things. */
interface Session {
  locale: Locale;
  features: ClientFeatures;
  roots: string[];
  builds?: LibraryBuilds;
}

/** The workspace folders of `initialize` as paths (or the old rootUri). */
function rootsOf(params: InitializeParams): string[] {
  const roots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  const root = !roots.length && params.rootUri ? uriToPath(params.rootUri) : undefined;
  return root ? [root] : roots;
}

/** Wires LSP requests to the core. Everything here is mapping; analysis lives in core/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session: Session = {
    locale: 'zh',
    roots: [],
    features: FEATURES_BEFORE_INITIALIZE,
  };
  const reportedErrors = new Set<string>();
  // Open documents: their models and analyses, one per (text, configuration).
  const reports = createReportService({
    onCheckError: (code, e) => {
      if (reportedErrors.has(code)) return;
      reportedErrors.add(code);
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      connection.console.error(`${msg(session.locale, 'checkFailed')(code)} ${detail}`);
    },
  });
  const settings = new EditorSettings(connection, () => session.features.configuration);
  const configs = new ConfigResolver();
  const warned = new Set<string>();
  const warnOnce = (key: string, text: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    void connection.window.showWarningMessage(text);
  };
  const modelOf = (doc: TextDocument): ReportModel => reports.model(doc);

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
    const { locale, builds } = session;
    if (doc.getText().length > MAX_CHECKED_CHARS) {
      warnOnce(`large:${doc.uri}`, msg(locale, 'tooLarge')(MAX_CHECKED_CHARS));
      return undefined;
    }
    const { config, ignored, problems, rcPath } = configs.resolve(doc.uri, (await settings.of(doc.uri)).severity);
    if (problems.length && rcPath)
      warnOnce(`rc:${rcPath}:${problems.join()}`, msg(locale, 'badConfig')(rcPath, problems.join('; ')));
    if (ignored || isCancelled()) return undefined;
    const lib = builds?.store.index;
    const past = lib?.size
      ? {
          pastFigures: (m: ReportModel) => lib.figures(m, normalizeUri(doc.uri)),
          pastFiguresKey: String(builds!.generation),
        }
      : {};
    return service.analysis(doc, config).check({ locale, positionAt: (o) => doc.positionAt(o), isCancelled, ...past });
  };

  /** The check results of the document's current text: computed once per text, configuration and library. */
  const diagnosticsOf = async (doc: TextDocument, isCancelled: () => boolean = () => false) =>
    (await checkDocument(doc, reports, isCancelled)) ?? [];

  const results = new DiagnosticResults();
  const publisher = new DiagnosticPublisher({
    compute: async (uri) => {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const version = doc.version;
      const items = await diagnosticsOf(doc, () => documents.get(uri)?.version !== version);
      return { version, items: items.map(toLspDiagnostic) };
    },
    versionOf: (uri) => documents.get(uri)?.version,
    send: (uri, version, diagnostics) =>
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics }),
  });
  // The analyses follow the text, the configuration and the library by themselves: a refresh only tells the client.
  const refresh = () => {
    if (session.features.pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) publisher.schedule(d.uri, 0);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    session.locale = localeOf(params.locale);
    session.features = clientFeatures(params);
    session.roots = rootsOf(params);
    const init = (params.initializationOptions ?? {}) as InitOptions;
    const samples =
      init.samplesPath !== undefined ? init.samplesPath || undefined : path.join(__dirname, '..', 'seeds');
    const store = new LibraryStore(init.storagePath, (m) => connection.console.log(m));
    session.builds = new LibraryBuilds(connection, store, {
      roots: () => session.roots,
      samplesPath: () => samples,
      features: () => session.features,
      locale: () => session.locale,
      onBuilt: refresh,
    });
    return {
      capabilities: serverCapabilities(session.features),
      serverInfo: { name: 'work-report', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => session.builds?.rebuild());
  connection.onDidChangeConfiguration(() => {
    settings.forget();
    refresh();
    session.builds?.rebuild();
  });
  connection.onDidChangeWatchedFiles((p) => {
    const rc = (uri: string) => uri.endsWith('.workreportrc.json');
    if (p.changes.some((c) => rc(c.uri))) {
      configs.clear();
      refresh();
    }
    if (p.changes.some((c) => !rc(c.uri))) session.builds?.rebuild();
  });

  documents.onDidChangeContent((e) => {
    if (!session.features.pullDiagnostics) publisher.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    reports.close(e.document.uri);
    results.forget(e.document.uri);
    settings.forget(e.document.uri);
    if (!session.features.pullDiagnostics) publisher.clear(e.document.uri);
  });
  connection.onShutdown(() => publisher.dispose());

  connection.onDocumentSymbol((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return [];
    return documentSymbols(modelOf(doc), doc, session.locale);
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
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = await diagnosticsOf(doc, () => token.isCancellationRequested);
    return results.report(doc.uri, items.map(toLspDiagnostic), params.previousResultId);
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
    locale: () => session.locale,
    library: () => session.builds?.store,
    libraryReady: () => session.builds?.ready(),
    features: () => session.features,
    commands: new Map(),
  };
  registerCodeActions(ctx);
  registerAssistance(ctx);
  registerCompareRequests(ctx);
  registerWordRequests(ctx);
  registerWorkspaceSymbols(ctx, new WorkspaceIndex((m) => connection.console.log(m)), () => session.roots);
  registerWorkspaceCheck(ctx, {
    roots: () => session.roots,
    check: (doc) => checkDocument(doc, createReportService()),
    toLsp: toLspDiagnostic,
  });
  connection.onExecuteCommand((params) => ctx.commands.get(params.command)?.(params.arguments ?? []) ?? null);

  documents.listen(connection);
  connection.listen();
}
