/**
 * Character shingles of Chinese prose. Text is reduced to its content characters (CJK, letters, digits; width
 * folded; white space and punctuation dropped), so `,` vs `，` or a space after a comma never matters, and cut
 * into overlapping 3-character grams hashed to 32 bits. 3-grams suit Chinese: a 2-gram is about one word, so
 * unrelated paragraphs on the same topic share many; a 4-gram loses too much under small edits.
 */
import { foldedCode, stringFromCodes } from '../text/chars';

export const GRAM = 3;
/**
 * Winnowing window: any shared run of GRAM + WINDOW - 1 = 10 content characters yields a shared fingerprint, and
 * about one 3-gram in five is kept — enough for the candidate index, small enough to keep it cheap.
 */
export const WINDOW = 8;

const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Scratch buffers of the one-pass paths below (content codes → gram hashes → winnowed picks): a library build
 * fingerprints a million paragraphs, and a string, two arrays and a copy per paragraph were a third of its cost.
 * Single-threaded use only: each call is done with them before it returns.
 */
let codesScratch = new Uint16Array(4096);
let hashScratch = new Uint32Array(4096);
let pickScratch = new Uint32Array(4096);

/** codesScratch, grown to hold `n` codes. */
function codesFor(n: number): Uint16Array {
  if (codesScratch.length < n) codesScratch = new Uint16Array(n * 2);
  return codesScratch;
}

/** The content codes of `text` into codesScratch; their count. */
function contentCodes(text: string): number {
  const codes = codesFor(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = foldedCode(text.charCodeAt(i));
    const k = contentKind(c);
    if (k === CONTENT_CHAR) codes[n++] = c;
    else if (k === DECIDE_BY_CLASS) {
      const pair = isHighSurrogate(text, i);
      if (CONTENT.test(text.slice(i, i + (pair ? 2 : 1)))) {
        codes[n++] = c;
        if (pair) codes[n++] = text.charCodeAt(i + 1);
      }
      if (pair) i++;
    }
  }
  return n;
}

/** The content characters of a text, width-folded. Hot path: common ranges are decided without a regex. */
export function contentOf(text: string): string {
  const n = contentCodes(text); // first: it may replace codesScratch
  return stringFromCodes(codesScratch, n);
}

/** gramHashes of the first `n` codes of codesScratch, into hashScratch; their count. */
function scratchGramHashes(n: number): number {
  const count = n - GRAM + 1;
  if (count <= 0) {
    if (!n) return 0;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ codesScratch[i], 0x01000193);
    hashScratch[0] = h >>> 0;
    return 1;
  }
  if (hashScratch.length < count) hashScratch = new Uint32Array(count * 2);
  const codes = codesScratch,
    out = hashScratch;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < GRAM; j++) h = Math.imul(h ^ codes[i + j], 0x01000193);
    out[i] = h >>> 0;
  }
  return count;
}

/** winnow(gramHashes(contentOf(text))) in one pass, or undefined under `minContent` content characters. */
export function textPrints(text: string, minContent = 0): Uint32Array | undefined {
  const n = contentCodes(text);
  if (n < minContent) return undefined;
  const count = scratchGramHashes(n); // first: it may replace hashScratch
  return winnow(hashScratch.subarray(0, count));
}

/** gramSet(gramHashes(contentOf(text))) in one pass. */
export function textGrams(text: string): Uint32Array {
  const count = scratchGramHashes(contentCodes(text)); // first: it may replace hashScratch
  // Sorted in place: the hashes are scratch.
  return sortedSet(hashScratch.subarray(0, count));
}

/** How many content characters a text has (as contentOf(text).length), without building them. */
export function contentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const k = contentKind(foldedCode(text.charCodeAt(i)));
    if (k === CONTENT_CHAR) n++;
    else if (k === DECIDE_BY_CLASS) {
      const pair = isHighSurrogate(text, i);
      if (CONTENT.test(text.slice(i, i + (pair ? 2 : 1)))) n += pair ? 2 : 1;
      if (pair) i++;
    }
  }
  return n;
}

