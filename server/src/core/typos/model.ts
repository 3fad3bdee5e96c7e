/**
 * The statistical model of typo.char, made once per process from the shipped data (typoData.json, built by
 * bench/typoData.ts from jieba's dictionary, pinyin-pro's readings and the corpus): which 2–4-character strings are
 * words and how common, which characters sound alike or look alike, and how often a character stands alone in real
 * reports.
 */

/** The shipped data as JSON holds it (see bench/typoData.ts for how each part is made). */
export interface TypoData {
  about: string;
  /** The dictionary's total count: a word's probability is its count over this. */
  total: number;
  /** `L:b` (or `L:b:n` for names and places, never a correction) → words of L characters whose count is ~2^b. */
  words: Record<string, string>;
  /** `b` → characters whose count as a word of their own is ~2^b. */
  chars: Record<string, string>;
  /** How often a character stands alone (in no dictionary word) in the corpus: `b` → characters seen ~2^b−1 times. */
  solo: { n: number; counts: Record<string, string> };
  /** Characters of place and person names (浙, 闽, 衢): never flagged. */
  protectedChars: string;
  /** Toneless syllable → the characters read so. */
  pinyin: Record<string, string>;
  /** Groups of characters that look alike. */
  shapes: string[];
  /** Windows of the corpus that would look like slips: used in real reports, so never flagged. */
  allow: string;
}

/** Least counts of a correction, by its length: a two-character word must be common to be proposed. */
export const TARGET_BUCKET = [0, 0, 9, 7, 5];
const NAME_TARGET_BUCKET = 12;

export interface TypoModel {
  /** Log-probability of the dictionary word `r.slice(s, s + L)` (2–4 characters), undefined when not a word. */
  wordLpAt(r: string, s: number, L: number): number | undefined;
  /** Is `r.slice(s, s + L)` a dictionary word? Two-character windows by number, not by a new string. */
  isWordAt(r: string, s: number, L: number): boolean;
  /** The lengths (bits 2, 3, 4) of the dictionary words starting at `s` of a run of `n` Chinese characters. */
  wordsFrom(r: string, s: number, n: number): number;
  /** The common words that fill the window `r.slice(s, s + L)` with its character `i` left blank: the corrections. */
  fillsAt(r: string, s: number, L: number, i: number): string[] | undefined;
  /** Log-probability of a character as a word of its own, by the dictionary and by the corpus. */
  charLp(c: string): number;
  soloLp(c: string): number;
  known: Set<string>;
  protectedChars: Set<string>;
  /** Do `a` and `b` share a reading, or look alike? */
  confusable(a: string, b: string): boolean;
  allow: Set<string>;
}

const BASE = 0x4e00;
const SPAN = 0x9fff - BASE + 1;
/** Two Chinese characters as one small integer (a Set of them beats a Map of strings tenfold). */
const pairAt = (r: string, a: number, b: number) => (r.charCodeAt(a) - BASE) * SPAN + (r.charCodeAt(b) - BASE);

/**
 * Small non-negative integers, each with a value, by open addressing in typed arrays: a look-up is a few array
 * reads, and 140,000 words take 2 MB instead of a Map's 10.
 */
class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  constructor(size: number) {
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    this.keys = new Int32Array(cap).fill(-1);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }
  /** Adds `by` to the key's value (0 when new). */
  add(key: number, by: number): void {
    let k = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[k] !== -1 && this.keys[k] !== key) k = (k + 1) & this.mask;
    this.keys[k] = key;
    this.values[k] += by;
  }
  set(key: number, value: number): void {
    let k = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.keys[k] !== -1 && this.keys[k] !== key) k = (k + 1) & this.mask;
    this.keys[k] = key;
    this.values[k] = value;
  }
  /** The key's value, or -1. */
  get(key: number): number {
    for (let k = Math.imul(key, 0x9e3779b1) & this.mask; ; k = (k + 1) & this.mask) {
      const x = this.keys[k];
      if (x === key) return this.values[k];
      if (x === -1) return -1;
    }
  }
  /** Each value replaced by the sum of the values before it (slot order): counts become starting places. */
  toOffsets(): void {
    let sum = 0;
    for (let k = 0; k < this.keys.length; k++) {
      if (this.keys[k] === -1) continue;
      const v = this.values[k];
      this.values[k] = sum;
      sum += v;
    }
  }
  has(key: number): boolean {
    return this.get(key) >= 0;
  }
}

/** A window of L characters at s with its character j left blank, as a 30-bit hash of L, j and the others. */
function maskedHash(r: string, s: number, L: number, j: number): number {
  let h = L * 8 + j;
  for (let k = 0; k < L; k++) if (k !== j) h = (Math.imul(h, 0x01000193) ^ r.charCodeAt(s + k)) & 0x3fffffff;
  return h;
}

/** Two characters exactly (a pair of Chinese characters is below 2^30), three or four as a hash. */
function hashAt(r: string, s: number, L: number): number {
  let h = pairAt(r, s, s + 1);
  for (let k = 2; k < L; k++) h = (Math.imul(h, 0x01000193) ^ r.charCodeAt(s + k)) & 0x3fffffff;
  return h;
}

