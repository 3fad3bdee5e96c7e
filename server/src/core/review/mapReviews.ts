/**
 * Reviewers' comments and changes placed in the draft, which may have moved on since the copy was sent. The rule:
 *
 * 1. The paragraph. Texts are compared as typed-alike keys (white space, punctuation width and quotes folded; a
 *    leading number 一、（一）1. and `**`/`#` marks left out, so a renumbered or re-bolded paragraph still matches).
 *    A draft paragraph with the copy's paragraph's exact key is the one (of several, the first in the same chapter).
 *    Else the most similar paragraph by character-bigram Dice, if its Dice is at least SIMILARITY_THRESHOLD — looked
 *    for only in the same chapter when the copy's chapter title (number aside) is still a chapter title of the
 *    draft, else in the whole draft.
 * 2. Within the paragraph, the commented or changed text itself (width-folded), the occurrence nearest to where it
 *    stood in the copy; for an insertion or a comment on a point, the few characters before the point (or after
 *    it). The finding covers that text, or the whole paragraph when the text is no longer there.
 * 3. An item whose paragraph is found nowhere (deleted, or rewritten past the threshold) is kept, unmapped, with its
 *    original text: listed under 未能对应到草稿, never dropped.
 *
 * The threshold, measured on the seed reports (test/core/review/threshold.test.ts, 180 paragraphs of 30 characters
 * or more): a paragraph with 10% of its characters replaced keeps a Dice of 0.82–0.94 with its original, 35%
 * replaced 0.51–0.79, half replaced 0.39–0.66; the most similar *other* paragraph of the same report has a median
 * of 0.16 and a 95th percentile of 0.36, and reaches 0.5 only for a report's own pasted-twice, edited copies (2 of
 * 180). 0.5 keeps every paragraph edited by up to a third, and lets a deleted paragraph go unmapped rather than
 * land on a stranger.
 */
import { comparisonKey, foldedCode } from '../text/chars';
import { modelLayer } from '../model/layers';
import type { ReportModel } from '../model/types';
import { chapterOfLine, chapterSectionOfLine } from './chapters';
import { reviewKey } from './keys';
import { bigramCount, bigrams, dice, diceBound, type Bigrams } from './similarity';
import type { MappedReview, ReviewItem } from './types';

export const SIMILARITY_THRESHOLD = 0.5;

/** How many characters of the copy either side of an insertion point find it again. */
const CONTEXT = 8;
/** How many characters before an insertion point (or a point comment) its finding covers. */
const POINT_SPAN = 6;

const MARKER =
  /^(?:[一二三四五六七八九十百零〇两]{1,4}[、．.]|[（(][一二三四五六七八九十百零〇两0-9０-９]{1,4}[）)]|[0-9０-９]{1,2}[.、．](?![0-9０-９]))\s*/;

/** The key a paragraph is matched on: its words as typed-alike, without heading marks, bold marks or its number. */
export function matchKey(text: string): string {
  return comparisonKey(
    text
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\*\*/g, '')
      .trim()
      .replace(MARKER, ''),
  );
}

interface DraftParagraph {
  line: number;
  start: number;
  end: number;
  key: string;
  chapterKey: string;
  grams?: Bigrams;
}

interface DraftIndex {
  paragraphs: DraftParagraph[];
  byKey: Map<string, DraftParagraph[]>;
  chapterKeys: Set<string>;
}

