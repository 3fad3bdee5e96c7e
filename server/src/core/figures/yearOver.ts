/**
 * Year over year: what a draft made from last year's report still holds of it. A figure of this year's review
 * equal to last year's figure of the same quantity (the figures of extract.ts, each for its report's reviewed year,
 * matched by value, unit and the words before them, folded by the metric synonyms), and a counter that should have
 * moved (连续第五年, 连续4年, 第十届…博览会) left as it was.
 */
import { offsetIn } from '../model/lines';
import { timeFrame } from '../model/timeFrame';
import type { ReportModel } from '../model/types';
import { parseArabic, parseChineseNumeral } from '../text/numerals';
import { extractFigures, type Figure } from './extract';
import { fold } from './metricPhrase';

/** Last year's report of the place, parsed, as the library gives it. */
export interface LastYearReport {
  model: ReportModel;
  uri: string;
  /** The year the library files it under (the year it was given). */
  year?: number;
}

/** A figure of this year's review, and last year's figure of the same quantity with the same value. */
export interface UnchangedFigure {
  here: Figure;
  last: Figure;
  /** Last year's words: its clause up to and with the figure (…召开常委会会议9次), as that report wrote them. */
  said: string;
}

/** How much of their words two figures' phrases share (Dice of character pairs) for them to be one quantity. */
const SAME_PHRASE = 0.4;
/** A value this common (a growth rate of a few per cent, a count under ten) needs the phrase nearly the same. */
const SAME_PHRASE_COMMON = 0.6;
/** How many characters before a figure say what it counts (its sentence's, up to there). */
const PHRASE = 16;

/** A figure of a review with the words before it: what is compared across two reports. */
interface Stated {
  figure: Figure;
  phrase: string;
  /** A rate of growth (1), of fall (-1), or neither (0), by the verb just before the figure. */
  growth: number;
  pairs: Set<string>;
}

/**
 * The figures of a report's review that state a value of its reviewed year: in the review part, not another
 * period's (上年, 累计, 年均, 五年…), not the start of a span (由54万亿元增加到…).
 */
function reviewFigures(model: ReportModel): Stated[] {
  const planStart = timeFrame(model)?.planStart ?? Infinity;
  const out: Stated[] = [];
  for (const f of extractFigures(model)) {
    // A small count in Chinese numerals names a thing (八项规定, 两个大局), not a statistic of the year.
    if (f.line >= planStart || (f.value < 10 && !/[0-9０-９]/.test(f.text))) continue;
    const clauseBefore = f.clause.slice(0, f.clauseOffset);
    if (OTHER_PERIOD.test(clauseBefore)) continue;
    const after = f.clause.slice(f.clauseOffset + f.text.length, f.clauseOffset + f.text.length + 4);
    if (/^(?:增加|提高|上升|增长|扩大|下降|减少)到/.test(after)) continue;
    const line = model.lines[f.line];
    const phrase = phraseBefore(line.text.slice(0, f.start - line.contentStart));
    if (phrase.length < 2) continue;
    out.push({
      figure: f,
      phrase,
      growth: growthOf(clauseBefore.replace(/[^\u4e00-\u9fff]/g, '')),
      pairs: charPairs(phrase),
    });
  }
  return out;
}

/** A number with its multiplier and unit (67.7万亿元, 1.15万亿美元, 1322万人): not words of the phrase. */
const NUMBER_WITH_UNIT =
  /[0-9０-９.．]+\s*(?:万亿|亿|万|千)?(?:多|余)?(?:美元|元|人次|人|吨|斤|个百分点|个|户|套|项|件|次|家|公里|千瓦|平方米|亩|%|％)?/g;

/** Verbs and links between what is counted and the number (…收入比上年实际增长 → …收入). */
const LINK =
  /(?:比上年|同比|较上年)?(?:实际)?(?:增长|上涨|提高|增加|上升|下降|降低|减少|达到|达|为|是|突破|超过|超|有|共|全年|去年|分别)+$/;

/**
 * What a figure counts, in the words before it: its clause, less the verb before the number; when that leaves
 * almost nothing (…增长9.1%，达到11.67万亿元), the clause before it too. Numbers and punctuation are left out.
 */
function phraseBefore(text: string): string {
  const sentence = text.slice(-60).replace(/^.*[。；！？]/, '');
  const clauses = sentence
    .split(/[，,：:]/)
    .map((c) => fold(c.replace(NUMBER_WITH_UNIT, '').replace(/[^\u4e00-\u9fff]/g, '')).replace(LINK, ''));
  let phrase = clauses.pop() ?? '';
  while (phrase.length < 4 && clauses.length) phrase = clauses.pop()! + phrase;
  return phrase.slice(-PHRASE);
}

/** Words that put a figure on another period than the year reviewed (a rate against last year is this year's). */
const OTHER_PERIOD =
  /年均|累计|以来|五年|历年|上半年|下半年|季度|[0-9０-９一二三四五六七八九十]+月|前[三四五]|近[三四五十]年|过去|十[一二三四五]五|总计|合计/;

