import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import {
  FoldingRangeKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, localeOf, reportStats, type Locale } from '../core';
import { DocumentStatsRequest, type DocumentStatsResult, type InitOptions } from '../../../shared/protocol';
import { registerAssistance } from './assistance';
import {
  clientFeatures,
  FEATURES_BEFORE_INITIALIZE,
  serverCapabilities,
  type ClientFeatures,
} from './clientCapabilities';
import { MARKS_FILE } from '../io/checkedMarks';
import { registerChecklist } from './checklist';
import { REVIEW_FILE } from '../io/reviewRecord';
import { registerReviews } from './reviews';
import { registerCodeActions } from './codeActions';
import { registerCompareRequests } from './compare';
import type { ServerContext } from './context';
import { DocumentChecks } from './documentChecks';
import { LibraryStore } from './library';
import { LibraryBuilds } from './libraryBuilds';
import { documentSymbols } from './symbols';
import { uriToPath } from './uri';
import { registerWordRequests } from './word';
import { registerWorkspaceCheck } from './workspaceCheck';
import { WorkspaceIndex } from './workspaceIndex';
import { registerWorkspaceSymbols } from './workspaceSymbols';

/** How long the first library build waits for the first findings to be answered. */
const FIRST_BUILD_WAIT_MS = 1000;

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

/** Wires LSP requests to the core. Everything here is mapping; analysis lives in core/, checking in documentChecks.ts. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session: Session = {
    locale: 'zh',
    roots: [],
    features: FEATURES_BEFORE_INITIALIZE,
  };
  const checks = new DocumentChecks(connection, documents, {
    locale: () => session.locale,
    features: () => session.features,
    builds: () => session.builds,
  });
  const modelOf = (doc: TextDocument) => checks.modelOf(doc);
  let samples: string | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    const chosen = init.language === 'zh-cn' || init.language === 'en' ? init.language : undefined;
    session.locale = localeOf(chosen ?? params.locale);
    session.features = clientFeatures(params);
    session.roots = rootsOf(params);
    samples = init.samplesPath !== undefined ? init.samplesPath || undefined : path.join(__dirname, '..', 'seeds');
    const store = new LibraryStore(init.storagePath, (m) => connection.console.log(m));
    session.builds = new LibraryBuilds(connection, store, {
      roots: () => session.roots,
      samplesPath: () => samples,
      features: () => session.features,
      locale: () => session.locale,
      onBuilt: () => checks.refresh(),
    });
    return {
      capabilities: serverCapabilities(session.features),
      serverInfo: { name: 'work-report', version: WORK_REPORT_VERSION },
    };
  });
  // The library is built once the first report's findings are out (or after a second without any).
  connection.onInitialized(() =>
    checks.afterFirstFindings((idle) => {
      if (idle && samples) warmUpOn(samples, (text) => checks.warmUp(text));
      void session.builds?.start();
    }, FIRST_BUILD_WAIT_MS),
  );
  connection.onDidChangeConfiguration(() => {
    void checks.settingsChanged();
    void session.builds?.settingsChanged();
  });
  connection.onDidChangeWatchedFiles((p) => {
    const rc = (uri: string) => uri.endsWith('.workreportrc.json');
    const marks = (uri: string) => uri.endsWith(MARKS_FILE) || uri.endsWith(REVIEW_FILE);
    if (p.changes.some((c) => rc(c.uri))) checks.rcFilesChanged();
    if (p.changes.some((c) => marks(c.uri))) checks.refresh();
    if (p.changes.some((c) => !rc(c.uri) && !marks(c.uri))) session.builds?.rebuild();
  });

  checks.listen();

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
  /** Counts for the status bar item: characters, paragraphs, sections. */
  connection.onRequest(DocumentStatsRequest, (params): DocumentStatsResult | null => {
    const doc = documents.get(params.uri);
    return doc ? reportStats(modelOf(doc)) : null;
  });

  const ctx: ServerContext = {
    connection,
    documents,
    modelOf,
    diagnosticsOf: (doc, isCancelled) => checks.diagnosticsOf(doc, isCancelled),
    locale: () => session.locale,
    library: () => session.builds?.store,
    libraryReady: () => session.builds?.ready(),
    features: () => session.features,
    commands: new Map(),
  };
  registerCodeActions(ctx);
  registerChecklist(ctx, checks);
  registerReviews(ctx, checks.reviews, () => checks.refresh());
  registerAssistance(ctx);
  registerCompareRequests(ctx);
  registerWordRequests(ctx, (doc) => checks.checkFile(doc));
  registerWorkspaceSymbols(ctx, new WorkspaceIndex((m) => connection.console.log(m)), () => session.roots);
  registerWorkspaceCheck(ctx, { roots: () => session.roots, check: (doc) => checks.checkFile(doc) });
  connection.onExecuteCommand((params) => ctx.commands.get(params.command)?.(params.arguments ?? []) ?? null);

  documents.listen(connection);
  connection.listen();
}

/** The first bundled sample's text, given to `use`; nothing when there is none or it cannot be read. */
function warmUpOn(folder: string, use: (text: string) => void): void {
  try {
    const name = readdirSync(folder).find((n) => n.endsWith('.txt'));
    if (name) use(readFileSync(path.join(folder, name), 'utf8'));
  } catch {
    /* no samples: the first report warms up the checks itself */
  }
}
