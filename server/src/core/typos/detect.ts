/**
 * typo.char's reading of one line: a character flagged when it stands in no dictionary word and one that sounds or
 * looks like it would make a common word there, fitting the words around it, and the text is much likelier so.
 * Linear in the line: three hashed look-ups a character; strings and scores only at the characters that stand alone.
 */
import type { TypoModel } from './model';

/** A suspected slip, in indices of the line's text. */
export interface CharSlip {
  at: number;
  /** The character written and the one meant. */
  have: string;
  want: string;
  /** The window around it as written, and as corrected (a common word). */
  window: string;
  word: string;
  windowStart: number;
}

/** How much likelier (natural log) the corrected text must be, under the dictionary's and the corpus's counts. */
export const PRIOR_DICTIONARY = 10;
export const PRIOR_CORPUS = 11;
/** Or by the corpus's counts alone, by more: the dictionary's single characters are too common (报 高 for 报告). */
export const PRIOR_CORPUS_ALONE = 16;

const CJK = /[\u4e00-\u9fff]/;
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const NUMERALS = '零一二三四五六七八九十百千万亿两〇○';
/** Quotes and titles: what is inside is quoted or a name (“一企来办”, 《条例》), never corrected. */
const OPEN = '“‘「『《〈';
const CLOSE = '”’」』》〉';
/** After these a name follows (主任张三); before the second set a name precedes (张三同志). */
const TITLE_BEFORE_NAME =
  /(?:书记|主任|省长|市长|县长|区长|州长|主席|委员长|总理|部长|厅长|局长|秘书长|院长|检察长|委员|代表|同志)$/;
const NAME_BEFORE = /^(?:同志|先生|女士|老师|院士|教授|书记|主任|省长|市长|县长|区长)/;
const TITLE_ENDS = '记任长席理员表志';
const NAME_BEFORE_STARTS = '同先女老院教书主省市县区';

const OPENS = 1;
const CLOSES = 2;
const NUMERAL = 3;
/** A place suffix: the two characters before it are a place's name (株洲市, 曹妃甸区). */
const PLACE = 4;
/** What each character is to the mask, by code: one look-up a character. */
const KIND = new Uint8Array(0x10000);
for (const c of OPEN) KIND[c.charCodeAt(0)] = OPENS;
for (const c of CLOSE) KIND[c.charCodeAt(0)] = CLOSES;
for (const c of NUMERALS) KIND[c.charCodeAt(0)] = NUMERAL;
for (const c of '省市县州镇乡村区旗盟') KIND[c.charCodeAt(0)] = PLACE;
const TITLE_END = new Uint8Array(0x10000);
for (const c of TITLE_ENDS) TITLE_END[c.charCodeAt(0)] = 1;
const NAME_NEXT = new Uint8Array(0x10000);
for (const c of NAME_BEFORE_STARTS) NAME_NEXT[c.charCodeAt(0)] = 1;

/** Characters never to flag: inside quotes or titles, names before titles and 同志, places, numerals. */
export function protectedMask(t: string): Uint8Array {
  const mask = new Uint8Array(t.length);
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    const kind = KIND[code];
    if (kind === OPENS) depth++;
    else if (kind === CLOSES) depth = Math.max(0, depth - 1);
    else if (code === 0x22) ascii = !ascii;
    if (depth > 0 || ascii || kind === NUMERAL) mask[i] = 1;
    else if (kind === PLACE) mask.fill(1, Math.max(0, i - 2), i);
    // Names: up to three characters after a title, before 同志 and the like.
    if (
      i > 0 &&
      TITLE_END[t.charCodeAt(i - 1)] &&
      CJK.test(t[i]) &&
      TITLE_BEFORE_NAME.test(t.slice(Math.max(0, i - 3), i))
    )
      mask.fill(1, i, Math.min(t.length, i + 3));
    if (NAME_NEXT[code] && NAME_BEFORE.test(t.slice(i, i + 2))) mask.fill(1, Math.max(0, i - 3), i);
  }
  return mask;
}

/** The best segmentation's log-probability of a short string, single characters scored by `charLp`. */
function segmentScore(s: string, m: TypoModel, charLp: (c: string) => number): number {
  const best = new Float64Array(s.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let e = 1; e <= s.length; e++) {
    best[e] = best[e - 1] + charLp(s[e - 1]);
    for (let L = 2; L <= 4 && L <= e; L++) {
      const lp = m.wordLpAt(s, e - L, L);
      if (lp !== undefined && best[e - L] + lp > best[e]) best[e] = best[e - L] + lp;
    }
  }
  return best[s.length];
}

