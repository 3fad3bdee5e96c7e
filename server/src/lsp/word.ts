/**
 * Word documents for the editor: a .docx (or a PDF) read into report text (the client's read-only view of it), and an open
 * report written out as a GB/T 9704 .docx. Both run here, where the core and the safe file access are, so any
 * LSP editor can use them (the export is also a workspace/executeCommand command).
 */
import { decodeReport, isWordFileName } from '../core';
import { exportDocx } from '../engines/exportDocx';
import { isPdfFileName, readPdf } from '../io/pdf';
import { readRegularFile } from '../io/regularFile';
import { writeFileAtomic } from '../io/safeWrite';
import type { ServerContext } from './context';
import { msg } from '../messages';
import {
  EXPORT_WORD_COMMAND,
  ExportWordRequest,
  ReadWordRequest,
  type ExportWordParams,
  type ExportWordResult,
  type ReadWordResult,
} from '../../../shared/protocol';
import { uriToPath } from './uri';

/** Word documents and PDFs carry their photos; only the text is kept. */
const MAX_WORD_BYTES = 64 * 1024 * 1024;

export async function readWord(ctx: ServerContext, uri: string): Promise<ReadWordResult> {
  const file = uriToPath(uri);
  if (!file) return { ok: false, message: msg(ctx.locale(), 'notAFile')(uri) };
  const r = await readRegularFile(file, MAX_WORD_BYTES);
  if (!r.ok) return { ok: false, message: msg(ctx.locale(), 'wordUnreadable')(file, r.message) };
  if (isPdfFileName(file)) {
    const p = await readPdf(r.bytes);
    return p.ok
      ? { ok: true, text: p.text, paragraphOfLine: [] }
      : { ok: false, message: msg(ctx.locale(), 'wordUnreadable')(file, msg(ctx.locale(), 'pdfReason')(p.message)) };
  }
  const d = decodeReport(isWordFileName(file) ? file : `${file}.docx`, r.bytes);
  if (!d.ok)
    return {
      ok: false,
      message: msg(ctx.locale(), 'wordUnreadable')(file, msg(ctx.locale(), 'wordReason')(d.message)),
    };
  return { ok: true, text: d.text, paragraphOfLine: d.word?.paragraphOfLine ?? [] };
}

export async function exportWord(ctx: ServerContext, params: ExportWordParams): Promise<ExportWordResult> {
  const doc = ctx.documents.get(params.uri);
  if (!doc) return { ok: false, message: msg(ctx.locale(), 'notOpen')(params.uri) };
  const target = uriToPath(params.target);
  if (!target) return { ok: false, message: msg(ctx.locale(), 'notAFile')(params.target) };
  const bytes = await exportDocx(ctx.modelOf(doc));
  return writeFileAtomic(target, bytes, { backup: true, create: true });
}

export function registerWordRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(ReadWordRequest, (params) => readWord(ctx, params.uri));
  ctx.connection.onRequest(ExportWordRequest, (params) => exportWord(ctx, params));
  ctx.commands.set(EXPORT_WORD_COMMAND, async ([uri, target]) => {
    if (typeof uri !== 'string' || typeof target !== 'string')
      return { ok: false, message: 'arguments: (uri, target)' };
    return exportWord(ctx, { uri, target });
  });
}