/** The middle of a bucket [2^b, 2^(b+1)). */
const mid = (b: number) => Math.pow(2, b + 0.5);

export function makeModel(data: TypoData): TypoModel {
  const logTotal = Math.log(data.total);
  // Two-character words by their pair exactly, longer ones by a 30-bit hash (a false word one look-up in 10^4).
  const counts = [0, 0, 0, 0, 0];
  for (const [key, list] of Object.entries(data.words)) counts[+key[0]] += list.length / +key[0];
  const [pairs, triples, quads] = [2, 3, 4].map((L) => new IntMap(counts[L]));
  const targets: string[] = [];
  for (const [key, list] of Object.entries(data.words)) {
    const [L, b, name] = key.split(':');
    const into = [pairs, triples, quads][+L - 2];
    const target = +b >= (name ? NAME_TARGET_BUCKET : TARGET_BUCKET[+L]);
    for (let i = 0; i + +L <= list.length; i += +L) {
      into.set(hashAt(list, i, +L), +b);
      if (target) targets.push(list.slice(i, i + +L));
    }
  }
  const byLength = [pairs, pairs, pairs, triples, quads];
  const bucketLp = Array.from({ length: 32 }, (_, b) => Math.log(mid(b)) - logTotal);
  // Corrections by the window less its blank, hashed: each target under each of its characters, in one array
  // ordered by that hash (counted first, then placed), so a look-up is one probe and a short slice.
  const known = new Set<string>();
  let slots = 0;
  for (const w of targets) slots += w.length;
  const starts = new IntMap(slots);
  for (const w of targets) {
    for (let j = 0; j < w.length; j++) {
      known.add(w[j]);
      starts.add(maskedHash(w, 0, w.length, j), 1);
    }
  }
  starts.toOffsets();
  const filled = new IntMap(slots);
  const ids = new Int32Array(slots);
  targets.forEach((w, k) => {
    for (let j = 0; j < w.length; j++) {
      const h = maskedHash(w, 0, w.length, j);
      ids[starts.get(h) + Math.max(0, filled.get(h))] = k;
      filled.add(h, 1);
    }
  });
  const charLps = new Map<string, number>();
  for (const [b, cs] of Object.entries(data.chars)) for (const c of cs) charLps.set(c, Math.log(mid(+b)) - logTotal);
  const unknownLp = Math.log(0.5) - logTotal;
  const solo = new Map<string, number>();
  for (const [b, cs] of Object.entries(data.solo.counts)) for (const c of cs) solo.set(c, Math.round(mid(+b) - 1));
  const logN = Math.log(data.solo.n);
  const readings = new Map<string, string[]>();
  for (const [syllable, cs] of Object.entries(data.pinyin))
    for (const c of cs) readings.set(c, [...(readings.get(c) ?? []), syllable]);
  /** Each character's sound-alikes and look-alikes, made on first need. */
  const alike = new Map<string, Set<string>>();
  const looks = new Map<string, string>();
  for (const g of data.shapes) for (const c of g) looks.set(c, (looks.get(c) ?? '') + g);
  return {
    wordLpAt: (r, s, L) => {
      const b = byLength[L].get(hashAt(r, s, L));
      return b < 0 ? undefined : bucketLp[b];
    },
    isWordAt: (r, s, L) => byLength[L].has(hashAt(r, s, L)),
    wordsFrom: (r, s, n) => {
      if (s + 1 >= n) return 0;
      let bits = pairs.has(hashAt(r, s, 2)) ? 4 : 0;
      if (s + 3 <= n && triples.has(hashAt(r, s, 3))) bits |= 8;
      if (s + 4 <= n && quads.has(hashAt(r, s, 4))) bits |= 16;
      return bits;
    },
    fillsAt: (r, s, L, i) => {
      const h = maskedHash(r, s, L, i - s);
      const from = starts.get(h);
      if (from < 0) return undefined;
      let out: string[] | undefined;
      for (let k = from, to = from + filled.get(h); k < to; k++) {
        const w = targets[ids[k]];
        // A hash may collide: the word must have the window's characters around the blank.
        let same = w.length === L;
        for (let j = 0; j < L && same; j++) if (j !== i - s && w.charCodeAt(j) !== r.charCodeAt(s + j)) same = false;
        if (same) (out ??= []).push(w);
      }
      return out;
    },
    known,
    charLp: (c) => charLps.get(c) ?? unknownLp,
    soloLp: (c) => Math.log((solo.get(c) ?? 0) + 0.5) - logN,
    protectedChars: new Set(data.protectedChars),
    confusable: (a, b) => {
      let set = alike.get(a);
      if (!set) {
        set = new Set(looks.get(a) ?? '');
        for (const syllable of readings.get(a) ?? []) for (const c of data.pinyin[syllable]) set.add(c);
        set.delete(a);
        alike.set(a, set);
      }
      return set.has(b);
    },
    allow: new Set(data.allow.split(' ')),
  };
}
