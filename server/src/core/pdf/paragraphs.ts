/**
 * A PDF's text runs back into a report's paragraphs. A PDF has no paragraphs, only positioned runs: they are
 * grouped into lines by baseline, page numbers and running headers/footers are dropped, and lines are joined into
 * paragraphs the way a reader sees them — a paragraph ends where its line stops short of the right edge, and a new
 * one starts with a two-character indent, a change of type size or a wide gap. Spacing a PDF engine inserts between
 * Chinese and Latin text is not the report's: spaces next to a Chinese character are dropped.
 */

/**
 * One positioned run of text (pdf.js getTextContent items: str, transform[4..5], width, height). Font names are no
 * guide: LibreOffice splits one face over several subset fonts, so a run's font says nothing about paragraphs.
 */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}
export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfText {
  text: string;
  /** The page (1-based) each line of `text` starts on. */ pageOfLine: number[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·]/;
const SPACE_BY_CJK =
  /\s+(?=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·])|(?<=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·])\s+/g;
const PAGE_NUMBER =
  /^[\s\-—–－―_·]*(第\s*)?[0-9０-９一二三四五六七八九十〇]+(\s*页)?(\s*[/／]\s*[0-9]+)?[\s\-—–－―_·]*$/;

function lines(page: PdfPage, index: number): Line[] {
  const runs = page.runs.filter((r) => r.str.length && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const out: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.max(last.size, r.size) * 0.4) {
      last.runs.push(r);
      last.size = Math.max(last.size, r.size);
    } else out.push({ y: r.y, size: r.size, runs: [r] });
  }
  return out
    .map((l) => {
      l.runs.sort((a, b) => a.x - b.x);
      let x1 = -Infinity;
      for (const r of l.runs) x1 = Math.max(x1, r.x + r.width);
      return { page: index, x0: l.runs[0].x, x1, y: l.y, size: l.size, text: joinRuns(l.runs).trim() };
    })
    .filter((l) => l.text);
}

/**
 * A line's runs joined, dropping white space that touches a Chinese character (a layout engine's spacing, not the
 * text's). Pieces are collected and joined once, the last character kept aside: reading the end of a growing string
 * flattens it, which made 200,000 runs on one baseline quadratic.
 */
function joinRuns(runs: TextRun[]): string {
  const parts: string[] = [];
  let last = '';
  for (const { str } of runs) {
    if (!str.trim()) {
      if (parts.length && !CJK.test(last)) {
        parts.push(' ');
        last = ' ';
      }
      continue;
    }
    if (last === ' ' && CJK.test(str[0])) {
      while (parts.length) {
        const t = parts[parts.length - 1].trimEnd();
        if (t) {
          parts[parts.length - 1] = t;
          break;
        }
        parts.pop();
      }
      last = parts.length ? parts[parts.length - 1].slice(-1) : '';
    }
    const piece = str.replace(SPACE_BY_CJK, '');
    if (piece) {
      parts.push(piece);
      last = piece[piece.length - 1];
    }
  }
  return parts.join('');
}

/** Running headers and footers: the same text near the top or bottom of at least half the pages (3 or more). */
function runningLines(pages: Line[][], heights: number[]): Set<string> {
  const seen = new Map<string, number>();
  pages.forEach((ls, i) => {
    const edge = ls
      .filter((l) => l.y > heights[i] * 0.9 || l.y < heights[i] * 0.1)
      .map((l) => l.text.replace(/[0-9０-９]+/g, '#'));
    for (const t of new Set(edge)) seen.set(t, (seen.get(t) ?? 0) + 1);
  });
  const out = new Set<string>();
  for (const [t, n] of seen) if (pages.length >= 3 && n >= pages.length / 2) out.add(t);
  return out;
}

export function pdfParagraphs(pages: PdfPage[]): PdfText {
  const perPage = pages.map((p, i) => lines(p, i + 1));
  const running = runningLines(
    perPage,
    pages.map((p) => p.height),
  );
  const kept = perPage.map((ls, i) =>
    ls.filter((l) => {
      const edge = l.y > pages[i].height * 0.88 || l.y < pages[i].height * 0.12;
      return !(edge && (PAGE_NUMBER.test(l.text) || running.has(l.text.replace(/[0-9０-９]+/g, '#'))));
    }),
  );
  // The text block's edges: the most common left start and the furthest right end of full lines.
  const all = kept.flat();
  const left = mode(all.map((l) => Math.round(l.x0)));
  const right = percentile(
    all.map((l) => l.x1),
    0.9,
  );
  const body = mode(all.map((l) => Math.round(l.size)));
  // A paragraph's lines, joined once at the end (its growing text is never read back).
  const paragraphs: { parts: string[]; page: number }[] = [];
  let prev: Line | undefined;
  for (const l of all) {
    const indent = (l.x0 - left) / l.size;
    const full = (p: Line) => right - p.x1 < p.size * 1.5;
    const pitch = prev && prev.page === l.page ? prev.y - l.y : 0;
    const centred = (p: Line) => p.x0 - left > p.size && Math.abs(p.x0 - left - (right - p.x1)) < p.size;
    // A title in large type, or a subtitle (——…在…会议上), that a hand break set over centred lines, as exports
    // balance them: one line.
    const subtitleGoesOn =
      !!prev &&
      centred(prev) &&
      centred(l) &&
      ((/^[—-]/.test(prev.text) && !/[上）)]$/.test(prev.text)) || prev.size > body * 1.2);
    const continues =
      prev &&
      (full(prev) || subtitleGoesOn) &&
      Math.abs(prev.size - l.size) < prev.size * 0.1 &&
      !(indent > 1.5 && indent < 2.6) &&
      !(pitch > prev.size * 3);
    if (continues && paragraphs.length) {
      const last = paragraphs[paragraphs.length - 1];
      if (/[A-Za-z0-9]$/.test(prev!.text) && /^[A-Za-z0-9]/.test(l.text)) last.parts.push(' ');
      last.parts.push(l.text);
    } else {
      paragraphs.push({ parts: [l.text], page: l.page });
    }
    prev = l;
  }
  return {
    text: paragraphs.map((p) => p.parts.join('')).join('\n') + (paragraphs.length ? '\n' : ''),
    pageOfLine: paragraphs.map((p) => p.page),
  };
}

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = 0,
    bestN = 0;
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > bestN || (n === bestN && x < best)) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

function percentile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
