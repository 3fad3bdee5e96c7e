export {
  ALL_CHECKS,
  applyEdits,
  diffChars,
  fixesFor,
  renumberDocument,
  runChecks,
  TextDoc,
  type ReportDiagnostic,
} from '../../server/src/core';
export { toChineseNumeral as toChineseNumeralForTest } from '../../server/src/core/text/numerals';
