import { DEFAULT_CONFIG, type ReportConfig } from '../config';
import type { Position, Range } from '../document';
import type { ReportModel } from '../model/types';
import { analyseRepeats, type RepeatAnalysis } from '../repeat/analysis';
import { ALL_CHECKS } from './index';
import { TEXT_PLACES, type Places } from './places';
import { suppressions } from './suppress';
import { mapReviews } from '../review/mapReviews';
import type { ReviewItem } from '../review/types';
import type { Check, CheckContext, Localized, Severity, SeveritySetting } from './types';

export type Locale = 'zh' | 'en';

/**
 * A finding ready to leave the core: its offsets (what the core's features match on) and the same span as a
 * range (what an editor or the CLI prints), converted once, here.
 */
export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: Range;
  related: { uri: string; start: number; end: number; range: Range; message: string }[];
  /** What the finding's check needs for its fixes (its own type, see Check<D>); JSON-safe. */
  data?: unknown;
}

export interface RunOptions {
  checks?: readonly Check[];
  /** Per-code overrides of each check's default severity; 'off' disables a check. Wins over config.severity. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  config?: ReportConfig;
  /** How messages name other places (default: lines of the text; the CLI passes a Word document's paragraphs). */
  places?: Places;
  /** The repeat analysis to share (a ReportAnalysis passes its own); by default one made on first use. */
  repeats?: () => RepeatAnalysis;
  /** See CheckContext.lastYear: last year's report of the place, from the library. */
  lastYear?: CheckContext['lastYear'];
  /** Items of reviewers' returned copies to place in the draft (the review.* checks); undecided ones only. */
  reviews?: readonly ReviewItem[];
  locale?: Locale;
  isCancelled?: () => boolean;
  /** Called when a check throws; the other checks still run. */
  onError?: (code: string, error: unknown) => void;
  positionAt: (offset: number) => Position;
}

/** A check may report at most this many findings per document: pathological input stays bounded. */
export const MAX_FINDINGS_PER_CHECK = 500;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function localize(m: Localized, locale: Locale): string {
  return locale === 'en' ? m.en : m.zh;
}

/** Maps an LSP/VS Code locale tag (zh-cn, zh-tw, en-us…) to the message language. */
export function localeOf(tag: string | undefined): Locale {
  return !tag || tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Runs the checks on one model, isolating each: one that throws is reported through onError and skipped. */
export function runChecks(model: ReportModel, opts: RunOptions): ReportDiagnostic[] {
  const locale = opts.locale ?? 'zh';
  const cancelled = opts.isCancelled ?? (() => false);
  const out: ReportDiagnostic[] = [];
  const range = (start: number, end: number): Range => ({ start: opts.positionAt(start), end: opts.positionAt(end) });
  const config = opts.config ?? DEFAULT_CONFIG;
  let repeats: RepeatAnalysis | undefined;
  const ctx: CheckContext = {
    isCancelled: cancelled,
    config,
    places: opts.places ?? TEXT_PLACES,
    repeats: opts.repeats ?? (() => (repeats ??= analyseRepeats(model, config.repeat))),
    ...(opts.lastYear ? { lastYear: onceFor(opts.lastYear) } : {}),
    ...(opts.reviews?.length ? { reviews: placedOnce(model, opts.reviews) } : {}),
  };
  const suppressed = suppressions(model);
  for (const check of opts.checks ?? ALL_CHECKS) {
    if (cancelled()) break;
    const severity = opts.severities?.[check.code] ?? config.severity[check.code] ?? check.defaultSeverity;
    if (severity === 'off') continue;
    try {
      let n = 0;
      for (const f of check.run(model, ctx)) {
        if (suppressed(check.code, f.start)) continue;
        out.push({
          code: check.code,
          severity,
          message: localize(f.message, locale),
          start: f.start,
          end: f.end,
          range: range(f.start, f.end),
          related: (f.related ?? []).map((r) => ({
            uri: model.uri,
            start: r.start,
            end: r.end,
            range: range(r.start, r.end),
            message: localize(r.message, locale),
          })),
          ...(f.data ? { data: f.data } : {}),
        });
        if (++n >= MAX_FINDINGS_PER_CHECK) break;
      }
    } catch (e) {
      opts.onError?.(check.code, e);
    }
  }
  return out.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Last year's report is looked up once a run, however many checks read it. */
function onceFor(lastYear: NonNullable<CheckContext['lastYear']>): CheckContext['lastYear'] {
  let got: { model: ReportModel; value: ReturnType<typeof lastYear> } | undefined;
  return (model) => {
    if (got?.model !== model) got = { model, value: lastYear(model) };
    return got.value;
  };
}

/** The reviews are placed in the draft once a run, however many checks read them. */
function placedOnce(model: ReportModel, items: readonly ReviewItem[]): CheckContext['reviews'] {
  let placed: ReturnType<typeof mapReviews> | undefined;
  return () => (placed ??= mapReviews(model, items));
}
