/**
 * Restatements: one quantity stated twice in a report in its own words each time — a target in the targets list
 * and again in its explanation (居民消费价格涨幅控制在3.5%左右 … 把居民消费价格涨幅控制在3.5%左右), the year's figure
 * and the end point of a longer review (年接待游客由1.58亿人次增加到3.23亿人次 … 全年接待游客3.23亿人次), a plan's
 * figure in the plan and in its chapter (汽车充电设施50万个以上 … 新能源汽车充电设施超50万个), an overview's count
 * and the chapter's (13条重点产业链全面起势 … 壮大13条重点产业链). When last year's report becomes this year's, one
 * side gets the new value and the other keeps the old one; figure.conflict compares the two.
 *
 * Each figure becomes a statement — *what* (the metric: the noun phrase it counts, a growth rate marked as such,
 * synonyms folded), *when* (the reviewed year, the planned year, a named year, the start of a span), *which kind*
 * (a target or a stated level) and the unit — and two statements are of one quantity when all of these agree and
 * their metrics match: equal, one containing the other (汽车充电设施 ⊂ 新能源汽车充电设施), or nearly the same
 * characters with the same head noun. Scope words that differ (城镇/农村, 一季度/全年) never match.
 */
import { modelLayer } from '../model/layers';
import { registerMemo } from '../text/memo';
import { timeFrame } from '../model/timeFrame';
import type { ReportModel } from '../model/types';
import { extractFigures, type Figure } from './extract';
import { metricText, NOT_A_NOUN, sameMetric, SCOPES, subjectBefore } from './metricPhrase';
import { longerSpanParagraphs } from './statements';

export interface Statement {
  figure: Figure;
  metric: string;
  /** 'plan': a target or what will be done; 'level': what was; 'standing': a structure the report keeps (any year). */
  role: 'plan' | 'level' | 'standing';
  /** The year the value is of (reviewed or planned year, or one the text names). */
  year: number;
  unit: string;
  /** The term a paragraph opens on (钢：…, 稳增长“21”条：…): statements under different terms are of different things. */
  term: string;
  /** How the value is qualified: 左右, at least (以上, 超, 余), at most (以内), near (近, 约), a range, or exact. */
  qualifier: string;
  /** For counts and amounts: what the verb says the figure is (a total, something new, or done). */
  verb: string;
}

/** Statements of something else than a level or a target: increments, averages over years, sums, comparisons. */
const NOT_A_LEVEL =
  /年均|累计|平均|人均|户均|总计|合计|其中|以来|历年|上半年|下半年|季度|同期|月份|比[^，。；]{0,6}(?:增加|减少|多|少)[了]?$/;
/** Values per unit (单位造价, 每平方公尺造价, 人均…): they differ from one subject to the next. */
const PER_UNIT = /^(?:单位|每|人均|户均|平均)/;
/** A clause about the plan: a target, or what will be done. */
const PLAN_WORDS = /目标|预期|力争|确保|计划|拟|将|要|今年[^，。；]*?(?:新建|新增|完成|建设)/;
/** What stands before a standing structure's count: nothing, or a verb of keeping it up (壮大, 做强, 聚焦…). */
const STANDING_BEFORE = /^$|(?:壮大|做强|做优|聚焦|围绕|依托|巩固|提升|强化)$/;
/** Words that put a plan's figure on a longer span than the year. */
const PLAN_SPAN = /五年|十[一二三四五六七八九]五|规划期|到[12][0-9]{3}年|[12][0-9]{3}年(?:前|底前)/;
/** The verb class of a count or amount, from the words before it (as figures/statements.ts tells totals from new). */
function verbClass(before: string): string {
  let cls = '',
    at = -1;
  for (const m of before.matchAll(
    /(达到|达|突破|总量|规模|保有|拥有|存量|总数|共有|累计|增加到|上升到|提高到)|(新增|新建|增加(?!到)|新开工|开工|改造|推出|引进|新登记|新设|增发|发放)|(建成|完成|召开|审议|制定|出台|开展|办理|收到|受理|收集|审查|备案|培训|实施|储备)/g,
  ))
    if (m.index! >= at) {
      at = m.index!;
      cls = m[1] ? 'total' : m[2] ? 'new' : m[0];
    }
  return cls;
}

