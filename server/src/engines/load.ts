/**
 * The two large engines — pdf.js (3 MB) and the docx writer (1 MB) — live in bundles of their own beside the
 * CLI's and the server's (dist/pdf-engine.js, dist/docx-engine.js), required the first time a PDF is read or a
 * report exported: parsing them on every start cost each CLI run 60 ms and 24 MB. Test and bench bundles, built
 * with ENGINES_INLINE, carry them inline instead.
 */
import { join } from 'path';

declare const ENGINES_INLINE: boolean;

type PdfEngine = typeof import('./pdfjs');
type DocxEngine = typeof import('../core/word/docxEngine');

function bundled<T>(name: string): T {
  // A computed path: esbuild leaves it alone, Node resolves it beside this bundle. (require, not import():
  // the bundles are CommonJS.)
  const file = join(__dirname, name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}

export async function pdfEngine(): Promise<PdfEngine> {
  if (ENGINES_INLINE) return import('./pdfjs');
  return bundled<PdfEngine>('pdf-engine.js');
}

export async function docxEngine(): Promise<DocxEngine> {
  if (ENGINES_INLINE) return import('../core/word/docxEngine');
  return bundled<DocxEngine>('docx-engine.js');
}
