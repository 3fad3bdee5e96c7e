/**
 * Statements of a metric's value: which figures say what a metric was for the current period, and under which key.
 * Two statements with one key and different values are a conflict (checks/figureConflict).
 */
import type { ReportModel } from '../model/types';
import { memoByText, registerMemo } from '../text/memo';
import { extractFigures, LONGER_SPAN, type Figure } from './extract';

/** Metrics of three characters are specific only with a known head noun (会议, 法规…); two are never enough. */
const SHORT_HEAD =
  /(?:会议|法规|条例|报告|检查|视察|评议|调研|决议|决定|建议|议案|意见|提案|询问|来信|来访|法规案|先导区|示范区|试验区|园区|基地|中心|企业|项目|学校|医院)$/;
/** Lists, shares, averages and sub-totals say something else than the metric's own value. */
const NOT_THE_VALUE =
  /分别|其中|平均|户均|占|比重|以上|以下|左右|目标|预期|力争|确保|计划|拟|将|要|争取|从[^，。；]*?(?:至|到)/;
/** A count per unit (各3个, 每年2次) is not a total. */
const EACH = /[各每](?:[个项类级年])?$/;

const YEAR_TOPIC = /过去一年|一年来|刚刚过去的|(?:19|20)\d\d年[，,]?(?:是|我们|全|在)/;

/** Whether a paragraph opens on a longer span or on the year (its first two sentences), per paragraph text. */
const openingOf = memoByText((text: string) => {
  const opening = text.split(/[。！？；]/, 2).join('。');
  return { long: LONGER_SPAN.test(opening), year: YEAR_TOPIC.test(opening) };
});

/**
 * Paragraphs about a longer span than the year: one whose opening (its first two sentences) speaks of five years or
 * a period (五年来主要做了以下工作。/ 2015年是“十二五”收官之年。过去五年…), and the paragraphs after it until one
 * opens on the year again (刚刚过去的2025年…) or a new chapter starts.
 */
export function longerSpanParagraphs(model: ReportModel): Set<number> {
  const out = new Set<number>();
  const chapterLines = new Set(
    model.flat.filter((s) => s.kind === 'part' || s.kind === 'chapter' || s.kind === 'heading').map((s) => s.line),
  );
  let inherited = false;
  for (const p of model.paragraphs) {
    if (chapterLines.has(p.line)) inherited = false;
    const { long, year } = openingOf(p.text);
    if (!long && year) inherited = false;
    if (long || inherited) out.add(p.index);
    // Only an introduction (五年来主要做了以下工作。) carries its span to the paragraphs after it; a paragraph
    // that opens on the year again ends it.
    if (long && (p.text.length <= 60 || /[：:]$/.test(p.text))) inherited = true;
  }
  return out;
}

/** Comparisons, times and verbs left in a metric mean the words are not a counted noun (比上年, 年上升到, 按可比价格计算). */
const NOT_A_NOUN =
  /^(?:比|由|按|在|从|将|把|较|同|和|与|及)|年(?!度|轻|龄)|到$|至$|^(?:降|升|增|提高|提升|下降|减少)|可以|上升|计算|安排$|建设$|完工|能够|已经|[高低多少大小]$/;
/** Totals, increments and the rest are different statements about one noun: 新能源装机 达到1.69亿 vs 新增6482万. */
function verbClass(f: Figure): string {
  // The verb nearest the number decides (听取实施满一年的…建成7个 is 建成, not 实施), the counted noun left out
  // (完成城中村改造6个 is 完成: 改造 is part of what is counted).
  let before = f.clause.slice(Math.max(0, f.clauseOffset - 24), f.clauseOffset);
  if (f.metric && before.endsWith(f.metric)) before = before.slice(0, -f.metric.length);
  before = before.slice(-12);
  let last = -1,
    cls = 'other';
  for (const m of before.matchAll(
    /(达到|达|突破|总量|规模|保有|拥有|存量|总数|共有)|(新增|新建|增加|新开工|开工|改造|实施|推出|引进|新登记|新设)|(建成|完成|召开|审议|制定|出台|开展|办理|收到|受理)/g,
  )) {
    if (m.index! >= last) {
      last = m.index!;
      cls = m[1] ? 'total' : m[2] ? 'new' : 'other';
    }
  }
  return cls;
}

const direction = (f: Figure) =>
  /(?:增长|提高|上涨|增加|上升)了?$/.test(f.clause.slice(0, f.clauseOffset))
    ? '+'
    : /(?:下降|降低|减少|回落)了?$/.test(f.clause.slice(0, f.clauseOffset))
      ? '-'
      : '=';

/** Why a figure is not a statement of a metric's value for the current period, or undefined when it is one. */
function exclusion(f: Figure): string | undefined {
  if (f.kind === 'points' || !f.metric) return 'no metric';
  if (!f.current) return 'another period';
  if (f.approx) return 'approximate';
  // Short nouns are specific only as known heads (会议, 来信…) or as what a rate is of (进出口增长…).
  const n = f.metric.length;
  if (!(
    n >= 4 ||
    (n >= 2 && f.kind === 'percent') ||
    (n === 3 && SHORT_HEAD.test(f.metric)) ||
    (n === 2 && /^(?:来信|来访|法律|议案|提案)$/.test(f.metric))
  ))
    return 'metric too short';
  if (NOT_A_NOUN.test(f.metric)) return 'not a noun';
  if (NOT_THE_VALUE.test(f.clause)) return 'list, share, target or sub-total';
  if (EACH.test(f.clause.slice(0, f.clauseOffset))) return 'per unit';
  if (f.kind === 'percent' && /的$/.test(f.clause.slice(0, f.clauseOffset))) return 'ratio of something'; // 完成预算数的92.49%
  return undefined;
}

/** What a figure's own words decide (all but the passage it stands in), remembered per wording across edits. */
const byWording = new Map<string, { excluded?: string; suffix: string }>();
registerMemo(() => byWording.clear());
function wording(f: Figure): { excluded?: string; suffix: string } {
  const k = `${f.kind}\u0001${f.unit}\u0001${f.metric}\u0001${f.current}\u0001${f.approx}\u0001${f.clauseOffset}\u0001${f.clause}`;
  let w = byWording.get(k);
  if (!w) {
    if (byWording.size >= 20_000) byWording.clear();
    const excluded = exclusion(f);
    // 场次 and 场, 件次 and 件, 批次 and 批 count the same occasions.
    const unit = f.unit.replace(/^([场件批])次$/, '$1');
    w = { ...(excluded ? { excluded } : {}), suffix: `${f.metric}|${unit}|${direction(f)}|${verbClass(f)}` };
    byWording.set(k, w);
  }
  return w;
}

export interface MetricStatement {
  figure: Figure;
  key?: string;
  excluded?: string;
}

/**
 * Every figure of the report as a statement of a metric: its key (part, counted noun, unit, direction, totals vs
 * increments) when it states the current period's value, else why not. figure.conflict compares the keyed ones.
 */
export function metricStatements(model: ReportModel): MetricStatement[] {
  // A sentence that names a longer span states a total over it: left out. A paragraph in a passage about a longer
  // span is compared only with others of such passages (five-year figures with five-year figures).
  const aboutLongerSpan = longerSpanParagraphs(model);
  return extractFigures(model).map((figure) => {
    if (figure.longerSpan) return { figure, excluded: 'longer span' };
    const w = wording(figure);
    if (w.excluded) return { figure, excluded: w.excluded };
    const span = aboutLongerSpan.has(figure.paragraph) ? 'span' : 'year';
    return { figure, key: `${figure.part}|${span}|${w.suffix}` };
  });
}
