/** Word documents: reading a .docx into report text (numbering resolved) and writing a report as a GB/T 9704 .docx. */
export { isWordFileName, readDocx, type WordRead, type WordText } from './readDocx';
export { exportDocx, type ExportOptions } from './exportDocx';
export * as gbt9704 from './gbt9704';
