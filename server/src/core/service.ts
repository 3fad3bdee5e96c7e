/**
 * The report service: what the LSP server, the CLI and the benchmark share. It owns, per document, the model of
 * its current text and the analysis of that text under one configuration, so nothing is computed twice for the
 * same (text, configuration) and nothing survives a change of either: a new `.workreportrc.json` or a new
 * threshold is a new analysis, whether or not the text was edited.
 */
import { DEFAULT_CONFIG, type ReportConfig } from './config';
import type { ReportDocument } from './document';
import { parseReport } from './model/parse';
import type { ReportModel } from './model/types';
import { analyseRepeats, newRepeatCache, type RepeatAnalysis, type RepeatCache } from './repeat/analysis';
import { runChecks, type Locale, type ReportDiagnostic, type RunOptions } from './checks/runner';

/** How one check run is asked for; what changes its result beside the text and the configuration. */
export interface CheckRequest {
  locale?: Locale;
  positionAt: RunOptions['positionAt'];
  lastYear?: RunOptions['lastYear'];
  /** Names the library `lastYear` reads (e.g. its build number): findings are reused only for the same one. */
  lastYearKey?: string;
  /** Reviewers' items to place (see RunOptions.reviews). */
  reviews?: RunOptions['reviews'];
  /** Names the set of `reviews` (e.g. its file's size and time): findings are reused only for the same one. */
  reviewsKey?: string;
  /** Places named as a Word document's paragraphs (see RunOptions.places); such findings are not kept. */
  places?: RunOptions['places'];
  isCancelled?: () => boolean;
}

/** One text under one configuration: its model, the layers that depend on the configuration, its findings. */
export class ReportAnalysis {
  private repeatAnalysis?: RepeatAnalysis;
  private findings?: { key: string; items: ReportDiagnostic[] };

  constructor(
    readonly model: ReportModel,
    readonly config: ReportConfig,
    private readonly memory: DocumentMemory,
    private readonly onCheckError?: (code: string, error: unknown) => void,
  ) {}

  /** Every repeat of the text, made on first use with the shingles of the document's previous version. */
  get repeats(): RepeatAnalysis {
    return (this.repeatAnalysis ??= analyseRepeats(this.model, this.config.repeat, this.memory.repeat));
  }

  /** The findings, computed once per locale and library; a cancelled run is not kept. */
  check(req: CheckRequest): ReportDiagnostic[] {
    const reviewed = !!req.reviews?.length;
    const key = `${req.locale ?? 'zh'}\u0000${req.lastYear ? (req.lastYearKey ?? '?') : ''}\u0000${reviewed ? req.reviewsKey : ''}`;
    if (this.findings?.key === key) return this.findings.items;
    let cancelled = false;
    const isCancelled = () => (cancelled ||= !!req.isCancelled?.());
    const items = runChecks(this.model, {
      config: this.config,
      locale: req.locale ?? 'zh',
      positionAt: req.positionAt,
      isCancelled,
      repeats: () => this.repeats,
      ...(req.lastYear ? { lastYear: req.lastYear } : {}),
      ...(req.places ? { places: req.places } : {}),
      ...(reviewed ? { reviews: req.reviews } : {}),
      ...(this.onCheckError ? { onError: this.onCheckError } : {}),
    });
    // A library without a key cannot be told from the next one: such findings are not kept.
    if (
      !cancelled &&
      !req.places &&
      (!req.lastYear || req.lastYearKey !== undefined) &&
      (!reviewed || req.reviewsKey !== undefined)
    )
      this.findings = { key, items };
    return items;
  }
}

/** What a document keeps across its versions: the shingles and candidate indexes of the repeat analysis. */
interface DocumentMemory {
  repeat: RepeatCache;
}

interface DocumentState {
  memory: DocumentMemory;
  model?: ReportModel;
  analysis?: { configKey: string; value: ReportAnalysis };
}

export interface ReportServiceOptions {
  /** Called when a check throws (the other checks still run). */
  onCheckError?: (code: string, error: unknown) => void;
}

export class ReportService {
  private readonly documents = new Map<string, DocumentState>();

  constructor(private readonly options: ReportServiceOptions = {}) {}

  /** The model of the document's current text, parsed at most once per text (a reused version number is no proof). */
  model(doc: Pick<ReportDocument, 'uri' | 'version' | 'getText'>): ReportModel {
    const state = this.stateOf(doc.uri);
    const text = doc.getText();
    if (state.model?.text !== text) state.model = parseReport(doc, state.model);
    return state.model;
  }

  /** The analysis of the document's current text under `config`: the same one until either changes. */
  analysis(
    doc: Pick<ReportDocument, 'uri' | 'version' | 'getText'>,
    config: ReportConfig = DEFAULT_CONFIG,
  ): ReportAnalysis {
    const model = this.model(doc);
    const state = this.stateOf(doc.uri);
    const configKey = JSON.stringify(config);
    const hit = state.analysis;
    if (hit && hit.value.model === model && hit.configKey === configKey) return hit.value;
    const value = new ReportAnalysis(model, config, state.memory, this.options.onCheckError);
    state.analysis = { configKey, value };
    return value;
  }

  /** Forgets a document (closed in the editor): its model, analysis and shingles. */
  close(uri: string): void {
    this.documents.delete(uri);
  }

  private stateOf(uri: string): DocumentState {
    let s = this.documents.get(uri);
    if (!s) {
      s = { memory: { repeat: newRepeatCache() } };
      this.documents.set(uri, s);
    }
    return s;
  }
}

export function createReportService(options: ReportServiceOptions = {}): ReportService {
  return new ReportService(options);
}
