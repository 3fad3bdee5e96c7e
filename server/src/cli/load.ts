/**
 * How the CLI reads a report: a file (regular files only, up to a cap), standard input, or a folder's reports;
 * text in any of the encodings the core decodes, a Word document or a PDF (read ahead on a reader worker by
 * `preloadBinaries`). Messages are in the user's language.
 */
import { readdirSync, readSync, realpathSync, statSync } from 'fs';
import { join } from 'path';
import {
  decodeReport,
  isReportInFolder,
  isWordFileName,
  LIMITS,
  type Encoding,
  type Locale,
  type runChecks,
} from '../core';
import { type FileDecoded } from '../io/decodeFile';
import { isPdfFileName } from '../io/pdf';
import { Readers } from '../io/readers';
import { readRegularFileSync } from '../io/regularFile';
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
const MAX_INPUT_BYTES = LIMITS.cliInputBytes;

/** Word documents and PDFs read ahead, by path: what `load` gives for them. */
const preloaded = new Map<string, Loaded>();
/** Files read ahead, or tried: one that could not be read is left to `load`, which says why. */
const attempted = new Set<string>();

export const isPreloaded = (file: string) => attempted.has(file);

/** Files read ahead on a reader worker (readers.ts): Word documents and PDFs, which the product did not make. */
export const needsReader = (file: string) => file !== '-' && (isPdfFileName(file) || isWordFileName(file));

/**
 * Reads the Word documents and PDFs among `files` on a reader worker, one after another, so that a file that hangs
 * or exhausts its reader is refused with the limit it passed; then `load` gives them like any other report.
 */
export async function preloadBinaries(files: string[], locale: Locale): Promise<void> {
  const readers = new Readers();
  try {
    for (const file of files) {
      if (!needsReader(file) || attempted.has(file)) continue;
      attempted.add(file);
      const r = readRegularFileSync(file, MAX_INPUT_BYTES);
      if (!r.ok) continue; // load() reads it again and says why
      const d = await readers.decode(file, r.bytes);
      preloaded.set(
        file,
        isPdfFileName(file)
          ? d.ok
            ? { ok: true, file, text: d.text, encoding: 'utf-8', bom: false, pdf: d.pdf ?? { pageOfLine: [] } }
            : { ok: false, file, message: msg(locale, 'cliNotPdf')(file, msg(locale, 'pdfReason')(d.message)) }
          : loadedOf(file, d, locale),
      );
    }
  } finally {
    await readers.close();
  }
}

export function load(file: string, locale: Locale, stdinName?: string): Loaded {
  const read = preloaded.get(file);
  if (read) return read;
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
  let d: FileDecoded;
  try {
    d = decodeReport(file, bytes);
  } catch (e) {
    // A fault of ours on this file must not end a folder check: said, and the next file checked.
    d = { ok: false, reason: 'word', message: `not readable (${e instanceof Error ? e.message : String(e)})` };
  }
  return loadedOf(file, d, locale);
}

function loadedOf(file: string, d: FileDecoded, locale: Locale): Loaded {
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

export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The report files under a folder (recursively, within LIMITS.walkDepth and walkFiles; see isReportInFolder), or
 * the file itself. A folder is entered once, by its real path: a symlink loop ends where it meets itself.
 */
export function listReports(
  dir: string,
  opts: { pdf?: boolean } = {},
  depth = 0,
  out: string[] = [],
  seen = new Set<string>(),
): string[] {
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
  if (!st.isDirectory() || depth > LIMITS.walkDepth || out.length >= LIMITS.walkFiles) return out;
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return out;
  }
  if (seen.has(real)) return out;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    if (out.length >= LIMITS.walkFiles) break;
    const p = join(dir, name);
    try {
      if (statSync(p).isDirectory()) listReports(p, opts, depth + 1, out, seen);
      else if (isReportInFolder(name) || (opts.pdf && isPdfFileName(name))) out.push(p);
    } catch {
      /* unreadable: skipped */
    }
  }
  return out;
}
