/** Word documents: reading a .docx into report text (numbering resolved); the GB/T 9704 layout is docxLayout.ts. */
export { isWordFileName, readDocx, type WordRead, type WordText } from './readDocx';
export { type ExportOptions } from './docxLayout';
export * as gbt9704 from './gbt9704';
export {
  annotateDocx,
  commentText,
  COMMENT_AUTHOR,
  COMMENT_INITIALS,
  type Annotated,
  type AnnotateOptions,
  type WordFinding,
} from './annotate';
