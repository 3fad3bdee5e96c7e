/** A report as GB/T 9704 .docx bytes (the layout is core/word/docxLayout.ts; its engine loads on first use). */
import type { ReportModel } from '../core';
import type { ExportOptions } from '../core/word/docxLayout';
import { docxEngine } from './load';

export type { ExportOptions } from '../core/word/docxLayout';

export async function exportDocx(model: ReportModel, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await docxEngine()).layoutDocx(model, options);
}
