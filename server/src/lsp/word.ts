/**
 * Word documents for the editor: a .docx (or a PDF) read into report text (the client's read-only view of it), an open
 * report written out as a GB/T 9704 .docx, and a .docx's findings written into a copy of it as comments. Both run here, where the core and the safe file access are, so any
 * LSP editor can use them (the export is also a workspace/executeCommand command).
 */
import {
  fullWidthMarkerEdits,
  handInReady,
  handInSummary,
  handInSummaryText,
  isWordFileName,
  LIMITS,
  localize,
  TextDoc,
  type WordFinding,
} from '../core';
import type { Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { annotateTargetProblem, annotateWordCopy } from '../io/annotateWord';
import * as path from 'path';
import { exportReport } from '../io/exportReport';
import { isPdfFileName } from '../io/pdf';
import { Readers } from '../io/readers';
import { readRegularFile } from '../io/regularFile';
import type { ServerContext } from './context';
import { msg } from '../messages';
import {
  ANNOTATE_WORD_COMMAND,
  AnnotateWordRequest,
  WORD_VIEW_SCHEME,
  type AnnotateWordParams,
  type AnnotateWordResult,
  EXPORT_WORD_COMMAND,
  ExportWordRequest,
  HandInRequest,
  type HandInResult,
  ReadWordRequest,
  type ExportWordParams,
  type ExportWordResult,
  type ReadWordResult,
} from '../../../shared/protocol';
import { shownName, uriToPath } from './uri';

/** Word documents and PDFs carry their photos; only the text is kept. */
const MAX_WORD_BYTES = LIMITS.binaryFileBytes;

/**
 * A Word document's or PDF's text for the client's read-only view. Read on a reader worker (readers.ts): a file
 * that hangs or exhausts its reader is refused with the limit it passed, and the server answers meanwhile.
 */
export async function readWord(ctx: ServerContext, uri: string): Promise<ReadWordResult> {
  const locale = ctx.locale();
  const file = uriToPath(uri);
  if (!file) return { ok: false, message: msg(locale, 'notAFile')(shownName(uri)) };
  const r = await readRegularFile(file, MAX_WORD_BYTES);
  if (!r.ok) return { ok: false, message: msg(locale, 'wordUnreadable')(file, r.message) };
  const pdf = isPdfFileName(file);
  const readers = new Readers();
  try {
    const d = await readers.decode(pdf || isWordFileName(file) ? file : `${file}.docx`, r.bytes);
    if (!d.ok)
      return {
        ok: false,
        message: msg(locale, 'wordUnreadable')(file, msg(locale, pdf ? 'pdfReason' : 'wordReason')(d.message)),
      };
    return { ok: true, text: d.text, paragraphOfLine: d.word?.paragraphOfLine ?? [] };
  } finally {
    await readers.close();
  }
}

/**
 * The open report as a Word document at `target`: a full file: URI (a relative one would resolve from the server's
 * working folder, not the user's), never the report itself nor any other report open in the editor.
 */
export async function exportWord(ctx: ServerContext, params: ExportWordParams): Promise<ExportWordResult> {
  const locale = ctx.locale();
  const doc = ctx.documents.get(params.uri);
  if (!doc) return { ok: false, message: msg(locale, 'notOpen')(shownName(params.uri)) };
  const target = /^file:\/\//i.test(params.target) ? uriToPath(params.target) : undefined;
  if (!target || !path.isAbsolute(target))
    return { ok: false, message: msg(locale, 'exportTargetNotFile')(shownName(params.target)) };
  const open = ctx.documents.all().flatMap((d) => uriToPath(d.uri) ?? []);
  const text = doc.getText();
  const w = await exportReport({ name: params.uri, text, model: ctx.modelOf(doc) }, target, open, locale);
  return w.ok ? { ok: true, ...(w.backup ? { backup: w.backup } : {}) } : w;
}

/** What is left before the open report is handed in (the findings the editor shows: marked ones are gone already). */
export async function handIn(ctx: ServerContext, uri: string): Promise<HandInResult | null> {
  const doc = ctx.documents.get(uri);
  if (!doc) return null;
  const model = ctx.modelOf(doc);
  const summary = handInSummary(model, await ctx.diagnosticsOf(doc), []);
  return {
    summary,
    ready: handInReady(summary),
    message: localize(handInSummaryText(summary), ctx.locale()),
    markerEdits: fullWidthMarkerEdits(model).map((e) => ({
      range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
      newText: e.newText,
    })),
  };
}

/** A file's findings, checked now with its configuration (documentChecks.ts); undefined when it is not checked. */
export type CheckFile = (doc: TextDoc) => Promise<Diagnostic[] | undefined>;

/**
 * The Word document's findings as comments in a copy at `target` (a full file: URI): the findings its open report
 * view shows — the text it was read into must be the document's still — else the document checked now.
 */
export async function annotateWord(
  ctx: ServerContext,
  params: AnnotateWordParams,
  checkFile: CheckFile,
): Promise<AnnotateWordResult> {
  const locale = ctx.locale();
  const file = uriToPath(params.uri);
  if (!file) return { ok: false, message: msg(locale, 'notAFile')(shownName(params.uri)) };
  const target = /^file:\/\//i.test(params.target) ? uriToPath(params.target) : undefined;
  if (!target || !path.isAbsolute(target))
    return { ok: false, message: msg(locale, 'exportTargetNotFile')(shownName(params.target)) };
  const open = ctx.documents.all().flatMap((d) => uriToPath(d.uri) ?? []);
  const problem = annotateTargetProblem(file, target, open, locale);
  if (problem) return { ok: false, message: problem };
  const r = await readRegularFile(file, MAX_WORD_BYTES);
  if (!r.ok) return { ok: false, message: msg(locale, 'wordUnreadable')(file, r.message) };
  const viewUri = URI.file(file).with({ scheme: WORD_VIEW_SCHEME }).toString();
  const view = ctx.documents.all().find((d) => {
    const u = URI.parse(d.uri);
    return u.scheme === WORD_VIEW_SCHEME && u.fsPath === file;
  });
  let text: string;
  let found: { range: WordFinding['range']; message: string; code?: string | number }[];
  if (view) {
    text = view.getText();
    found = await ctx.diagnosticsOf(view);
  } else {
    const readers = new Readers();
    try {
      const d = await readers.decode(file, r.bytes);
      if (!d.ok)
        return { ok: false, message: msg(locale, 'wordUnreadable')(file, msg(locale, 'wordReason')(d.message)) };
      text = d.text;
    } finally {
      await readers.close();
    }
    found = (await checkFile(new TextDoc(viewUri, text))) ?? [];
  }
  const findings = found.map((d) => ({ range: d.range, message: d.message, code: String(d.code ?? '') }));
  return annotateWordCopy({ file, bytes: r.bytes, text }, findings, target, open, locale);
}

export function registerWordRequests(ctx: ServerContext, checkFile: CheckFile): void {
  ctx.connection.onRequest(HandInRequest, (params) => handIn(ctx, params.uri));
  ctx.connection.onRequest(ReadWordRequest, (params) => readWord(ctx, params.uri));
  ctx.connection.onRequest(AnnotateWordRequest, (params) => annotateWord(ctx, params, checkFile));
  ctx.commands.set(ANNOTATE_WORD_COMMAND, async ([uri, target]) => {
    if (typeof uri !== 'string' || typeof target !== 'string')
      return { ok: false, message: 'arguments: (uri, target)' };
    return annotateWord(ctx, { uri, target }, checkFile);
  });
  ctx.connection.onRequest(ExportWordRequest, (params) => exportWord(ctx, params));
  ctx.commands.set(EXPORT_WORD_COMMAND, async ([uri, target]) => {
    if (typeof uri !== 'string' || typeof target !== 'string')
      return { ok: false, message: 'arguments: (uri, target)' };
    return exportWord(ctx, { uri, target });
  });
}
