/**
 * The figure model: every number of the report's body with its value, unit, the metric it counts (a key built
 * from the words before or after it), whether it speaks of the current period, its part and its span. Years,
 * dates, ordinals, document numbers and numbers inside quoted slogans are recognised and never taken as counts.
 */
import { modelLayer } from '../model/layers';
import { offsetIn } from '../model/lines';
import { registerMemo } from '../text/memo';
import { isSentenceEnd } from '../text/chars';
import type { ReportModel } from '../model/types';
import { parseChineseNumeral } from '../text/numerals';
import { arabicValue, MULTIPLIER } from './numbers';

export type FigureKind = 'count' | 'percent' | 'money' | 'points';

export interface Figure {
  value: number;
  /** Decimals as written (for rates: the stated precision). */
  decimals: number;
  approx: boolean;
  unit: string;
  kind: FigureKind;
  /** Normalised metric key, or undefined when the words around it do not name one. */
  metric?: string;
  /** False for statements about other periods or totals over years (上年, 累计, 连续, 以来, 数量达到…). */
  current: boolean;
  /** Its sentence speaks of a longer span than the year (五年来, “十四五”时期, 换届以来…). */
  longerSpan: boolean;
  paragraph: number;
  line: number;
  /** Index of the top-level outline entry (part) the figure is in; -1 before any. */
  part: number;
  sentence: number;
  /** The clause the number stands in, and the number's position in it. */
  clause: string;
  clauseOffset: number;
  start: number;
  end: number;
  text: string;
}

const UNITS =
  '个百分点|人次|件次|场次|户次|批次|万元|亿元|元|个|件|部|项|次|名|人|家|场|条|批|篇|所|位|座|处|期|天|公里|千米|亩|吨|辆|套|台|栋|户|类|种|轮|支|块|宗|起|份';
const NUMBER = new RegExp(
  `(近|约|超过|超|逾|不到|不足)?` +
    `((?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)` +
    `(万|亿|千)?(余|多)?(%|％|‰|${UNITS})?(以上|左右|多)?`,
  'g',
);
const OTHER_PERIOD =
  /上年|去年|前年|同比|比上年|较上年|连续|累计|以来|年均|五年|十四五|十五五|十三五|历年|历史|总数|总量|数量|达到\d+部|至今|平均|季度|上半年|下半年|前三|[一二三四五六七八九十]{1,2}月|月末|月底|每年|届内|任期|过去/;
/** A rate of a total (信访总量下降4%, 数量增长20%) is the year's rate: only counts take 总量/数量 for a total over years. */
const OTHER_PERIOD_RATE = new RegExp(OTHER_PERIOD.source.replace('总数|总量|数量|', ''));
const otherPeriod = (kind: FigureKind) => (kind === 'percent' ? OTHER_PERIOD_RATE : OTHER_PERIOD);
const VERB_PREFIX =
  /^(?:全年|一年来|今年|去年|上年|前年|明年|本年|近几年|近年来|比上年多|比上年|较上年|目前|其中|共|累计|总共|共计|先后|依法|认真|组织|全面|深入|扎实|积极)*(?:召开|审议通过|审查批准|审议|听取和审议|听取审议|听取|开展|作出|制定|出台|修订|修改|批准|任免|接收|收到|收集到|收集|受理|办理|办结|交办|督办|提出|完成|新建|建立|举办|培训|发现|反映|解决|整改|走访|接待|联系)*/;
/** Words that make a sentence about more than the year (五年来, 时期, 本届, 换届以来…). */
export const LONGER_SPAN = /五年|时期|(?:规划|计划)期|本届|届内|(?:换届|十八大|十九大|二十大|五年|本届|任期)以来/;
const QUOTED = /“[^”]*”|"[^"]*"|《[^》]*》|〔[^〕]*〕|【[^】]*】/g;

function kindOf(unit: string): FigureKind {
  if (unit === '%' || unit === '％' || unit === '‰') return 'percent';
  if (unit === '个百分点') return 'points';
  if (unit.endsWith('元')) return 'money';
  return 'count';
}

/** Verbs that come before a counted noun: what a count is of starts after the last of them. */
const COUNT_VERB =
  /新建成|形成|召开|审议通过|审查批准|听取和审议|听取审议|审议|听取|开展|作出|制定出台|制定|出台|修订|修改|批准|任免|接收|收到|收集到|收集|受理|办理|办结|交办|督办|提出|完成|新建|建立|举办|培训|发现|反映|解决|整改|走访|接待|联系|组织|实施|推出|引进|新增|建成|实现|达到/g;
/** Subjects and scopes that name the same body: 人大常委会会议 is 常委会会议, 全市生产总值 is 生产总值. */
const SCOPE = /^(?:(?:市|省|全市|全省|县|区)?人大(?=常委会)|全市|全省|全区|全县|全国|我市|我省|我区|本市|全年|一年来)+/;
const LEADING_VERBS = new RegExp(`^(?:${COUNT_VERB.source})+`);
const TRAILING = /(?:的|共|达|为|计|有|约|近|超过|超|分别|又|再|也|均|都|等)+$/;
const CHANGE = /(?:增长了?|下降了?|提高了?|降低了?|上涨了?|减少了?|增加了?|回落|上升)$/;