function qualifierOf(f: Figure, before: string): string {
  const after = f.clause.slice(f.clauseOffset + f.text.length, f.clauseOffset + f.text.length + 2);
  if (/[0-9０-９.．]+[%％]?[－—-]$/.test(before)) return 'range';
  if (/左右/.test(f.text + after)) return 'about';
  if (/以上|余|多/.test(f.text) || /^以上/.test(after) || /(?:超过|超|逾)$/.test(before)) return 'at least';
  if (/^(?:以内|以下)/.test(after) || /(?:不到|不足|低于)$/.test(before)) return 'at most';
  if (/(?:近|约)$/.test(before)) return 'near';
  return '';
}
/** How far back a figure's sentence is read, at most (a text without punctuation stays linear). */
const REACH = 200;

/** The sentence of the line that holds offset `at`, up to it (at most REACH characters back). */
function sentenceOf(line: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < REACH) {
    const c = line[from - 1];
    if (c === '。' || c === '；' || c === '！' || c === '？') break;
    from--;
  }
  return line.slice(from, at);
}

function yearOf(text: string): number | undefined {
  const m = /([12][0-9０-９]{3}|[１２][０-９]{3})年(?:的)?$/.exec(text);
  if (!m) return undefined;
  return Number(m[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
}

/** The term a paragraph opens on (钢：…, 稳增长“21”条：…), if it opens on one. */
function termOf(paragraphText: string): string | undefined {
  const m = /^[\s\u3000]*(?:[0-9０-９]+[.．、])?([^：:。，；]{1,10})[：:]/.exec(paragraphText);
  // A lead-in sentence (今年发展主要预期目标是：) introduces, it names nothing.
  return m && !/[是为]$|表明|如下|包括|预期|目标|任务|要求|情况/.test(m[1]) ? m[1] : undefined;
}

/**
 * Every figure of the report that can be compared with its restatement: with a metric of at least two
 * characters, a year, a role. Figures in lists (分别), ratios, per-unit counts and starts of a span whose year is
 * not named are left out.
 */
export const statements = modelLayer('restatements', computeStatements);

function computeStatements(model: ReportModel): Statement[] {
  const frame = timeFrame(model);
  const reviewed = frame?.reviewed ?? 0;
  const planned = frame?.planned ?? reviewed + 1;
  const longer = longerSpanParagraphs(model);
  const out: Statement[] = [];
  let previous: { figure: Figure; metric: string } | undefined;
  for (const f of extractFigures(model)) {
    const lineText = model.lines[f.line].text;
    const inLine = f.start - model.lines[f.line].contentStart;
    const sameSentence = previous && previous.figure.sentence === f.sentence && previous.figure.line === f.line;
    const w = wordingOf({
      f,
      lineText,
      inLine,
      ...(sameSentence ? { previousMetric: previous!.metric } : {}),
      carry: carriedFrom(model, f, inLine),
    });
    if (!w) continue;
    previous = { figure: f, metric: w.metric };
    if (w.startOfSpan) continue;
    if (w.standing) {
      out.push({ ...statementOf(f, w), role: 'standing', year: 0 });
      continue;
    }
    const planPart = frame?.planStart !== undefined && f.line >= frame.planStart;
    // (In the review, 达到4.5%左右 is what was: a qualifier alone makes no target.)
    const plan = planPart || w.planWords || (frame?.planStart === undefined && w.approxTarget);
    let year = w.namedYear;
    if (year === undefined && w.lastYear && !planPart) year = reviewed;
    // In a passage about a longer span, only an end point (…增加到3.23亿人次) is of a year; a plan there is the
    // span's (a five-year plan's targets), not the year's. (A plan's span is said outright: 五年, 十五五, 到2030年;
    // 更长时期 in a year's explanation is not one.)
    const spanning = plan
      ? (planPart ? w.spanSentence : w.spanNearby) || (!planPart && (f.longerSpan || longer.has(f.paragraph)))
      : f.longerSpan || longer.has(f.paragraph);
    if (year === undefined && w.thisYear) year = plan ? planned : reviewed;
    if (year === undefined && spanning && !w.endPoint) {
      if (!plan) continue;
      year = -1;
    }
    year ??= plan ? planned : reviewed;
    // A named year that is past is a fact, whatever the verb (将由１９５５年的４６％上升到…).
    const role = frame && year > 0 && year <= reviewed && !planPart ? 'level' : plan ? 'plan' : 'level';
    out.push({
      figure: f,
      metric: w.metric,
      role,
      year,
      unit: w.unit,
      term: w.term,
      qualifier: w.qualifier,
      verb: w.verb,
    });
  }
  return out;
}

function statementOf(f: Figure, w: Wording): Omit<Statement, 'role' | 'year'> {
  return { figure: f, metric: w.metric, unit: w.unit, term: w.term, qualifier: w.qualifier, verb: w.verb };
}

/** What a figure's own line says of it: all of a statement but what the report's parts and year decide. */
interface Wording {
  metric: string;
  unit: string;
  term: string;
  qualifier: string;
  verb: string;
  /** A year named before the value (由１９５５年的４６％, 在１９５６年，…), if any. */
  namedYear?: number;
  /** The start of a span (由1.58亿人次…): another year's value, named nowhere. */
  startOfSpan: boolean;
  planWords: boolean;
  approxTarget: boolean;
  lastYear: boolean;
  thisYear: boolean;
  spanSentence: boolean;
  spanNearby: boolean;
  endPoint: boolean;
  /** A count of a standing structure (壮大13条重点产业链, 13条重点产业链全面起势): the same in the review and the plan. */
  standing: boolean;
}

/** Wordings by line text, then by offset in it: typing in one paragraph re-reads that paragraph's figures only. */
const wordings = new Map<string, Map<number, Wording | null>>();
const WORDING_LINES = 20_000;
registerMemo(() => wordings.clear());

/**
 * The line a paragraph split by a scrape goes on from (…今年预期目标设定, a line of a zero-width space, 为6%以上): when the figure's clause opens
 * its line and the last non-blank line before ends without punctuation, that line's end.
 */
function carriedFrom(model: ReportModel, f: Figure, inLine: number): string | undefined {
  if (inLine !== f.clauseOffset) return undefined;
  for (let k = f.line - 1; k >= 0 && k >= f.line - 3; k--) {
    const t = model.lines[k].text.replace(/[\s\u200b\ufeff]+$/, '');
    if (!t) continue;
    return /[。！？；：:]$/.test(t) ? undefined : t.slice(-REACH);
  }
  return undefined;
}

/** A figure where its line holds it: the line's text, its offset there, the metric of the figure before it in its
 * sentence, and the line a split paragraph goes on from. */
interface InLine {
  f: Figure;
  lineText: string;
  inLine: number;
  previousMetric?: string;
  carry?: string;
}

function wordingOf(at: InLine): Wording | null {
  const { lineText, inLine, previousMetric, carry } = at;
  const text = carry === undefined ? lineText : `${carry}\u0001${lineText}`;
  let line = wordings.get(text);
  if (!line) {
    if (wordings.size >= WORDING_LINES) wordings.clear();
    wordings.set(text, (line = new Map()));
  }
  const key = previousMetric === undefined ? inLine : -inLine - 1;
  let w = line.get(key);
  if (w === undefined) line.set(key, (w = readWording(at)));
  return w;
}

function readWording({ f, lineText, inLine, previousMetric, carry }: InLine): Wording | null {
  if (f.kind === 'points') return null;
  const before = f.clause.slice(0, f.clauseOffset);
  if (/分别|[各每](?:[个项类级年])?$|占$/.test(before) || (f.kind === 'percent' && /[^年]的$/.test(before)))
    return null;
  if (NOT_A_LEVEL.test(before) || (f.kind !== 'percent' && /比上年|比去年|较上年|同比/.test(before))) return null;
  if (/^[－—-]/.test(f.clause.slice(f.clauseOffset + f.text.length))) return null; // the lower end of a range
  // The upper end of a range (6.5%－7%): its metric is before the lower end.
  const rangeStart = /[0-9０-９.．]+[%％]?[－—-]$/.exec(before);
  const head = rangeStart ? before.slice(0, rangeStart.index) : before;
  // The subject a bare rate speaks of: the figure just before it in the sentence, or the clause before's noun.
  const clauseStart = inLine - f.clauseOffset;
  const prevClause =
    lineText
      .slice(Math.max(0, clauseStart - 1 - REACH), Math.max(0, clauseStart - 1))
      .split(/[，,；;。！？]/)
      .pop() ?? '';
  // (The figure before, when this clause is its rate: 公共财政收入10.37万亿元，增长24.8％.)
  const subject =
    carry !== undefined
      ? subjectBefore(carry)
      : previousMetric !== undefined &&
          /^(?:比上年|同比)?(?:增长|下降|上涨|提高)/.test(head.replace(/[^\u4e00-\u9fff]/g, ''))
        ? previousMetric.replace(/增长$/, '')
        : /[0-9０-９]/.test(prevClause)
          ? ''
          : prevClause
              .replace(/[^\u4e00-\u9fff]/g, '')
              .replace(/(?:不仅|没有|已经|比上年|继续|保持|实现).*$/, '')
              .replace(/^(?:同时|此外|其中|而且)/, '')
              .replace(/的$/, '');
  const { metric, after } = metricText(f, head, subject, lineText.slice(Math.max(0, clauseStart - 60), clauseStart));
  if (!metric || NOT_A_NOUN.test(metric) || PER_UNIT.test(metric) || /级$/.test(metric)) return null;
  // Counts listed with others (20个国家级、19个省级…): not one quantity.
  if (/^[^，。；]{0,8}、[0-9０-９一二三四五六七八九十]/.test(f.clause.slice(f.clauseOffset + f.text.length)))
    return null;
  const sentence = sentenceOf(lineText, inLine);
  if (/年均|累计/.test(sentence)) return null;
  // The year: one named right before the value (由１９５５年的４６％), else one the sentence names before it
  // (在１９５６年，国家银行将增加…), never one it compares with (比2024年, 由2020年的).
  let namedYear = yearOf(head.replace(/由$/, ''));
  const startOfSpan =
    namedYear === undefined && /由$/.test(head.replace(/[^\u4e00-\u9fff]/g, '').replace(/今年预计的$|今年的$/, '由'));
  if (namedYear === undefined) {
    const named = [...sentence.matchAll(/(^|[^比由较与])([12１２][0-9０-９]{3}年)(?![0-9０-９]*月)/g)].pop();
    if (named) namedYear = yearOf(named[2]);
  }
  const scopes = (before.match(SCOPES) ?? []).sort().join('');
  return {
    metric: scopes && !metric.includes(scopes) ? scopes + metric : metric,
    unit: f.unit.replace('％', '%').replace(/^([场件批])次$/, '$1'),
    term: termOf(lineText) ?? '',
    qualifier: qualifierOf(f, before),
    // (The verb of a list carries to its items: 新建低空起降设施2500个、汽车充电设施50万个以上.)
    verb: f.kind === 'percent' ? '' : verbClass(sentence.slice(-30)),
    ...(namedYear !== undefined ? { namedYear } : {}),
    startOfSpan,
    planWords: PLAN_WORDS.test(before),
    approxTarget: /左右|以内/.test(f.text),
    lastYear: /去年|上年/.test(sentence.slice(-40)),
    thisYear: /今年|本年|明年/.test(sentence),
    spanSentence: PLAN_SPAN.test(sentence + lineText.slice(inLine, inLine + 40)),
    spanNearby: PLAN_SPAN.test(lineText.slice(Math.max(0, inLine - 4 * REACH), inLine + 4 * REACH)),
    endPoint: /由[^由]*(?:增加|上升|提高|增长|扩大|达)到$/.test(head),
    standing:
      after &&
      /^[条个大家项类]$/.test(f.unit) &&
      STANDING_BEFORE.test(head.replace(/[^\u4e00-\u9fff]/g, '')) &&
      !/新增|新建|新培育|新认定|新开工|新设|新引进|累计|新获批/.test(sentence),
  };
}

/** Whether two statements are of one quantity (their values aside). */
export function sameQuantity(a: Statement, b: Statement): boolean {
  return (
    a.role === b.role &&
    a.year === b.year &&
    a.unit === b.unit &&
    a.term === b.term &&
    a.qualifier === b.qualifier &&
    (a.verb === b.verb || (!a.verb && b.verb === 'total') || (!b.verb && a.verb === 'total')) &&
    sameMetric(a.metric, b.metric)
  );
}
