/**
 * How the CLI reads a report: a file (regular files only, up to a cap), standard input, or a folder's reports;
 * text in any of the encodings the core decodes, a Word document, or a PDF (read ahead by `preloadPdfs`, since
 * pdf.js is asynchronous). Messages are in the user's language.
 */
import { readdirSync, readSync, statSync } from 'fs';
import { join } from 'path';
import { decodeReport, isReportInFolder, type Encoding, type Locale, type runChecks } from '../core';
import { isPdfFileName, readPdf } from '../io/pdf';
import { readRegularFile, readRegularFileSync } from '../io/regularFile';
import { msg } from '../messages';

export type Loaded =
  | {
      ok: true;
      file: string;
      text: string;
      encoding: Encoding;
      bom: boolean;
      word?: { paragraphOfLine: number[] };
      pdf?: { pageOfLine: number[] };
    }
  | { ok: false; file: string; message: string };

/** A report the CLI reads may be large (a 20 MB compilation), never endless: /dev/zero behind a link is refused. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** PDFs read ahead, by path: what `load` gives for them. */
const pdfs = new Map<string, Loaded>();

export const isPreloaded = (file: string) => pdfs.has(file);

/** Reads the PDFs among `files` (pdf.js is asynchronous), so that `load` can give them like any other report. */
export async function preloadPdfs(files: string[], locale: Locale): Promise<void> {
  for (const file of files) {
    if (!isPdfFileName(file) || pdfs.has(file)) continue;
    const r = await readRegularFile(file, MAX_INPUT_BYTES);
    if (!r.ok) continue; // load() reads it again and says why
    const p = await readPdf(r.bytes);
    pdfs.set(
      file,
      p.ok
        ? { ok: true, file, text: p.text, encoding: 'utf-8', bom: false, pdf: { pageOfLine: p.pageOfLine } }
        : { ok: false, file, message: msg(locale, 'cliNotPdf')(file, msg(locale, 'pdfReason')(p.message)) },
    );
  }
}

export function load(file: string, locale: Locale, stdinName?: string): Loaded {
  const pdf = pdfs.get(file);
  if (pdf) return pdf;
  if (file === '-') {
    let bytes: Buffer;
    try {
      bytes = readStdin();
    } catch (e) {
      return { ok: false, file: stdinName ?? '-', message: `stdin: ${e instanceof Error ? e.message : String(e)}` };
    }
    return decoded(stdinName ?? '-', bytes, locale);
  }
  const r = readRegularFileSync(file, MAX_INPUT_BYTES);
  if (!r.ok) {
    if (r.reason === 'not-regular' && r.message === 'a folder') {
      return { ok: false, file, message: msg(locale, 'cliFolder')(file) };
    }
    const why =
      r.reason === 'not-regular'
        ? msg(locale, 'cliNotRegular')(r.message)
        : r.reason === 'too-large'
          ? msg(locale, 'cliTooLarge')(MAX_INPUT_BYTES / 1024 / 1024)
          : r.message;
    return { ok: false, file, message: msg(locale, 'cliCannotRead')(file, why) };
  }
  return decoded(file, r.bytes, locale);
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Standard input up to the cap (a pipe, a file or a terminal). */
function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      // A non-blocking stdin with nothing yet: wait 10 ms rather than spin a core.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new Error(`more than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function decoded(file: string, bytes: Buffer, locale: Locale): Loaded {
  const d = decodeReport(file, bytes);
  if (!d.ok) {
    const message =
      d.reason === 'binary'
        ? msg(locale, 'cliBinary')(file)
        : d.reason === 'word'
          ? msg(locale, 'cliNotWord')(file, msg(locale, 'wordReason')(d.message))
          : msg(locale, 'cliNotText')(file);
    return { ok: false, file, message };
  }
  return { ok: true, file, text: d.text, encoding: d.encoding, bom: d.bom, ...(d.word ? { word: d.word } : {}) };
}

/**
 * A finding in a Word document says which paragraph a Word user sees it in, beside the line of its text view (the
 * places its message names are paragraphs already: the checks ran with wordPlaces).
 */
export function inWordParagraphs(diagnostics: ReturnType<typeof runChecks>, paragraphOfLine: number[], locale: Locale) {
  return diagnostics.map((d) => {
    const paragraph = paragraphOfLine[d.range.start.line];
    return paragraph ? { ...d, paragraph, message: d.message + msg(locale, 'cliInWord')(paragraph) } : d;
  });
}

/** The report files under a folder (recursively, bounded; see isReportInFolder), or the file itself. */
export function listReports(dir: string, opts: { pdf?: boolean } = {}, depth = 0, out: string[] = []): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return out;
  }
  if (st.isFile()) {
    out.push(dir);
    return out;
  }
  if (!st.isDirectory() || depth > 6 || out.length > 5000) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isDirectory()) listReports(p, opts, depth + 1, out);
      else if (isReportInFolder(name) || (opts.pdf && isPdfFileName(name))) out.push(p);
    } catch {
      /* unreadable: skipped */
    }
  }
  return out;
}
