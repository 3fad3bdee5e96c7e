import { extractFigures, type Figure } from '../figures/extract';
import type { ReportModel } from '../model/types';
import type { Check } from './types';

/** Metrics of three characters are specific only with a known head noun (会议, 法规…); two are never enough. */
const SHORT_HEAD = /(?:会议|法规|条例|报告|检查|视察|评议|调研|决议|决定|建议|议案|意见|提案|询问|来信|来访)$/;
/** Lists, shares, averages and sub-totals say something else than the metric's own value. */
const NOT_THE_VALUE = /分别|其中|平均|户均|占|比重|以上|以下|左右|目标|预期|力争|确保|计划|拟|将|要|争取/;
/** A count per unit (各3个, 每年2次) is not a total. */
const EACH = /[各每](?:[个项类级年])?$/;

const YEAR_TOPIC = /过去一年|一年来|刚刚过去的|(?:19|20)\d\d年[，,]?(?:是|我们|全|在)/;

/**
 * Paragraphs about a longer span than the year: one whose opening (its first two sentences) speaks of five years or
 * a period (五年来主要做了以下工作。/ 2015年是“十二五”收官之年。过去五年…), and the paragraphs after it until one
 * opens on the year again (刚刚过去的2025年…) or a new chapter starts.
 */
function longerSpanParagraphs(model: ReportModel): Set<number> {
  const out = new Set<number>();
  const chapterLines = new Set(model.flat.filter((s) => s.kind === 'part' || s.kind === 'chapter' || s.kind === 'heading').map((s) => s.line));
  let long = false;
  for (const p of model.paragraphs) {
    if (chapterLines.has(p.line)) long = false;
    const opening = p.text.split(/[。！？；]/, 2).join('。');
    if (LONGER_SPAN.test(opening)) long = true;
    else if (YEAR_TOPIC.test(opening)) long = false;
    if (long) out.add(p.index);
  }
  return out;
}

/** Comparisons, times and verbs left in a metric mean the words are not a counted noun (比上年, 年上升到, 按可比价格计算). */
const NOT_A_NOUN = /^(?:比|由|按|在|从|对|向|为|将|把|较|同|和|与|及)|年|月|到$|可以|上升|计算|安排$|建设$|完工|能够|已经|实际|[高低多少大小]$/;
/** A sentence about a longer span (过去五年, “十四五”时期) states totals over years, not the year's figure. */
const LONGER_SPAN = /五年|时期|(?:规划|计划)期|本届|届内|(?:换届|十八大|十九大|二十大|五年|本届|任期)以来/;
const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence around a document offset (bounded: 300 characters each way). */
function sentenceAround(text: string, at: number): string {
  let a = at, b = at;
  while (a > 0 && at - a < 300 && !SENTENCE_END.test(text[a - 1])) a--;
  while (b < text.length && b - at < 300 && !SENTENCE_END.test(text[b])) b++;
  return text.slice(a, b);
}
/** Totals, increments and the rest are different statements about one noun: 新能源装机 达到1.69亿 vs 新增6482万. */
function verbClass(f: Figure): string {
  const before = f.clause.slice(0, f.clauseOffset);
  if (/达到|达|突破|总量|规模|保有|拥有|存量|总数|共有/.test(before)) return 'total';
  if (/新增|新建|增加|新开工|开工|改造|实施|推出|引进|新登记|新设/.test(before)) return 'new';
  return 'other';
}

const direction = (f: Figure) => (/(?:增长|提高|上涨|增加|上升)了?$/.test(f.clause.slice(0, f.clauseOffset)) ? '+' : /(?:下降|降低|减少|回落)了?$/.test(f.clause.slice(0, f.clauseOffset)) ? '-' : '=');

/** Figures that state a metric's value for the current period: keyed, exact, not a list or a share. */
function statements(figures: Figure[], longerSpan: (f: Figure) => boolean): Figure[] {
  return figures.filter((f) => f.kind !== 'points' && f.metric && f.current && !f.approx
    && (f.metric.length >= 4 || (f.metric.length === 3 && SHORT_HEAD.test(f.metric)))
    && !NOT_A_NOUN.test(f.metric) && !NOT_THE_VALUE.test(f.clause) && !EACH.test(f.clause.slice(0, f.clauseOffset)) && !longerSpan(f));
}

/**
 * `figure.conflict`: the same metric stated twice in one part (the review, or the plan) with different values —
 * 召开常委会会议9次 here, 共召开10次常委会会议 there; 生产总值增长5.4% in the overview and 5.6% in a chapter. The
 * metric is the counted noun with its unit (and, for a rate, whether it grew or fell), whatever the verb, the
 * subject or the word order. Approximate figures, other periods (上年, 累计, 一季度…), lists (分别), shares, targets
 * and sub-totals are left out. Reported on each statement that differs from the first, which is named with it.
 */
export const figureConflict: Check = {
  code: 'figure.conflict',
  defaultSeverity: 'warning',
  description: { zh: '同一数据前后不一致', en: 'The same figure stated differently' },
  *run(model) {
    const groups = new Map<string, Figure[]>();
    const aboutLongerSpan = longerSpanParagraphs(model);
    const longerSpan = (f: Figure) => aboutLongerSpan.has(f.paragraph) || LONGER_SPAN.test(sentenceAround(model.text, f.start));
    for (const f of statements(extractFigures(model), longerSpan)) {
      const key = `${f.part}|${f.metric}|${f.unit}|${direction(f)}|${verbClass(f)}`;
      const list = groups.get(key);
      if (list) list.push(f); else groups.set(key, [f]);
    }
    for (const list of groups.values()) {
      const first = list[0];
      for (const f of list) {
        // Within one paragraph two values of one noun are two subjects (城镇… 农村…), not a slip.
        if (f.value === first.value || f.paragraph === first.paragraph) continue;
        yield {
          start: f.start, end: f.end,
          message: {
            zh: `「${f.metric}」前后不一致：第 ${first.line + 1} 行为 ${first.text}，此处为 ${f.text}。`,
            en: `“${f.metric}” is stated as ${first.text} on line ${first.line + 1} but ${f.text} here.`,
          },
          related: [{ start: first.start, end: first.end, message: { zh: `第 ${first.line + 1} 行：${first.text}`, en: `Line ${first.line + 1}: ${first.text}` } }],
          data: { line: f.line },
        };
      }
    }
  },
};