function charPairs(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return a.size + b.size ? (2 * common) / (a.size + b.size) : 0;
}

/** A value many figures share by chance: a small whole or half number (3%, 8.5%, 12个). */
const common = (f: Figure) => f.value < 20 && Number.isInteger(f.value * 2);

/**
 * The review's figures still equal to last year's (reports a year apart, by their time frames): the same value
 * and unit, the same kind (a rate or an amount), and words before it that say the same thing — a metric renamed
 * between years (中央财政科技投入 / 中央财政用于科技的支出) still shares most of its characters.
 */
export function unchangedFigures(model: ReportModel, last: ReportModel): UnchangedFigure[] {
  const reviewed = timeFrame(model)?.reviewed;
  const lastReviewed = timeFrame(last)?.reviewed;
  if (reviewed === undefined || lastReviewed === undefined || lastReviewed !== reviewed - 1) return [];
  const byValue = new Map<string, Stated[]>();
  for (const t of reviewFigures(last)) {
    const key = `${t.figure.value}|${t.figure.unit}|${t.figure.kind}`;
    byValue.set(key, [...(byValue.get(key) ?? []), t]);
  }
  const out: UnchangedFigure[] = [];
  for (const s of reviewFigures(model)) {
    const need = common(s.figure) ? SAME_PHRASE_COMMON : SAME_PHRASE;
    const match = byValue
      .get(`${s.figure.value}|${s.figure.unit}|${s.figure.kind}`)
      ?.find((t) => t.growth === s.growth && dice(s.pairs, t.pairs) >= need);
    if (match) out.push({ here: s.figure, last: match.figure, said: saidIn(last, match.figure) });
  }
  return out;
}

/** A rate of growth or fall, by the verb before it (增长8% is not 占8%). */
const growthOf = (phrase: string) =>
  /(?:增长|上涨|提高|增加|上升)了?$/.test(phrase) ? 1 : /(?:下降|降低|减少|回落)了?$/.test(phrase) ? -1 : 0;

/** The words of a figure's clause up to and with it, at most SAID characters (what a message quotes). */
function saidIn(model: ReportModel, f: Figure): string {
  const line = model.lines[f.line];
  const at = f.start - line.contentStart;
  const before = line.text
    .slice(Math.max(0, at - SAID), at)
    .replace(/^.*[，。；：、,;:]/, '')
    .trimStart();
  return before + f.text;
}
const SAID = 16;

/** A counter that moves every year: 连续第五年, 连续4年, 连续三届, 第十届…博览会. */
export interface Counter {
  /** Offsets of the number in the document. */
  start: number;
  end: number;
  value: number;
  /** The number as written (五, 4, ４). */
  number: string;
  /** What is counted, with the words after it: the key that finds it again in last year's report. */
  key: string;
}

/** 连续(第)N年/届/次, or 第N届 of an event held every year. */
const COUNTER =
  /连续(第)?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(年|届|次)|第([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(届)(?=[^，。；]{0,14}?(?:博览会|交易会|论坛|峰会|运动会|文化节|旅游节|艺术节|节|展览会|展会|大赛|赛事))/g;

/** Every counter of the text, with the words after it (up to the clause's end) as its key. */
export function countersOf(model: ReportModel): Counter[] {
  const out: Counter[] = [];
  for (const line of model.lines) {
    if (model.roles[line.index] !== 'body' || !/连续|第/.test(line.text)) continue;
    COUNTER.lastIndex = 0;
    for (let m = COUNTER.exec(line.text); m; m = COUNTER.exec(line.text)) {
      const number = m[2] ?? m[4];
      const value = /[0-9０-９]/.test(number) ? parseArabic(number) : parseChineseNumeral(number);
      if (value === undefined) continue;
      const at = m.index + m[0].indexOf(number, m[0].startsWith('连续') ? 2 : 1);
      // What is counted: the words right after (连续7年增产 → 增产), the same next year in the same words.
      const after = line.text
        .slice(m.index + m[0].length)
        .replace(/[^\u4e00-\u9fff，。；：、]/g, '')
        .match(/^[^，。；：、]{0,4}/)![0];
      out.push({
        start: offsetIn(line, at),
        end: offsetIn(line, at + number.length),
        value,
        number,
        key: `${m[0].replace(number, 'N')}|${after}`,
      });
    }
  }
  return out;
}

/** This year's counters still at last year's value (the same counter by the words around it). */
export function unmovedCounters(model: ReportModel, last: ReportModel): { here: Counter; last: Counter }[] {
  const past = new Map<string, Counter>();
  for (const c of countersOf(last)) if (!past.has(c.key)) past.set(c.key, c);
  const out: { here: Counter; last: Counter }[] = [];
  for (const c of countersOf(model)) {
    const p = past.get(c.key);
    if (p && p.value === c.value) out.push({ here: c, last: p });
  }
  return out;
}
