/**
 * One library file made an entry: read (a regular file, within its cap), decoded, identified, parsed — the same on
 * a worker thread of the build as on the server's own thread. Reading is synchronous: on a worker it blocks only
 * that worker, and on this thread a report is parsed right after it is read anyway (async reads cost a cold build
 * a fifth of its time in hops between threads).
 */
import { basename } from 'path';
import { decodeReport, libraryEntry, parseReport, reportId, TextDoc, type LibraryEntry } from '../core';
import { readPdf } from '../io/pdf';
import { readRegularFile, readRegularFileSync } from '../io/regularFile';
import type { FileAnswer, FileJob } from '../io/readers';

export type { FileAnswer, FileJob } from '../io/readers';

const failure = (e: unknown): FileAnswer => ({ ok: false, message: e instanceof Error ? e.message : String(e) });

/**
 * `known`: an entry already built for the same report (by reportId), taken instead of parsing again. Never throws:
 * a file that cannot be read, decoded or parsed is an answer with the reason.
 */
export function entryOfFile(
  job: FileJob,
  known: (id: string) => LibraryEntry | undefined = () => undefined,
): FileAnswer {
  try {
    const r = readRegularFileSync(job.file, job.maxBytes);
    if (!r.ok) return { ok: false, message: r.message };
    const d = decodeReport(job.file, r.bytes);
    if (!d.ok) return { ok: false, message: d.message };
    return entryOfText(d.text, job, known);
  } catch (e) {
    return failure(e);
  }
}

/** A PDF's entry, through pdf.js (asynchronous), with its text; never throws. */
export async function entryOfPdf(
  job: FileJob,
  known: (id: string) => LibraryEntry | undefined = () => undefined,
): Promise<FileAnswer> {
  try {
    const r = await readRegularFile(job.file, job.maxBytes);
    if (!r.ok) return { ok: false, message: r.message };
    const d = await readPdf(r.bytes);
    if (!d.ok) return d;
    const a = entryOfText(d.text, job, known);
    return a.ok ? { ...a, text: d.text } : a;
  } catch (e) {
    return failure(e);
  }
}

/** The entry of a file's decoded text; never throws. */
function entryOfText(
  text: string,
  job: FileJob,
  known: (id: string) => LibraryEntry | undefined = () => undefined,
): FileAnswer {
  try {
    const id = reportId(text);
    const seen = known(id);
    if (seen) return { ok: true, entry: seen, parsed: false };
    const entry = libraryEntry(parseReport(new TextDoc(job.uri, text)), job.uri, basename(job.file), id);
    return { ok: true, entry, parsed: true };
  } catch (e) {
    return failure(e);
  }
}

/** The buffers an answer can give up on its way back from a worker thread (each column owns its buffer whole). */
export function answerBuffers(a: FileAnswer): ArrayBuffer[] {
  if (!a.ok) return [];
  const { lines, starts, prints } = a.entry.paragraphs;
  return [lines, starts, prints]
    .filter((c) => c.byteOffset === 0 && c.byteLength === c.buffer.byteLength)
    .map((c) => c.buffer as ArrayBuffer);
}