/**
 * The metric a figure speaks of: the noun phrase before it in its clause, from after its last verb (常委会共召开常委会
 * 会议9次 → 常委会会议), with scopes and a change verb dropped (全市生产总值增长5.4% → 生产总值); else the noun after
 * it (召开10次常委会会议 → 常委会会议). The same thing counted in any of these phrasings gets the same key.
 */
export function metricOf(before: string, after: string): string | undefined {
  // A count earlier in the clause (17个重点传统制造业增加值增长5.3%) is not part of the noun.
  let noun = before.replace(/^.*[0-9０-９][万亿千]?[个项件次部家名位所座条批]?/, '').replace(/[^\u4e00-\u9fff]/g, '');
  let lastVerbEnd = -1,
    lastVerbStart = -1;
  COUNT_VERB.lastIndex = 0;
  for (let m = COUNT_VERB.exec(noun); m; m = COUNT_VERB.exec(noun)) {
    lastVerbStart = m.index;
    lastVerbEnd = m.index + m[0].length;
  }
  // 生产总值达到5.67万亿元: a linking verb right before the number leaves the noun before it.
  // (Unless the noun follows the number: 首次实现22个阿拉伯国家.)
  const follows = after.replace(/[^\u4e00-\u9fff].*$/, '').length >= 2;
  if (lastVerbEnd === noun.length && !follows && /(?:达到|突破|实现)$/.test(noun))
    noun = noun.slice(0, lastVerbStart).replace(VERB_PREFIX, '');
  else noun = lastVerbEnd >= 0 ? noun.slice(lastVerbEnd) : noun.replace(VERB_PREFIX, '');
  // A measure word left by the count before (17个重点传统制造业…) and scopes go; so do a change verb and 实际.
  noun = noun
    .replace(/^(?:了|共|计|各类|各项|对|向|为)+/, '')
    .replace(SCOPE, '')
    .replace(/^(?:市|省)(?=[\u4e00-\u9fff]{3})/, '');
  noun = noun.replace(TRAILING, '').replace(CHANGE, '').replace(/实际$/, '').replace(TRAILING, '');
  if (noun.length >= 2 && noun.length <= 16) return noun;
  const post = after
    .replace(/[^\u4e00-\u9fff].*$/, '')
    .replace(/(?:的|和|及|与|并|进行|开展).*$/, '')
    .replace(LEADING_VERBS, '')
    .replace(SCOPE, '')
    .replace(/^(?:市|省)(?=[\u4e00-\u9fff]{3})/, '');
  if (post.length >= 2 && post.length <= 12) return post;
  return undefined;
}

type TextFigure = Omit<Figure, 'paragraph' | 'line' | 'part' | 'sentence' | 'start' | 'end'> & {
  from: number;
  to: number;
  sentenceInText: number;
};

/** Figures of one paragraph's text, memoised by text: typing in one paragraph re-reads that paragraph only. */
const textMemo = new Map<string, { figures: TextFigure[]; sentences: number }>();
const TEXT_MEMO_LIMIT = 20_000;

/** Forgets the per-text memo (benchmarks measure cold runs). */
export function resetFigureMemo(): void {
  textMemo.clear();
}
registerMemo(resetFigureMemo);

/**
 * What bounds a clause, as bits of a table indexed by UTF-16 code: characters are looked up one by one (a
 * string's includes() of each made a string of it; a Set's has() hashed it).
 */
const CLAUSE_OPEN = 2,
  CLAUSE_CLOSE = 4;
const PUNCTUATION = new Uint8Array(0x10000);
for (const [chars, bit] of [
  ['，,、；;：:。！？（(', CLAUSE_OPEN],
  ['，,、；;：:。！？）)', CLAUSE_CLOSE],
] as const)
  for (const c of chars) PUNCTUATION[c.charCodeAt(0)] |= bit;
const is = (code: number, bit: number) => (PUNCTUATION[code] & bit) !== 0;

/** How far a clause and a sentence reach from a number, at most (real clauses are far shorter). */
const CLAUSE_REACH = 200;
const SENTENCE_REACH = 600;

