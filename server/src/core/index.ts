/** The pure analysis core: imports nothing from vscode or vscode-languageserver. */
export * from './document';
export * from './model/types';
export { parseReport } from './model/parse';
export { outline, sectionLabel, type OutlineEntry } from './features/outline';
export { foldingRanges, type FoldRange } from './features/folding';
export { reportStats, type ReportStats } from './features/stats';
export { deleteParagraphLine, type TextEditSpan } from './features/fixes';
export { ALL_CHECKS, CHECK_CODES } from './checks/index';
export * from './checks/types';
export * from './checks/runner';
export { decodeBytes, type Decoded, type Encoding } from './decode';
