/**
 * How an item reads to a drafter: the finding's message (「市财政局：建议改为……」), the 意见 cell of the table, and the
 * 原文 cell (the sentence of the copy the item stands in).
 */
import type { Localized } from '../localized';
import type { ReviewItem } from './types';

/** Longest quoted text in a message; the table keeps it whole. */
const QUOTE_CHARS = 120;

function clip(s: string, n = QUOTE_CHARS): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}……` : t;
}

/** What the reviewer asks, in a drafter's words (no unit): 将“X”改为“Y”, 删去“X”, 增加“Y”, or the comment. */
export function opinionOf(item: ReviewItem, n = Infinity): Localized {
  const x = clip(item.text, n);
  const y = clip(item.content, n);
  switch (item.kind) {
    case 'comment':
      return { zh: y, en: y };
    case 'replace':
      return { zh: `将“${x}”改为“${y}”`, en: `change “${x}” to “${y}”` };
    case 'delete':
      return item.moved
        ? { zh: `将“${x}”移至他处`, en: `move “${x}” elsewhere` }
        : { zh: `删去“${x}”`, en: `delete “${x}”` };
    default:
      if (item.newParagraph) return { zh: `在此段后增加一段：“${y}”`, en: `add a paragraph after this one: “${y}”` };
      return item.moved ? { zh: `移入“${y}”`, en: `move “${y}” here` } : { zh: `增加“${y}”`, en: `insert “${y}”` };
  }
}

/** The finding's message: 「市财政局：建议改为……」. */
export function reviewMessage(item: ReviewItem): Localized {
  const o = opinionOf(item, QUOTE_CHARS);
  return {
    zh: `${item.unit}：${o.zh}`,
    en: `${item.unit} (${item.kind === 'comment' ? 'comment' : 'tracked change'}): ${o.en}`,
  };
}

const SENTENCE_END = /[。！？；!?;]/;

/** The sentence of the copy the item stands in (its text and what is around it), for the table's 原文. */
export function originalOf(item: ReviewItem): string {
  const p = item.before;
  if (!p) return item.text;
  let from = Math.min(item.offset, p.length);
  while (from > 0 && !SENTENCE_END.test(p[from - 1])) from--;
  let to = Math.min(p.length, item.offset + item.text.length);
  // The text itself may end a sentence; a point at a sentence's end belongs to the sentence before.
  if (to > from && SENTENCE_END.test(p[to - 1])) return p.slice(from, to).trim() || item.text;
  while (to < p.length && !SENTENCE_END.test(p[to])) to++;
  return p.slice(from, Math.min(p.length, to + 1)).trim() || item.text;
}
