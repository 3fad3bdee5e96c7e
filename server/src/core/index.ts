/** The pure analysis core: imports nothing from vscode or vscode-languageserver. */
export * from './document';
export * from './model/types';
export { parseReport, resetLineMemo } from './model/parse';
export { outline, sectionLabel, type OutlineEntry } from './features/outline';
export { foldingRanges, type FoldRange } from './features/folding';
export { reportStats, type ReportStats } from './features/stats';
export { deleteLines, deleteParagraphLine, deleteSpan, fixesFor, repeatFixes, type Fix, type TextEditSpan } from './features/fixes';
export { applyEdits, renumberDocument, renumberRun } from './numbering/renumber';
export { numberingFaults, numberingRuns, type Fault, type Run } from './numbering/runs';
export { escapeMarkdown, repeatHover } from './features/repeatHover';
export { ALL_CHECKS, CHECK_CODES } from './checks/index';
export * from './checks/types';
export * from './checks/runner';
export { decodeBytes, type Decoded, type Encoding } from './decode';
export { DEFAULT_CONFIG, DEFAULT_STOP_PHRASES, resolveConfig, type PartialConfig, type ReportConfig, type RepeatOptions } from './config';
export { analyseRepeats, type RepeatAnalysis } from './repeat/analysis';
export { diffChars, type DiffOp } from './text/diff';