/** The draft's paragraphs as the mapping reads them, kept with the model (a new text is a new index). */
const indexOf = modelLayer('reviewIndex', (model: ReportModel): DraftIndex => {
  const paragraphs: DraftParagraph[] = [];
  const byKey = new Map<string, DraftParagraph[]>();
  for (const l of model.lines) {
    const role = model.roles[l.index];
    if (!l.text || role === 'blank' || role === 'noise' || role === 'comment') continue;
    const key = matchKey(l.text);
    if (!key) continue;
    const chapter = chapterSectionOfLine(model, l.index);
    const p = {
      line: l.index,
      start: l.contentStart,
      end: l.contentEnd,
      key,
      chapterKey: chapter ? matchKey(chapter.title) : '',
    };
    paragraphs.push(p);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const chapterKeys = new Set(paragraphs.map((p) => p.chapterKey).filter(Boolean));
  return { paragraphs, byKey, chapterKeys };
});

/** The copy's chapter title as a key ('' when it stood before any chapter). */
function chapterKeyOf(label: string): string {
  return label ? matchKey(label) : '';
}

/** The draft paragraph an item's paragraph is (exact key, else the most similar at or over the threshold). */
function paragraphFor(
  index: DraftIndex,
  item: ReviewItem,
): { p: DraftParagraph; score: number; exact: boolean } | undefined {
  const key = matchKey(item.before);
  if (!key) return undefined;
  const chapter = chapterKeyOf(item.chapter);
  const same = index.byKey.get(key);
  if (same) return { p: same.find((p) => p.chapterKey === chapter) ?? same[0], score: 1, exact: true };
  const within = chapter && index.chapterKeys.has(chapter) ? chapter : undefined;
  const grams = bigrams(key);
  const n = bigramCount(key);
  let best: { p: DraftParagraph; score: number } | undefined;
  for (const p of index.paragraphs) {
    if (within !== undefined && p.chapterKey !== within) continue;
    const m = bigramCount(p.key);
    if (diceBound(n, m) < Math.max(SIMILARITY_THRESHOLD, best?.score ?? 0)) continue;
    const score = dice(grams, n, (p.grams ??= bigrams(p.key)), m);
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { p, score };
  }
  return best && { ...best, exact: false };
}

/** One UTF-16 unit for one: width and quotes folded, so offsets in the folded text are the original's. */
function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = foldedCode(s.charCodeAt(i));
    out += c === 0x201c || c === 0x201d ? '"' : c === 0x2018 || c === 0x2019 ? "'" : String.fromCharCode(c);
  }
  return out;
}

/** The occurrence of `needle` in `hay` nearest to `expected`, or -1. */
function nearest(hay: string, needle: string, expected: number): number {
  let best = -1;
  for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1))
    if (best < 0 || Math.abs(k - expected) < Math.abs(best - expected)) best = k;
  return best;
}

/** The span of the item's text (or point) in the paragraph `raw` (paragraph-relative), or undefined. */
function spanIn(raw: string, item: ReviewItem): { start: number; end: number } | undefined {
  const hay = fold(raw);
  const expected = item.before.length ? Math.round((item.offset / item.before.length) * raw.length) : 0;
  const text = item.text.trim() ? item.text : '';
  if (text) {
    const lead = text.length - text.trimStart().length;
    const needle = fold(text.trim());
    const k = nearest(hay, needle, expected + lead);
    return k < 0 ? undefined : { start: k, end: k + needle.length };
  }
  // A point: the characters before it, else those after it.
  const before = fold(item.before.slice(Math.max(0, item.offset - CONTEXT), item.offset).trimStart());
  let at = before ? nearest(hay, before, expected - before.length) : -1;
  if (at >= 0) at += before.length;
  else {
    const after = fold(item.before.slice(item.offset, item.offset + CONTEXT).trimEnd());
    at = after ? nearest(hay, after, expected) : -1;
  }
  if (at < 0) return undefined;
  return at ? { start: Math.max(0, at - POINT_SPAN), end: at } : { start: 0, end: Math.min(raw.length, POINT_SPAN) };
}

/** Every item placed in the draft (the rule above); unmapped ones kept with their original text and chapter. */
export function mapReviews(model: ReportModel, items: readonly ReviewItem[]): MappedReview[] {
  if (!items.length) return [];
  const index = indexOf(model);
  return items.map((item) => {
    const key = reviewKey(item);
    const found = paragraphFor(index, item);
    if (!found) return { item, key, match: 'unmapped', score: 0, anchored: false, chapter: item.chapter };
    const { p } = found;
    const span = spanIn(model.text.slice(p.start, p.end), item);
    return {
      item,
      key,
      match: found.exact ? 'exact' : 'similar',
      score: found.score,
      line: p.line,
      paragraphStart: p.start,
      paragraphEnd: p.end,
      start: span ? p.start + span.start : p.start,
      end: span ? p.start + span.end : p.end,
      anchored: !!span,
      chapter: chapterOfLine(model, p.line),
    };
  });
}