function figuresOfText(t: string): { figures: TextFigure[]; sentences: number } {
  const hit = textMemo.get(t);
  if (hit) return hit;
  const figures: TextFigure[] = [];
  // Numbers inside quotes, book titles and document numbers are names, not figures.
  const masked = t.replace(QUOTED, (m) => '　'.repeat(m.length));
  const sentenceBounds: number[] = [];
  for (let i = 0; i < t.length; i++) if (isSentenceEnd(t.charCodeAt(i))) sentenceBounds.push(i);
  NUMBER.lastIndex = 0;
  let sentenceAt = 0; // sentenceBounds[sentenceAt] is the first bound at or after the current number
  for (let m = NUMBER.exec(masked); m; m = NUMBER.exec(masked)) {
    if (!m[2]) {
      NUMBER.lastIndex = m.index + 1;
      continue;
    }
    const numStart = m.index + (m[1]?.length ?? 0);
    const before = masked[numStart - 1] ?? '';
    // Only the next few characters matter: slicing the whole rest per number grew with the square of the text.
    const afterAll = masked.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const unit = m[5] ?? '';
    const isChinese = /^[零〇一二两三四五六七八九十百千]+$/.test(m[2]);
    // Ordinals, years, dates, ranges, document numbers: not figures.
    if (before === '第' || (/^[年月日号届]/.test(afterAll) && !unit)) continue;
    if (/^[-—～~至到]/.test(afterAll) || /[-—～~]/.test(before)) continue;
    if (isChinese && !unit) continue; // 一是, 三会一课: Chinese numerals count only with a measure word
    if (m[2] === '一' && /^(?:个|批|支|种|类|项|系列|次|轮|场|份|件)$/.test(unit)) continue; // 一批, 一个崭新的: an article, not a count
    if (
      isChinese &&
      unit === '期' &&
      /^(?:工程|项目|等|、)/.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 2))
    )
      continue; // 二期项目, 灌溉一期等: a phase, not a count
    if (!unit && !m[3]) continue; // a bare number (line counts, codes) says nothing checkable
    let value: number,
      decimals = 0;
    if (isChinese) {
      const v = parseChineseNumeral(m[2], true);
      if (v === undefined) continue;
      value = v;
    } else {
      const a = arabicValue(m[2]);
      if (!a) continue;
      value = a.value;
      decimals = a.decimals;
    }
    if (m[3]) value *= MULTIPLIER[m[3]];
    const start = numStart;
    const end = m.index + m[0].length;
    // A clause ends at punctuation, and within CLAUSE_REACH characters: a text without any stays linear.
    let cStart = start;
    while (cStart > 0 && start - cStart < CLAUSE_REACH && !is(masked.charCodeAt(cStart - 1), CLAUSE_OPEN)) cStart--;
    let cEnd = end;
    while (cEnd < masked.length && cEnd - end < CLAUSE_REACH && !is(masked.charCodeAt(cEnd), CLAUSE_CLOSE)) cEnd++;
    while (sentenceAt < sentenceBounds.length && sentenceBounds[sentenceAt] < start) sentenceAt++;
    const sStart = Math.max(sentenceAt ? sentenceBounds[sentenceAt - 1] : -1, start - SENTENCE_REACH);
    const sEnd = Math.min(
      sentenceAt < sentenceBounds.length ? sentenceBounds[sentenceAt] : t.length,
      end + SENTENCE_REACH,
    );
    const sentence = t.slice(sStart + 1, sEnd);
    const clause = t.slice(cStart, cEnd);
    const kind = kindOf(unit);
    let metric = kind === 'points' ? undefined : metricOf(t.slice(cStart, start), t.slice(end, cEnd));
    // 生产总值达到5.67万亿元、增长5.4%: the rate is of the noun the clause before it named.
    const prev = figures[figures.length - 1];
    if (
      !metric &&
      kind === 'percent' &&
      prev?.metric &&
      /^[、，,]\s*(?:增长|下降|提高|增加|减少|上涨)$/.test(t.slice(prev.to, start))
    )
      metric = prev.metric;
    figures.push({
      value,
      decimals,
      unit,
      kind,
      approx: !!(m[1] || m[4] || m[6]),
      metric,
      current:
        !otherPeriod(kind).test(clause) && !otherPeriod(kind).test(sentence.slice(0, Math.max(0, start - sStart - 1))),
      longerSpan: LONGER_SPAN.test(sentence),
      clause,
      clauseOffset: start - cStart,
      from: start,
      to: end,
      text: t.slice(start, end),
      sentenceInText: sentenceAt,
    });
  }
  const result = { figures, sentences: sentenceBounds.length + 1 };
  if (textMemo.size >= TEXT_MEMO_LIMIT) textMemo.clear();
  textMemo.set(t, result);
  return result;
}

/** Every figure of the report's body, in text order (a layer of the model). */
export const extractFigures = modelLayer('figures', computeFigures);

function computeFigures(model: ReportModel): Figure[] {
  const out: Figure[] = [];
  const partStarts = model.sections.map((s) => s.line);
  let sentenceIndex = 0;
  let part = -1;
  for (const p of model.paragraphs) {
    if (p.isHeading) continue;
    while (part + 1 < partStarts.length && partStarts[part + 1] <= p.line) part++;
    const line = model.lines[p.line];
    const { figures, sentences } = figuresOfText(line.text);
    for (const f of figures) {
      out.push({
        value: f.value,
        decimals: f.decimals,
        approx: f.approx,
        unit: f.unit,
        kind: f.kind,
        metric: f.metric,
        current: f.current,
        longerSpan: f.longerSpan,
        clause: f.clause,
        clauseOffset: f.clauseOffset,
        text: f.text,
        paragraph: p.index,
        line: p.line,
        part,
        sentence: sentenceIndex + f.sentenceInText,
        start: offsetIn(line, f.from),
        end: offsetIn(line, f.to),
      });
    }
    sentenceIndex += sentences;
  }
  return out;
}
