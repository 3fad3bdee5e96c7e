/**
 * A report file's bytes as text, whatever it is — a PDF through pdf.js, a Word document, or encoded text — under
 * the readers' LIMITS. This is what a reader worker runs (readers.ts); on this thread only where no worker can be had.
 */
import { decodeReport, type ReportText } from '../core';
import { isPdfFileName, readPdf } from './pdf';

export type FileDecoded =
  | (Extract<ReportText, { ok: true }> & { pdf?: { pageOfLine: number[] } })
  | { ok: false; reason: 'binary' | 'undecodable' | 'word' | 'pdf'; message: string };

export async function decodeFile(name: string, bytes: Uint8Array): Promise<FileDecoded> {
  if (!isPdfFileName(name)) return decodeReport(name, bytes);
  const p = await readPdf(bytes);
  return p.ok
    ? { ok: true, text: p.text, encoding: 'utf-8', bom: false, pdf: { pageOfLine: p.pageOfLine } }
    : { ok: false, reason: 'pdf', message: p.message };
}