const NOT_CONTENT = 0,
  CONTENT_CHAR = 1,
  DECIDE_BY_CLASS = 2;
/** The common ranges decided without a regex: CJK, ASCII letters and digits; ASCII, general and CJK punctuation. */
function contentKind(c: number): number {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))
    return CONTENT_CHAR;
  if (c < 0x80 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef))
    return NOT_CONTENT;
  return DECIDE_BY_CLASS;
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
}

/**
 * Content characters and, for each position of `text`, how many content characters precede it — so a slice of the
 * text (a sentence) maps to a slice of the content, and its 3-grams to a slice of the paragraph's.
 */
export function contentWithIndex(text: string): { content: string; before: Uint32Array } {
  // Width folding maps one code unit to one: folded as it is read, without a folded copy of the text.
  const before = new Uint32Array(text.length + 1);
  // Codes into a buffer, one string at the end: appending char by char builds a rope that is flattened later.
  const codes = codesFor(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = n;
    const c = foldedCode(text.charCodeAt(i));
    const k = contentKind(c);
    if (k === CONTENT_CHAR) codes[n++] = c;
    else if (k === DECIDE_BY_CLASS) {
      if (isHighSurrogate(text, i)) {
        if (CONTENT.test(text.slice(i, i + 2))) {
          codes[n++] = c;
          codes[n++] = text.charCodeAt(i + 1);
        }
        before[i + 1] = n;
        i++;
      } else if (CONTENT.test(text[i])) codes[n++] = c;
    }
  }
  before[text.length] = n;
  return { content: stringFromCodes(codes, n), before };
}

/**
 * Hashes of every 3-gram in order (may repeat), for winnowing. The same hash as scratchGramHashes, read from the
 * string: copying its codes into the scratch first cost a full check ~4 %.
 */
export function gramHashes(content: string): Uint32Array {
  const n = content.length - GRAM + 1;
  if (n <= 0) return content.length ? Uint32Array.of(hashString(content)) : new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < GRAM; j++) h = Math.imul(h ^ content.charCodeAt(i + j), 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The distinct gram hashes, sorted: the set that similarity is measured on. */
export function gramSet(hashes: Uint32Array): Uint32Array {
  return sortedSet(Uint32Array.from(hashes));
}

/** Sorts `s` in place and returns a copy of its distinct values (so `s` may be scratch). */
function sortedSet(s: Uint32Array): Uint32Array {
  s.sort();
  let k = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) s[k++] = s[i];
  return s.slice(0, k);
}

/** Winnowing (Schleimer, Wilkerson, Aiken): the minimum hash of each window, deduplicated and sorted. */
export function winnow(hashes: Uint32Array): Uint32Array {
  if (hashes.length <= WINDOW) return gramSet(hashes.length ? Uint32Array.of(Math.min(...hashes)) : hashes);
  if (pickScratch.length < hashes.length) pickScratch = new Uint32Array(hashes.length * 2);
  const picked = pickScratch;
  let k = 0,
    last = -1,
    m = -1;
  for (let i = 0; i + WINDOW <= hashes.length; i++) {
    const end = i + WINDOW - 1;
    // The rightmost minimum of the window: rescanned only when the last one has left it.
    if (m < i) {
      m = i;
      for (let j = i + 1; j <= end; j++) if (hashes[j] <= hashes[m]) m = j;
    } else if (hashes[end] <= hashes[m]) m = end;
    if (m !== last) {
      picked[k++] = hashes[m];
      last = m;
    }
  }
  return sortedSet(picked.subarray(0, k));
}

/** Size of the intersection of two sorted sets. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0,
    j = 0,
    n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) and containment |A∩B| / min(|A|,|B|). */
export function similarity(a: Uint32Array, b: Uint32Array): { dice: number; containment: number } {
  if (!a.length || !b.length) return { dice: 0, containment: 0 };
  const n = overlap(a, b);
  return { dice: (2 * n) / (a.length + b.length), containment: n / Math.min(a.length, b.length) };
}
