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

export type Loaded =
  | { ok: true; file: string; text: string; encoding: Encoding; bom: boolean; word?: { paragraphOfLine: number[] }; pdf?: { pageOfLine: number[] } }
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
    pdfs.set(file, p.ok
      ? { ok: true, file, text: p.text, encoding: 'utf-8', bom: false, pdf: { pageOfLine: p.pageOfLine } }
      : { ok: false, file, message: locale === 'en' ? `${file} cannot be read as a PDF: ${p.message}` : `${file} 无法作为 PDF 读取：${pdfReason(p.message)}` });
  }
}

function pdfReason(message: string): string {
  if (message.startsWith('a password-protected')) return '有密码保护';
  if (message.startsWith('no text')) return '没有文字层（扫描件？需先做文字识别）';
  if (message.startsWith('more than')) return '页数过多';
  return `不是有效的 PDF（${message}）`;
}

export function load(file: string, locale: Locale, stdinName?: string): Loaded {
  const pdf = pdfs.get(file);
  if (pdf) return pdf;
  if (file === '-') {
    let bytes: Buffer;
    try { bytes = readStdin(); } catch (e) { return { ok: false, file: stdinName ?? '-', message: `stdin: ${e instanceof Error ? e.message : String(e)}` }; }
    return decoded(stdinName ?? '-', bytes, locale);
  }
  const r = readRegularFileSync(file, MAX_INPUT_BYTES);
  if (!r.ok) {
    if (r.reason === 'not-regular' && r.message === 'a folder') {
      return { ok: false, file, message: locale === 'en' ? `${file} is a folder: give one report file` : `${file} 是文件夹：请给出一个报告文件` };
    }
    const why = r.reason === 'not-regular' ? (locale === 'en' ? `not a regular file (${r.message})` : `不是普通文件（${r.message}）`)
      : r.reason === 'too-large' ? (locale === 'en' ? `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` : `超过 ${MAX_INPUT_BYTES / 1024 / 1024} MB`)
      : r.message;
    return { ok: false, file, message: locale === 'en' ? `cannot read ${file}: ${why}` : `无法读取 ${file}：${why}` };
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
    try { n = readSync(0, buf, 0, buf.length, null); } catch (e) {
      // A non-blocking stdin with nothing yet: wait 10 ms rather than spin a core.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(PAUSE, 0, 0, 10); continue; }
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
    const what = d.reason === 'binary'
      ? (locale === 'en' ? 'is a binary file, not a text report (reports are .txt, .md or .docx)' : '是二进制文件，不是文本报告（报告应为 .txt、.md 或 .docx）')
      : d.reason === 'word'
        ? (locale === 'en' ? `cannot be read as a Word document: ${d.message}` : `无法作为 Word 文档读取：${wordReason(d.message)}`)
        : (locale === 'en' ? 'is neither UTF-8, UTF-16 nor GB18030/GBK text' : '既不是 UTF-8、UTF-16，也不是 GB18030/GBK 文本');
    return { ok: false, file, message: `${file} ${what}` };
  }
  return { ok: true, file, text: d.text, encoding: d.encoding, bom: d.bom, ...(d.word ? { word: d.word } : {}) };
}

function wordReason(message: string): string {
  if (message.startsWith('a password-protected')) return '有密码保护，或是旧版 .doc（请另存为无密码的 .docx）';
  if (message.startsWith('a zip package without')) return '压缩包中没有 Word 正文（word/document.xml）';
  if (message.startsWith('a part is larger')) return '文档部件过大';
  return `不是有效的 .docx 文件（${message}）`;
}

/**
 * A finding in a Word document names the paragraph a Word user sees, beside the line of its text view; the lines
 * its message refers to (第 12 行, line 12) become paragraphs too.
 */
export function inWordParagraphs(diagnostics: ReturnType<typeof runChecks>, paragraphOfLine: number[], locale: Locale) {
  const para = (line: string) => paragraphOfLine[Number(line) - 1];
  const words = (m: string) => m
    .replace(/第 (\d+) 行(?:的段落|段落)?/g, (all, n: string) => (para(n) ? `第 ${para(n)} 段` : all))
    .replace(/\b(?:the (?:paragraph|one) )?on line (\d+)\b/g, (all, n: string) => (para(n) ? `paragraph ${para(n)}` : all))
    .replace(/\b([Ll])ine (\d+)\b/g, (all, l: string, n: string) => (para(n) ? `${l === 'L' ? 'P' : 'p'}aragraph ${para(n)}` : all));
  return diagnostics.map((d) => {
    const paragraph = paragraphOfLine[d.range.start.line];
    if (!paragraph) return d;
    const where = locale === 'en' ? ` (Word paragraph ${paragraph})` : `（Word 第 ${paragraph} 段）`;
    return { ...d, paragraph, message: words(d.message) + where, related: d.related.map((r) => ({ ...r, message: words(r.message) })) };
  });
}

/** The report files under a folder (recursively, bounded; see isReportInFolder), or the file itself. */
export function listReports(dir: string, opts: { pdf?: boolean } = {}, depth = 0, out: string[] = []): string[] {
  let st;
  try { st = statSync(dir); } catch { return out; }
  if (st.isFile()) { out.push(dir); return out; }
  if (!st.isDirectory() || depth > 6 || out.length > 5000) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isDirectory()) listReports(p, opts, depth + 1, out);
      else if (isReportInFolder(name) || (opts.pdf && isPdfFileName(name))) out.push(p);
    } catch { /* unreadable: skipped */ }
  }
  return out;
}

