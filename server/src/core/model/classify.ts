import { parseArabic, parseChineseNumeral } from '../text/numerals';
import type { SectionKind } from './types';

/** Nesting ranks: an entry contains the entries of higher rank that follow it. Markdown headings use their level (1–6). */
export const RANK = {
  part: 10,
  chapter: 20,
  section: 30,
  item: 40,
  subitem: 50,
  list: 53,
  lineLead: 55,
  lead: 60,
} as const;

export interface EntryMatch {
  kind: SectionKind;
  rank: number;
  number: string | null;
  value: number | null;
  marker: string;
  /** Start of the marker and end of the title, as indices into the line's clean text. */
  markerStart: number;
  titleEnd: number;
  title: string;
  markdownLevel: number;
  wholeLine: boolean;
}

const MAX_TITLE = 60;
const CN = '零〇一二两三四五六七八九十百';
const CHAPTER = new RegExp(`^([${CN}]{1,4})[ \\t]*([、．.])[ \\t]*`);
/** 三 坚持…: a chapter numeral with its 、 missing (a fault numbering.style reports), on a short heading line only. */
const CHAPTER_BARE = new RegExp(`^([${CN}]{1,3})[ \\t\u3000]+(?=[\u4e00-\u9fff])`);
const SECTION = new RegExp(`^([（(])[ \\t]*([${CN}]{1,4})[ \\t]*([）)])[ \\t]*`);
const SUBITEM = /^([（(])[ \t]*([0-9０-９]{1,2})[ \t]*([）)])[ \t]*/;
const ITEM = /^([0-9０-９]{1,2})[ \t]*([.、．])(?![0-9０-９%％])[ \t]*/;
/** 一、二季度 / 二、三产业: consecutive numerals listed, not a chapter marker. */
const NUMERAL_AFTER = new RegExp(`^([${CN}]{1,3})(?:、|季|产|月|年|级|类|线|批|期|号|种)`);
function isNumeralList(v: number, rest: string): boolean {
  const m = NUMERAL_AFTER.exec(rest);
  return !!m && parseChineseNumeral(m[1]) === v + 1;
}
const MARKDOWN = /^(#{1,6})[ \t]+/;
const DASH = /^(?:——|--|—)[ \t]*/;
const SENTENCE_END = /[。！？!?；;]/;
const INNER_PUNCT = /[，,。；;！!？?：:]/;
const TIME_ANCHOR =
  /[0-9０-９]{4}\s*年|今年|明年|去年|过去|今后|未来|一年来|[一二三四五]年来|本届|“[^”]{2,6}”|近[一二三四五]年|[一二三四五六七八九十]{1,2}五”?时期/;
const PART_END =
  /(?:回顾|主要工作|重点工作|工作|主要任务|目标任务|重点任务|工作任务|工作思路|工作安排|总体部署|部署|建议|主要目标)$/;
const PART_WORDS = new Set(['工作回顾', '主要工作', '名词解释', '附件', '附录', '附表', '结束语']);
/** 附件1 / 附件二 / 附录: appendices carry their own numbering. */
const APPENDIX = /^(?:附件|附录|附表)[0-9０-９一二三四五六七八九十]{0,3}$/;

/** Is this (marker-free, heading-free) text the title of a part of the report? */
export function isPartTitle(t: string): boolean {
  const s = t.replace(/[：:]$/, '').trim();
  if (PART_WORDS.has(s) || APPENDIX.test(s)) return true;
  if (s.length > 30 || s.length < 4 || INNER_PUNCT.test(s)) return false;
  return PART_END.test(s) && TIME_ANCHOR.test(s);
}

/**
 * The title that follows a marker at `p`: the bold span if there is one, else the first sentence when more
 * text follows it (a heading sentence opening a paragraph), else the rest of the line.
 */
function titleAt(text: string, p: number): { start: number; end: number; wholeLine: boolean } {
  let start = p;
  let limit = text.length;
  if (text.startsWith('**', p)) {
    const close = text.indexOf('**', p + 2);
    if (close > p + 2) {
      start = p + 2;
      limit = close;
    }
  }
  let end = limit;
  let wholeLine = true;
  for (let i = start; i < limit; i++) {
    if (SENTENCE_END.test(text[i])) {
      const rest = text.slice(i + 1).replace(/[\s*”’」』）)]+/g, '');
      if (rest.length > 0) {
        end = i;
        wholeLine = false;
      }
      break;
    }
  }
  if (limit < text.length && text.slice(limit + 2).trim().length > 0) wholeLine = false;
  while (end > start && /[\s。：:；;，,*]/.test(text[end - 1])) end--;
  if (end - start > MAX_TITLE) end = start + MAX_TITLE;
  return { start, end, wholeLine };
}

function entry(
  kind: SectionKind,
  rank: number,
  text: string,
  markerStart: number,
  markerEnd: number,
  num: string | null,
  value: number | null,
  md: number,
): EntryMatch {
  const t = titleAt(text, markerEnd);
  return {
    kind,
    rank,
    number: num,
    value,
    marker: text.slice(markerStart, markerEnd).trim(),
    markerStart,
    titleEnd: Math.max(t.end, markerEnd),
    title: text.slice(t.start, t.end),
    markdownLevel: md,
    wholeLine: t.wholeLine,
  };
}

