/**
 * Reading a PDF past report (a government website's copy) with pdf.js: the text runs of every page, with the CMaps
 * Chinese PDFs name (UniGB-UCS2-H…) read from the folder shipped beside the bundle, then rejoined into paragraphs
 * by the core. Never evaluates code from the file (isEvalSupported: false), loads no fonts, and bounds the pages.
 */
import { existsSync, promises as fsp } from 'fs';
import { dirname, join } from 'path';
import { pdfParagraphs, type PdfPage, type PdfText } from '../core/pdf/paragraphs';
import { pdfEngine } from '../engines/load';

export type PdfRead = ({ ok: true } & PdfText) | { ok: false; message: string };

const MAX_PAGES = 2000;

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

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-')
    return { ok: false, message: 'not a PDF file' };
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
    if (doc.numPages > MAX_PAGES) return { ok: false, message: `more than ${MAX_PAGES} pages` };
    const pages: PdfPage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.flatMap((it) =>
        'str' in it
          ? [
              {
                str: it.str,
                x: it.transform[4],
                y: it.transform[5],
                width: it.width,
                size: Math.hypot(it.transform[2], it.transform[3]) || it.height,
              },
            ]
          : [],
      );
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    const text = pdfParagraphs(pages);
    if (!text.text.trim()) return { ok: false, message: 'no text in this PDF (a scan? it needs OCR first)' };
    return { ok: true, ...text };
  } catch (e) {
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