export interface DetectOptions {
  /** Windows used in real reports (default: the model's corpus list). */
  allowed?: (window: string) => boolean;
  /** How often a character stands alone (default: the model's corpus counts); the evaluation leaves a report out. */
  soloLp?: (c: string) => number;
  /**
   * Called with every window that could be a slip here, before the corpus list and the margins are asked: how the
   * corpus list is made (a window real reports use where it would be suspected).
   */
  collect?: (window: string) => void;
  /** The three margins (the evaluation tries others). */
  priors?: [number, number, number];
}

let minStart = new Int32Array(256);
let maxEnd = new Int32Array(256);

/** The suspected slips of one line of text. */
export function detectSlips(t: string, m: TypoModel, opts: DetectOptions = {}): CharSlip[] {
  const allowed = opts.allowed ?? ((w: string) => m.allow.has(w));
  const soloLp = opts.soloLp ?? m.soloLp;
  const [priorDictionary, priorCorpus, priorCorpusAlone] = opts.priors ?? [
    PRIOR_DICTIONARY,
    PRIOR_CORPUS,
    PRIOR_CORPUS_ALONE,
  ];
  const out: CharSlip[] = [];
  const n = t.length;
  if (minStart.length < n) {
    minStart = new Int32Array(n * 2);
    maxEnd = new Int32Array(n * 2);
  }
  // Where the dictionary words over each character start and end (runs of Chinese characters, indices into t).
  minStart.fill(n, 0, n);
  maxEnd.fill(-1, 0, n);
  const runEnd = new Int32Array(n);
  for (let a = 0; a < n;) {
    if (!isHan(t.charCodeAt(a))) {
      a++;
      continue;
    }
    let e = a + 1;
    while (e < n && isHan(t.charCodeAt(e))) e++;
    runEnd.fill(e, a, e);
    for (let s = a; s < e - 1; s++) {
      const bits = m.wordsFrom(t, s, e);
      for (let L = 2; L <= 4; L++) {
        if (!(bits & (1 << L))) continue;
        for (let j = s; j < s + L; j++) {
          if (s < minStart[j]) minStart[j] = s;
          if (s + L > maxEnd[j]) maxEnd[j] = s + L;
        }
      }
    }
    a = e;
  }
  let mask: Uint8Array | undefined;
  for (let i = 0; i < n; i++) {
    if (maxEnd[i] >= 0 || !runEnd[i]) continue;
    const c = t[i];
    if (!m.known.has(c) || m.protectedChars.has(c)) continue;
    mask ??= protectedMask(t);
    if (mask[i]) continue;
    const e = runEnd[i];
    let a = i;
    while (a > 0 && runEnd[a - 1] === e) a--;
    let best: CharSlip | undefined;
    let bestGain = 0;
    for (let L = 2; L <= 4; L++) {
      for (let s = Math.max(a, i - L + 1); s <= i && s + L <= e; s++) {
        // The corrected word must not cut a word of the text in two (再会 from 在会上 would).
        let fits = true;
        for (let j = s; j < s + L && fits; j++)
          if (j !== i && (mask[j] || (maxEnd[j] >= 0 && (minStart[j] < s || maxEnd[j] > s + L)))) fits = false;
        if (!fits) continue;
        const fills = m.fillsAt(t, s, L, i);
        if (!fills) continue;
        const window = t.slice(s, s + L);
        const alike = (word: string) => !NUMERALS.includes(word[i - s]) && m.confusable(c, word[i - s]);
        if (opts.collect) {
          if (fills.some(alike)) opts.collect(window);
          continue;
        }
        if (allowed(window)) continue;
        for (const word of fills) {
          if (!alike(word)) continue;
          const want = word[i - s];
          const from = Math.max(a, i - 4);
          const to = Math.min(e, i + 5);
          const written = t.slice(from, to);
          const meant = t.slice(from, i) + want + t.slice(i + 1, to);
          const byCorpus = segmentScore(meant, m, soloLp) - segmentScore(written, m, soloLp);
          const gain = Math.max(
            Math.min(
              segmentScore(meant, m, m.charLp) - segmentScore(written, m, m.charLp) - priorDictionary,
              byCorpus - priorCorpus,
            ),
            byCorpus - priorCorpusAlone,
          );
          if (gain > bestGain) {
            best = { at: i, have: c, want, window, word, windowStart: s };
            bestGain = gain;
          }
        }
      }
    }
    if (best) out.push(best);
  }
  return out;
}
