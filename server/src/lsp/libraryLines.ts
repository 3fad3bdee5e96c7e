/**
 * Lines of library reports, for showing a match: the index keeps no texts, so a line is read from its file (a few
 * recent files stay decoded). A PDF's lines are kept from the build: a PDF cannot be read again synchronously.
 */
import { decodeReport } from '../core';
import { readRegularFileSync } from '../io/regularFile';
import { maxBytesOf } from './libraryFiles';
import { uriToPath } from './uri';

/** Decoded report texts kept for showing matches (most recently used). */
const TEXTS_KEPT = 24;

export class LibraryLines {
  private readonly texts = new Map<string, string[]>();
  private readonly pdfLines = new Map<string, string[]>();

  /** A line of a library report, read from its file (a few recent files stay decoded). */
  line(uri: string, line: number): string | undefined {
    return this.linesOf(uri)?.[line];
  }

  /** The whole text of a library report (last year's, which the stale.* checks compare a draft with). */
  text(uri: string): string | undefined {
    return this.linesOf(uri)?.join('\n');
  }

  private linesOf(uri: string): string[] | undefined {
    const pdf = this.pdfLines.get(uri);
    if (pdf) return pdf;
    let lines = this.texts.get(uri);
    if (!lines) {
      const file = uriToPath(uri);
      if (!file) return undefined;
      const r = readRegularFileSync(file, maxBytesOf(file));
      if (!r.ok) return undefined;
      const d = decodeReport(file, r.bytes);
      if (!d.ok) return undefined;
      lines = d.text.split(/\r\n|\n|\r/);
      if (this.texts.size >= TEXTS_KEPT) this.texts.delete(this.texts.keys().next().value as string);
    } else {
      this.texts.delete(uri);
    }
    this.texts.set(uri, lines);
    return lines;
  }

  /** Forget the decoded texts (a build starts: files may have changed); PDFs' lines stay until replaced. */
  clearTexts(): void {
    this.texts.clear();
  }

  hasPdf(uri: string): boolean {
    return this.pdfLines.has(uri);
  }

  /** A PDF's text, as its reader gave it at the build. */
  setPdf(uri: string, text: string): void {
    this.pdfLines.set(uri, text.split('\n'));
  }
}
