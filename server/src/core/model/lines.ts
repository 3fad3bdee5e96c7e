import { leadingIndentLength, trailingSpaceLength } from '../text/chars';
import type { Line } from './types';

const INNER_JUNK = /<U\+00A0>|[\u200B-\u200D\u2060\uFEFF]/g;

/** Splits text into lines with content bounds; CRLF, lone CR, BOM and zero-width characters are handled here once. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push(makeLine(text, lines.length, start, end));
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (start === n) {
      lines.push(makeLine(text, lines.length, n, n));
      break;
    }
  }
  return lines;
}

/** `s` as a string of its own: V8 flattens the concatenation into a new string, and slices that (line-sized). */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function makeLine(text: string, index: number, start: number, end: number): Line {
  const raw = text.slice(start, end);
  const lead = leadingIndentLength(raw);
  const trail = lead >= raw.length ? 0 : trailingSpaceLength(raw);
  const contentStart = start + lead;
  const contentEnd = Math.max(contentStart, end - trail);
  // A copy of its own (flattened through a concatenation), not a slice: a slice keeps the whole document text alive,
  // and the memos keyed by line text, with their values' slices of it, kept every typed version of the document
  // (~80 KB a keystroke on a 35k-character report).
  const content = ownCopy(text.slice(contentStart, contentEnd));
  INNER_JUNK.lastIndex = 0;
  if (!INNER_JUNK.test(content)) {
    return { index, start, end, contentStart, contentEnd, text: content };
  }
  // Rare path: keep a character map so ranges computed on the clean text land on the real characters.
  let clean = '';
  const map: number[] = [];
  for (let i = 0; i < content.length;) {
    if (content.startsWith('<U+00A0>', i)) {
      i += 8;
      continue;
    }
    const c = content.charCodeAt(i);
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) {
      i++;
      continue;
    }
    clean += content[i];
    map.push(contentStart + i);
    i++;
  }
  map.push(contentEnd);
  return { index, start, end, contentStart, contentEnd, text: clean, map: Int32Array.from(map) };
}

/** Document offset of character `i` of a line's clean text. */
export function offsetIn(line: Line, i: number): number {
  if (line.map) return line.map[Math.max(0, Math.min(i, line.map.length - 1))];
  return line.contentStart + Math.max(0, Math.min(i, line.text.length));
}
