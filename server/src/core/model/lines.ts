import { leadingIndentLength, trailingSpaceLength } from '../text/chars';
import type { Line } from './types';

const INNER_JUNK = /<U\+00A0>|[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Splits text into lines with content bounds; CRLF, lone CR, BOM and zero-width characters are handled here once.
 * `previous`: the lines of the document's last version. A line whose text is unchanged takes that version's string
 * (aligned from the start, and from the end past an edit), so the per-text memos find it by identity and no copy
 * is made; the others are copies of their own (see ownCopy).
 */
export function splitLines(text: string, previous?: readonly Line[]): Line[] {
  const lines: Line[] = [];
  // Where a line of this version sits in the last one aligned from the end (past the edit): counted when first needed.
  let shift: number | undefined;
  const reuse = previous
    ? (index: number, slice: string) => {
        const same = previous[index]?.text;
        if (same === slice) return same;
        shift ??= previous.length - lineCount(text);
        const fromEnd = previous[index + shift]?.text;
        return fromEnd === slice ? fromEnd : undefined;
      }
    : undefined;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push(makeLine(text, lines.length, start, end, reuse));
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (start === n) {
      lines.push(makeLine(text, lines.length, n, n, reuse));
      break;
    }
  }
  return lines;
}

/** How many lines splitLines makes of `text`. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * `s` as a string of its own: V8 flattens the concatenation into a new string and slices that (line-sized). Slices
 * under 13 characters are copies already (V8 makes a sliced string from that length up).
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function makeLine(
  text: string,
  index: number,
  start: number,
  end: number,
  reuse?: (index: number, slice: string) => string | undefined,
): Line {
  const raw = text.slice(start, end);
  const lead = leadingIndentLength(raw);
  const trail = lead >= raw.length ? 0 : trailingSpaceLength(raw);
  const contentStart = start + lead;
  const contentEnd = Math.max(contentStart, end - trail);
  const slice = text.slice(contentStart, contentEnd);
  const kept = reuse?.(index, slice);
  if (kept !== undefined) return { index, start, end, contentStart, contentEnd, text: kept };
  // A copy of its own (flattened through a concatenation), not a slice: a slice keeps the whole document text alive,
  // and the memos keyed by line text, with their values' slices of it, kept every typed version of the document
  // (~80 KB a keystroke on a 35k-character report).
  const content = ownCopy(slice);
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
