/** A report as GB/T 9704 .docx bytes (the layout is core/word/docxLayout.ts; its engine loads on first use). */
import type { ReportModel } from '../core';
import type { ExportOptions } from '../core/word/docxLayout';
import type { ReviewTable } from '../core/word/reviewTableDocx';
import { docxEngine } from './load';

export type { ExportOptions } from '../core/word/docxLayout';

/** 意见采纳情况表 as .docx bytes (core/word/reviewTableDocx.ts). */
export async function exportReviewTableDocx(table: ReviewTable): Promise<Uint8Array> {
  return (await docxEngine()).layoutReviewTable(table);
}

export async function exportDocx(model: ReportModel, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await docxEngine()).layoutDocx(model, options);
}
