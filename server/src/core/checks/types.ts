import type { ReportConfig } from '../config';
import type { FigureRow } from '../library/index';
import type { ReportModel } from '../model/types';
import type { RepeatAnalysis } from '../repeat/analysis';
import type { Places } from './places';

import type { SeveritySetting } from '../severity';
export type { Severity, SeveritySetting } from '../severity';

/** A message in both languages; the runner picks one for the user's locale. */
export interface Localized {
  zh: string;
  en: string;
}

export interface RelatedFinding {
  start: number;
  end: number;
  message: Localized;
}

/** What a check reports, in document offsets; the runner turns it into a diagnostic. */
export interface Finding {
  start: number;
  end: number;
  message: Localized;
  related?: RelatedFinding[];
  /** Data a quick fix needs (kept small and JSON-safe: it travels in the diagnostic). */
  data?: Record<string, unknown>;
}

export interface CheckContext {
  /** Checked between findings; a check stops early when it returns true. */
  isCancelled(): boolean;
  readonly config: ReportConfig;
  /** The repeat analysis of this text under this configuration, made on first use and shared by the repeat checks. */
  repeats(): RepeatAnalysis;
  /** How messages name other places: lines of the text, or a Word document's paragraphs. */
  readonly places: Places;
  /** The draft's key counts beside past reports of the place (from the library), when the caller has one. */
  readonly pastFigures?: (model: ReportModel) => FigureRow[];
}

/** A fix a check offers for one of its findings: what it says, and the edits (document offsets). */
export interface CheckFix {
  title: Localized;
  edits: { start: number; end: number; newText: string }[];
  preferred?: boolean;
}

/** One check: one file, one stable code. */
export interface Check {
  readonly code: string;
  readonly defaultSeverity: SeveritySetting;
  readonly description: Localized;
  run(model: ReportModel, ctx: CheckContext): Iterable<Finding>;
  /**
   * The fixes of a finding, from the data it carries, computed when asked for (a quick fix, a fix-all) against
   * the current model — so a finding need not carry hundreds of edits to every diagnostics pull.
   */
  fixes?(model: ReportModel, data: Record<string, unknown>): CheckFix[];
}
