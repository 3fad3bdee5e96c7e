/** The docx engine's one bundle (dist/docx-engine.js, loaded on first use): the report's layout and the review table. */
export { layoutDocx } from './docxLayout';
export { layoutReviewTable, type ReviewTable } from './reviewTableDocx';
