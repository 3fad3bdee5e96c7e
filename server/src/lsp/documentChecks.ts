/**
 * The checking of documents, one place for the three ways findings reach the editor: pulled (textDocument/diagnostic,
 * answered `unchanged` when the client holds the same), pushed (DiagnosticPublisher, for clients that cannot pull)
 * and the workspace check (files read from disk). Each runs the core's checks with the document's configuration —
 * `.workreportrc.json`, the editor's settings — and the library's past figures.
 */
import {
  DocumentDiagnosticReportKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checklist,
  createReportService,
  DEFAULT_CONFIG,
  parseReport,
  TextDoc,
  unmarked,
  type Checklist,
  type Locale,
  type ReportDiagnostic,
  type ReportDocument,
  type ReportModel,
  type ReportService,
} from '../core';
import { msg } from '../messages';
import { MAX_CHECKED_CHARS } from '../../../shared/protocol';
import type { WriteResult } from '../io/safeWrite';
import { CheckedMarks } from './checkedMarks';
import type { ClientFeatures } from './clientCapabilities';
import { ConfigResolver, EditorSettings } from './config';
import { DiagnosticPublisher } from './diagnosticPublisher';
import { DiagnosticResults } from './diagnosticResults';
import type { LibraryBuilds } from './libraryBuilds';
import { toLspDiagnostic } from './lspDiagnostics';
import { ReviewRecords } from './reviews';
import { normalizeUri } from './uri';

/** What the checks read of the session, which `initialize` fills in after they are made. */
export interface DocumentChecksSession {
  locale(): Locale;
  features(): ClientFeatures;
  /** The library's builds (made at `initialize`): their store gives last year's report, their generation its key. */
  builds(): LibraryBuilds | undefined;
}

