/**
 * Reading a PDF past report (a government website's copy) with pdf.js: the text runs of every page, with the CMaps
 * Chinese PDFs name (UniGB-UCS2-H…) read from the folder shipped beside the bundle, then rejoined into paragraphs
 * by the core. Never evaluates code from the file (isEvalSupported: false) and loads no fonts. Within LIMITS: the
 * compressed streams are measured before pdf.js sees the file, and pages, text runs and time are counted as it reads;
 * past one, the file is refused in one line. A page that never finishes (a form that draws itself) is for the worker
 * it runs on to stop (readers.ts).
 */
import { existsSync, promises as fsp } from 'fs';
import { dirname, join } from 'path';
import { LIMITS, LimitExceeded } from '../core/limits';
import { pdfParagraphs, type PdfPage, type PdfText } from '../core/pdf/paragraphs';
import { measurePdfStreams } from '../core/pdf/streams';
import { pdfEngine } from '../engines/load';

export type PdfRead = ({ ok: true } & PdfText) | { ok: false; message: string };

/** The CMaps: dist/cmaps beside the bundle (what the extension ships), else pdfjs-dist's own (a checkout). */
function cmapDir(): string | undefined {
  const candidates = [join(__dirname, 'cmaps')];
  try {
    candidates.push(join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps'));
  } catch {
    /* not installed */
  }
  return candidates.find((d) => existsSync(join(d, 'UniGB-UCS2-H.bcmap')));
}

class FileCMapReader {
  constructor(private readonly options: { baseUrl: string | null }) {}
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const dir = this.options.baseUrl;
    if (!dir || !/^[\w.-]+$/.test(name)) throw new Error(`CMap ${name} is not available`);
    return { cMapData: new Uint8Array(await fsp.readFile(join(dir, `${name}.bcmap`))), isCompressed: true };
  }
}

let engine: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

/**
 * pdf.js, loaded once. Loading it prints warnings about canvas polyfills that text extraction never needs, through
 * console.log — which in the language server is the protocol's stdout — so the console is quiet meanwhile.
 */
function loadPdfjs() {
  engine ??= (async () => {
    const saved = { log: console.log, warn: console.warn };
    console.log = console.warn = () => undefined;
    try {
      const { pdfjs, worker } = await pdfEngine();
      // The worker runs in this thread: pdf.js looks for it here before it would spawn one.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
      return pdfjs;
    } finally {
      Object.assign(console, saved);
    }
  })();
  return engine;
}

export { isPdfFileName } from '../core/reportFiles';

type PdfjsPage =
  Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']> extends {
    getPage(n: number): Promise<infer P>;
  }
    ? P
    : never;

/**
 * A page's text runs, streamed from pdf.js so that the budget is checked as the page is read: past the deadline or
 * the run count, the limit is thrown and the document destroyed (pdf.js then stops evaluating the page). pdf.js
 * evaluates in microtasks, so no timer can interrupt a page that yields no text (a form that draws itself): that one
 * is for the worker's time limit to end (readers.ts).
 */
async function pageRuns(page: PdfjsPage, budget: { deadline: number; runs: number }): Promise<PdfPage['runs']> {
  if (Date.now() > budget.deadline) throw new LimitExceeded('pdfSeconds');
  const reader = page.streamTextContent().getReader();
  const runs: PdfPage['runs'] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return runs;
    for (const it of value.items) {
      if (!('str' in it)) continue;
      runs.push({
        str: it.str,
        x: it.transform[4],
        y: it.transform[5],
        width: it.width,
        size: Math.hypot(it.transform[2], it.transform[3]) || it.height,
      });
    }
    budget.runs -= value.items.length;
    const passed = budget.runs < 0 ? 'pdfTextRuns' : Date.now() > budget.deadline ? 'pdfSeconds' : undefined;
    // Thrown, not cancelled: readPdf's task.destroy() stops pdf.js (cancelling the stream trips pdf.js over its
    // own closed controller).
    if (passed) throw new LimitExceeded(passed);
  }
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-')
    return { ok: false, message: 'not a PDF file' };
  try {
    measurePdfStreams(bytes);
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, message: e.message };
    throw e;
  }
  const started = Date.now();
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: cmapDir() ?? '',
    cMapPacked: true,
    CMapReaderFactory: FileCMapReader,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > LIMITS.pdfPages) throw new LimitExceeded('pdfPages');
    const pages: PdfPage[] = [];
    const budget = { deadline: started + LIMITS.pdfSeconds * 1000, runs: LIMITS.pdfTextRuns };
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view;
      pages.push({ width: x1 - x0, height: y1 - y0, runs: await pageRuns(page, budget) });
      page.cleanup();
    }
    const text = pdfParagraphs(pages);
    if (!text.text.trim()) return { ok: false, message: 'no text in this PDF (a scan? it needs OCR first)' };
    return { ok: true, ...text };
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, message: e.message };
    const name = (e as { name?: string }).name;
    return {
      ok: false,
      message:
        name === 'PasswordException'
          ? 'a password-protected PDF'
          : `not a readable PDF (${e instanceof Error ? e.message : String(e)})`,
    };
  } finally {
    await task.destroy();
  }
}