/** Entries that the line alone decides: markdown headings, parts, numbered markers, dash and bold lead-ins. */
export function classifyLine(text: string): EntryMatch | undefined {
  let p = 0;
  let md = 0;
  const h = MARKDOWN.exec(text);
  if (h) {
    md = h[1].length;
    p = h[0].length;
  }
  let body = text.slice(p);
  // A whole-line bold heading (**一、…**) is classified by what is inside the bold.
  const bold = /^\*\*([^*]+)\*\*\s*$/.exec(body);
  if (bold) {
    p += 2;
    body = bold[1];
  }

  let m = CHAPTER.exec(body);
  if (m) {
    const v = parseChineseNumeral(m[1]);
    if (v !== undefined && !isNumeralList(v, body.slice(m[0].length))) {
      const e = entry('chapter', RANK.chapter, text, p, p + m[0].length, m[1], v, md);
      if (isPartTitle(e.title) && e.wholeLine) e.kind = 'part';
      return e;
    }
  }
  if ((m = CHAPTER_BARE.exec(body)) && body.length <= 32 && !/[。；！？，,]/.test(body)) {
    const v = parseChineseNumeral(m[1]);
    if (v !== undefined && v <= 20) return entry('chapter', RANK.chapter, text, p, p + m[0].length, m[1], v, md);
  }
  if ((m = SECTION.exec(body))) {
    const v = parseChineseNumeral(m[2]);
    if (v !== undefined) return entry('section', RANK.section, text, p, p + m[0].length, m[2], v, md);
  }
  if ((m = SUBITEM.exec(body))) {
    return entry('subitem', RANK.subitem, text, p, p + m[0].length, m[2], parseArabic(m[2]) ?? null, md);
  }
  if ((m = ITEM.exec(body)) && body.length > m[0].length) {
    const v = parseArabic(m[1]);
    if (v !== undefined && v > 0) return entry('item', RANK.item, text, p, p + m[0].length, m[1], v, md);
  }
  const plain = body.trim();
  if (isPartTitle(plain) && !SENTENCE_END.test(plain)) {
    return { ...entry('part', RANK.part, text, p, p, null, null, md), wholeLine: true };
  }
  if ((m = DASH.exec(body)) && body.length - m[0].length >= 4) {
    const e = entry('lead', RANK.lineLead, text, p, p + m[0].length, null, null, md);
    return { ...e, marker: '', markerStart: p + m[0].length };
  }
  if (!md && body.startsWith('**')) {
    const close = body.indexOf('**', 2);
    if (close > 3) {
      const e = entry('lead', bold ? RANK.lineLead : RANK.lead, text, p, p, null, null, 0);
      return { ...e, marker: '', wholeLine: !!bold };
    }
  }
  if (md) return { ...entry('heading', md, text, p, p, null, null, md), wholeLine: true };
  return undefined;
}

const LEAD_STOP =
  /^(?:各位代表|我们|我国|我市|我省|我区|我县|今年|去年|明年|过去|一年来|同时|但是|但|此外|另外|总之|因此|这|其中|目前|当前|近年来|为此|对此|与此同时|如果|只有|经过|回顾|展望|特别是|尤其是|要|综观|纵观|随着|由于|为了|爲了|我們|幾年|根据|在这|在此)/;
const HEADLINE_MAX = 25;
const LEAD_MAX = 30;

/** A short unpunctuated line standing alone above body text, used as an unnumbered sub-heading (seed 002). */
export function headlineCandidate(text: string): EntryMatch | undefined {
  const t = text.trim();
  if (t.length < 4 || t.length > HEADLINE_MAX || INNER_PUNCT.test(t) || LEAD_STOP.test(t)) return undefined;
  if (!/[\u4e00-\u9fff]/.test(t) || /^[●•·○■□◆\-*+]/.test(t) || /[0-9０-９]/.test(t)) return undefined;
  return entry('lead', RANK.lineLead, text, 0, 0, null, null, 0);
}

/** A paragraph opening with a short sentence that names its topic (强化党的创新理论武装。…, seeds 003/004). */
export function sentenceLeadCandidate(text: string): EntryMatch | undefined {
  const stop = text.indexOf('。');
  if (stop < 4 || stop > LEAD_MAX) return undefined;
  const sentence = text.slice(0, stop);
  const rest = text.length - stop - 1;
  if (rest < 20 || rest < stop) return undefined;
  if (LEAD_STOP.test(sentence) || /[0-9０-９：:；;！!？?]/.test(sentence) || /^[●•·○■□◆\-*+“"《]/.test(sentence))
    return undefined;
  if ((sentence.match(/[，,]/g) ?? []).length > 1) return undefined;
  return { ...entry('lead', RANK.lead, text, 0, 0, null, null, 0), titleEnd: stop, title: sentence, wholeLine: false };
}

/**
 * 20.2026年10件民生实事 / 21.5+2就业之家: an item number followed by digits, which alone reads as a decimal. Taken as
 * an item only when it continues the item run before it (the parser checks that).
 */
export function itemContinuationCandidate(text: string): EntryMatch | undefined {
  const m = /^([0-9０-９]{1,2})([.．])(?=[0-9０-９])/.exec(text);
  if (!m) return undefined;
  const v = parseArabic(m[1]);
  return v === undefined ? undefined : entry('item', RANK.item, text, 0, m[0].length, m[1], v, 0);
}
