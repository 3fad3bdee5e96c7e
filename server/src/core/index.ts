/** The pure analysis core: imports nothing from vscode or vscode-languageserver. */
export * from './document';
export * from './model/types';
export { parseReport } from './model/parse';
export { resetMemos } from './text/memo';
export { findEntries, outline, sectionLabel, type EntryMatch, type OutlineEntry } from './features/outline';
export { foldingRanges, type FoldRange } from './features/folding';
export { reportStats, type ReportStats } from './features/stats';
export { fixAllEdits, fixesFor, type Fix, type TextEditSpan } from './features/fixes';
export {
  applyEdits,
  renumberDocument,
  renumberPlan,
  type RenumberChange,
  type RenumberPlan,
} from './numbering/renumber';
export { isPermuted, moveSections, type SectionMove } from './numbering/moveSections';
export type { Fault, Run } from './numbering/runs';
export { repeatHover, repeatHoverAt } from './features/repeatHover';
export { ALL_CHECKS, CHECK_CODES } from './checks/index';
export { checksMarkdown } from './checks/catalogue';
export { SEVERITIES, SEVERITY_SETTINGS } from './severity';
export * from './checks/types';
export * from './checks/runner';
export { wordPlaces, type Places } from './checks/places';
export { isPastReportFileName, isPdfFileName, isReportFileName, isReportInFolder, isWordFileName } from './reportFiles';
export { decodeReport, type ReportText } from './reportText';
export {
  annotateDocx,
  commentText,
  COMMENT_AUTHOR,
  COMMENT_INITIALS,
  gbt9704,
  readDocx,
  type Annotated,
  type AnnotateOptions,
  type ExportOptions,
  type WordFinding,
  type WordRead,
  type WordText,
} from './word/index';
export { fullWidthMarkerEdits, handInReady, handInSummary, handInSummaryText, type HandInSummary } from './handIn';
export { decodeBytes, type Decoded, type Encoding } from './decode';
export {
  exportLimitPassed,
  LIMITS,
  LimitExceeded,
  setLimits,
  limitMessageZh,
  limitOfMessage,
  type LimitName,
} from './limits';
export { unwritableChars } from './word/xmlChars';
export {
  DEFAULT_CONFIG,
  resolveConfig,
  type PreferredTerm,
  type PartialConfig,
  type ReportConfig,
  type RepeatOptions,
} from './config';
export { analyseRepeats, type RepeatAnalysis } from './repeat/analysis';
export { diffChars, type DiffOp } from './text/diff';
export { drain, drainInSteps } from './text/steps';
export { extractFigures, type Figure } from './figures/extract';
export { rateChecks } from './figures/rates';
export { figureHover } from './features/figureHover';
export {
  contentHash,
  libraryEntry,
  paragraphCounts,
  paragraphsFromCounts,
  reportId,
  textsInMemory,
  type LibraryEntry,
  type TextSource,
} from './library/entry';
export { type ReportInfo } from './library/info';
export { lastYearReports } from './library/lastYear';
export { draftingYear, isPastReport, reviewedYear } from './library/pastReports';
export {
  checklist,
  isMarked,
  markOf,
  onChecklist,
  unmarked,
  withMark,
  type Checklist,
  type ChecklistItem,
  type Mark,
} from './checklist';
export type { Decision, MappedReview, ReviewEntry, ReviewItem, ReviewSummary, Verdict } from './review/index';
export { nextYearDraft, nextYearName, type NextYearChange, type NextYearDraft, type NextYearOptions } from './nextYear';
export { unchangedFigures, unmovedCounters, countersOf, type LastYearReport } from './figures/yearOver';
export { compareDraft, similarTo, type CompareResult, type SimilarResult } from './library/compare';
export {
  LibraryIndex,
  type DraftRef,
  type DraftSummary,
  type FigureRow,
  type PassageMatch,
  type StructureRow,
} from './library/index';
export { completions, type Suggestion } from './features/completions';
export {
  createReportService,
  ReportAnalysis,
  ReportService,
  type CheckRequest,
  type ReportServiceOptions,
} from './service';
