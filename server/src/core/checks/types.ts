import type { PreferredTerm, ReportConfig } from '../config';
import type { Localized } from '../localized';
import type { LastYearReport } from '../figures/yearOver';
import type { ReportModel } from '../model/types';
import type { RepeatAnalysis } from '../repeat/analysis';
import type { Places } from './places';
import type { MappedReview, ReviewItem } from '../review/types';

import type { SeveritySetting } from '../severity';
export type { Severity, SeveritySetting } from '../severity';
export type { Localized } from '../localized';

export interface RelatedFinding {
  start: number;
  end: number;
  message: Localized;
}

/** A span of the document, in offsets. */
export interface Span {
  start: number;
  end: number;
}

/** What a check reports, in document offsets; the runner turns it into a diagnostic. */
export interface Finding<D = unknown> {
  start: number;
  end: number;
  message: Localized;
  related?: RelatedFinding[];
  /** What the check's own `fixes` and `copies` need again (small and JSON-safe: it travels in the diagnostic). */
  data?: D;
}

export interface CheckContext {
  /** Checked between findings; a check stops early when it returns true. */
  isCancelled(): boolean;
  readonly config: ReportConfig;
  /** The repeat analysis of this text under this configuration, made on first use and shared by the repeat checks. */
  repeats(): RepeatAnalysis;
  /** How messages name other places: lines of the text, or a Word document's paragraphs. */
  readonly places: Places;
  /** Last year's report of the place, parsed (from the library), when the caller has one: the stale.* checks read it. */
  readonly lastYear?: (model: ReportModel) => LastYearReport | undefined;
  /**
   * Reviewers' comments and changes (征求意见) placed in this draft, when the caller has imported returned copies:
   * the review.* checks read them. Not text checks: they report what others said, where it now stands.
   */
  readonly reviews?: () => readonly MappedReview[];
}

/** A fix a check offers for one of its findings: what it says, and the edits (document offsets). */
export interface CheckFix {
  title: Localized;
  edits: { start: number; end: number; newText: string }[];
  preferred?: boolean;
}

/** What docs/checks.md says of a check, generated from here (a test fails when the page differs). */
export interface CheckDocs {
  /** What it finds, and where it stays silent (Markdown). */
  finds: Localized;
  /** Its quick fixes, when it has any. */
  fixes?: Localized;
  /**
   * A short draft on which it fires (a test runs it): with `lastYear`, the library's report it compares with; with
   *  `terms`, the office's term list it reads; with `reviews`, the items read from reviewers' returned copies.
   */
  example: { draft: string; lastYear?: string; terms?: PreferredTerm[]; reviews?: ReviewItem[] };
}

/**
 * One check: one file, one stable code, typed by the data its findings carry. What a family of checks does in
 * the editor is a field here, never decided from its code's prefix.
 */
export interface Check<D = unknown> {
  readonly code: string;
  readonly defaultSeverity: SeveritySetting;
  /** A short name: the settings, the fix-all action's title. */
  readonly description: Localized;
  readonly docs: CheckDocs;
  /**
   * Its fixes are certain and change only the flagged characters: all of a document's are offered together as the
   * source action `source.fixAll.workReport.<code>` (one edit, one undo).
   */
  readonly fixAll?: boolean;
  /**
   * Its findings are what a draft made from last year's report still has to update, items of the year-over
   * checklist (换年核对清单): 'check' ones a drafter may mark as checked (the value really stayed), 'fill' ones
   * (placeholders) only go when filled in.
   */
  readonly checklist?: 'check' | 'fill';
  run(model: ReportModel, ctx: CheckContext): Iterable<Finding<D>>;
  /**
   * The fixes of a finding, from the data it carries, computed when asked for (a quick fix, a fix-all) against
   * the current model — so a finding need not carry hundreds of edits to every diagnostics pull.
   */
  fixes?(model: ReportModel, data: D): CheckFix[];
  /**
   * A finding that names another copy of the same text (its first related place): the two spans to compare in the
   * hover. A check with `copies` also gets the quick fix that shows the other copy.
   */
  copies?(model: ReportModel, here: Span, there: Span, data: D): { here: Span; there: Span };
}