export class DocumentChecks {
  /** Open documents: their models and analyses, one per (text, configuration). */
  private readonly reports: ReportService;
  private readonly settings: EditorSettings;
  private readonly configs = new ConfigResolver();
  private readonly marks = new CheckedMarks();
  /** The drafts' imported reviews (征求意见): their undecided items are placed by the review.* checks. */
  readonly reviews = new ReviewRecords();
  private readonly results = new DiagnosticResults();
  private readonly publisher: DiagnosticPublisher;
  /** Warnings shown (a file too large, a bad rc file) and check failures logged: each once a session. */
  private readonly warned = new Set<string>();
  private readonly reportedErrors = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: DocumentChecksSession,
  ) {
    this.reports = createReportService({ onCheckError: (code, e) => this.logCheckError(code, e) });
    this.settings = new EditorSettings(connection, () => session.features().configuration);
    this.publisher = new DiagnosticPublisher({
      compute: async (uri) => {
        const doc = documents.get(uri);
        if (!doc) return undefined;
        const version = doc.version;
        const items = await this.diagnosticsOf(doc, () => documents.get(uri)?.version !== version);
        setImmediate(() => this.firstFindings?.());
        return { version, items: items.map(toLspDiagnostic) };
      },
      versionOf: (uri) => documents.get(uri)?.version,
      send: (uri, version, diagnostics) =>
        void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics }),
    });
  }

  /** Pull requests, and pushes after each change for clients that cannot pull; a closed document is forgotten. */
  listen(): void {
    const { connection, documents } = this;
    const push = () => !this.session.features().pullDiagnostics;
    documents.onDidChangeContent((e) => {
      if (push()) this.publisher.schedule(e.document.uri);
    });
    documents.onDidClose((e) => {
      this.reports.close(e.document.uri);
      this.results.forget(e.document.uri);
      this.settings.forget(e.document.uri);
      if (push()) this.publisher.clear(e.document.uri);
    });
    connection.onShutdown(() => this.publisher.dispose());
    connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const items = await this.diagnosticsOf(doc, () => token.isCancellationRequested);
      if (!token.isCancellationRequested) setImmediate(() => this.firstFindings?.());
      return this.results.report(doc.uri, items.map(toLspDiagnostic), params.previousResultId);
    });
  }

  /** The model of an open document's current text, parsed at most once per text. */
  modelOf(doc: TextDocument): ReportModel {
    return this.reports.model(doc);
  }

  /**
   * The check results of an open document's current text (computed once per text, configuration and library), but
   * the places marked as checked.
   */
  async diagnosticsOf(doc: TextDocument, isCancelled: () => boolean = () => false): Promise<ReportDiagnostic[]> {
    const found = await this.findingsOf(doc, isCancelled);
    const marks = this.marks.of(doc.uri);
    return marks.length ? unmarked(marks, this.modelOf(doc), found) : found;
  }

  /** Every finding of an open document, those marked as checked too (the checklist counts them). */
  async findingsOf(doc: TextDocument, isCancelled: () => boolean = () => false): Promise<ReportDiagnostic[]> {
    return (await this.check(doc, this.reports, isCancelled)) ?? [];
  }

  /** The year-over checklist of an open document. */
  async checklistOf(doc: TextDocument): Promise<Checklist> {
    return checklist(this.modelOf(doc), await this.findingsOf(doc), this.marks.of(doc.uri));
  }

  /** Marks the finding of `code` at `offset` as checked, and shows the findings without it. */
  async markChecked(doc: TextDocument, code: string, offset: number): Promise<WriteResult | undefined> {
    const f = (await this.findingsOf(doc)).find((d) => d.code === code && d.start === offset);
    if (!f) return undefined;
    const w = this.marks.add(doc.uri, this.modelOf(doc), f);
    this.refresh();
    return w;
  }

  /** The findings of a file read from disk (the workspace check): a passing service, so nothing of it is kept. */
  async checkFile(doc: ReportDocument): Promise<Diagnostic[] | undefined> {
    const found = await this.check(doc, createReportService());
    const marks = this.marks.of(doc.uri);
    return (found && marks.length ? unmarked(marks, parseReport(doc), found) : found)?.map(toLspDiagnostic);
  }

  /** The analyses follow the text, the configuration and the library by themselves: a refresh only tells the client. */
  refresh(): void {
    if (this.session.features().pullDiagnostics) this.connection.languages.diagnostics.refresh();
    else for (const d of this.documents.all()) this.publisher.schedule(d.uri, 0);
  }

  /**
   * The editor's settings changed: asked again, and every finding with them when the open documents' settings
   * really differ. VS Code sends a change right after start-up with nothing changed; a refresh then would cancel
   * the first findings under way and ask for them again.
   */
  async settingsChanged(): Promise<void> {
    const uris = this.documents.all().map((d) => d.uri);
    const of = (uri: string) => this.settings.of(uri).then((s) => JSON.stringify(s));
    const before = await Promise.all(uris.map(of));
    this.settings.forget();
    const after = await Promise.all(uris.map(of));
    if (after.some((s, i) => s !== before[i])) this.refresh();
  }

  /**
   * Runs `fn` once, as soon as the first findings have been answered, or after `ms` without any: the library
   * build waits for it, so a cold start gives the first report's findings the machine to itself.
   */
  afterFirstFindings(fn: (idle: boolean) => void, ms: number): void {
    let done = false;
    const once = (idle: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      fn(idle);
    };
    const timer = setTimeout(() => once(true), ms);
    this.firstFindings = () => once(false);
  }

  /**
   * Runs the checks once on a report nobody opened (a bundled sample), so that the code of the first report a
   * drafter opens is compiled already: its findings come in a few milliseconds instead of tens.
   */
  warmUp(text: string): void {
    if (this.documents.all().length) return;
    const doc = new TextDoc('warmup:/sample', text);
    createReportService()
      .analysis(doc, DEFAULT_CONFIG)
      .check({ positionAt: (o) => doc.positionAt(o) });
  }
  private firstFindings: (() => void) | undefined;

  /** A `.workreportrc.json` changed: read again, and every finding with it. */
  rcFilesChanged(): void {
    this.configs.clear();
    this.refresh();
  }

  /**
   * Runs the checks on any document (open, or read from disk by the workspace check) with its configuration:
   * `.workreportrc.json`, the editor's settings, the library's past figures. Undefined when it is not checked
   * (ignored, too large, cancelled). `service` holds the document's analyses: the open documents' one, or a
   * passing one for a file read from disk.
   */
  private async check(
    doc: ReportDocument,
    service: ReportService,
    isCancelled: () => boolean = () => false,
  ): Promise<ReportDiagnostic[] | undefined> {
    const locale = this.session.locale();
    const builds = this.session.builds();
    if (doc.getText().length > MAX_CHECKED_CHARS) {
      this.warnOnce(`large:${doc.uri}`, msg(locale, 'tooLarge')(MAX_CHECKED_CHARS));
      return undefined;
    }
    const { config, ignored, problems, rcPath } = this.configs.resolve(
      doc.uri,
      (await this.settings.of(doc.uri)).severity,
    );
    if (problems.length && rcPath)
      this.warnOnce(`rc:${rcPath}:${problems.join()}`, msg(locale, 'badConfig')(rcPath, problems.join('; ')));
    if (ignored || isCancelled()) return undefined;
    const lib = builds?.store.index;
    const past = lib?.size
      ? {
          lastYear: (m: ReportModel) => builds!.store.lastYear(m, normalizeUri(doc.uri)),
          lastYearKey: String(builds!.generation),
        }
      : {};
    const reviewed = this.reviews.undecided(doc.uri);
    const reviews = reviewed.items.length ? { reviews: reviewed.items, reviewsKey: reviewed.key } : {};
    return service
      .analysis(doc, config)
      .check({ locale, positionAt: (o) => doc.positionAt(o), isCancelled, ...past, ...reviews });
  }

  private warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void this.connection.window.showWarningMessage(text);
  }

  private logCheckError(code: string, e: unknown): void {
    if (this.reportedErrors.has(code)) return;
    this.reportedErrors.add(code);
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.connection.console.error(`${msg(this.session.locale(), 'checkFailed')(code)} ${detail}`);
  }
}
