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
import { longerSpanParagraphs } from './statements';

export interface Statement {
  figure: Figure;
  metric: string;
  /** 'plan': a target or what will be done; 'level': what was. */
  role: 'plan' | 'level';
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

/**
 * Synonyms read in real reports, each folded to one spelling: 经济增长预期目标 restates 国内生产总值增长 (national
 * reports 2016, 2025); 价格总水平 is 居民消费价格's (2025); 财政债券 and 国债 (1999); 工农业生产总值 and 工农业总产值
 * (1981); 增长速度 and 增速 are 增长.
 */
const SYNONYMS: [RegExp, string][] = [
  [/经济增速|经济增长速度|经济增长|GDP增长|国内生产总值增速|国内生产总值增长速度/g, '国内生产总值增长'],
  [/价格总水平涨幅|消费价格涨幅|CPI涨幅|物价涨幅/g, '居民消费价格涨幅'],
  [/居民居民消费价格涨幅/g, '居民消费价格涨幅'],
  [/财政债券|长期建设国债|建设国债/g, '国债'],
  [/工农业生产总值|工农业总产值/g, '工农业总产值'],
  [/增长速度|增速/g, '增长'],
];

/** Words around a noun phrase that say nothing of what is counted. */
const LEADING =
  /^(?:提出|把|将|要|并|和|及|同时|此外|今年|明年|全年|本年|当年|年|去年|上年|新建和|新建|新增|增加|力争|确保|全省|全市|全区|全国|我省|我市|我区|而且)+/;
/** A verb right before the number: what is counted is the noun after it (增发1000亿元国债, 壮大13条重点产业链). */
const VERB_BEFORE =
  /(?:增发|发放|安排|新建|新增|建成|完成|出台|制定|壮大|推动|实施|开展|举办|召开|办结|设立|组建|培育|引进|打造|建设)$/;
/** Statements of something else than a level or a target: increments, averages over years, sums, comparisons. */
const NOT_A_LEVEL =
  /年均|累计|平均|人均|户均|总计|合计|其中|以来|历年|上半年|下半年|季度|同期|月份|比[^，。；]{0,6}(?:增加|减少|多|少)[了]?$/;
/** Values per unit (单位造价, 每平方公尺造价, 人均…): they differ from one subject to the next. */
const PER_UNIT = /^(?:单位|每|人均|户均|平均)/;
const TRAILING =
  /(?:预期目标|目标|预期|设定|定为|为|是|达到|高达|达|突破|控制在|保持在|提高到|上升到|增加到|增至|超过|超|逾|近|约|左右|以上|以内|的|共|计|全面起势|起势)+$/;
/** A clause about the plan: a target, or what will be done. */
const PLAN_WORDS = /目标|预期|力争|确保|计划|拟|将|要|今年[^，。；]*?(?:新建|新增|完成|建设)/;
/** Words that put a plan's figure on a longer span than the year. */
const PLAN_SPAN = /五年|十[一二三四五六七八九]五|规划期|到[12][0-9]{3}年|[12][0-9]{3}年(?:前|底前)/;
/** Scope words: two statements that differ in one of these are of different quantities. */
const SCOPES =
  /城镇|农村|城乡|一季度|二季度|三季度|四季度|上半年|下半年|前三季度|规模以上|国有|民营|外资|中央|地方|省级|市级|县级/g;

function fold(metric: string): string {
  let m = metric;
  for (const [re, to] of SYNONYMS) m = m.replace(re, to);
  return m;
}

/** Verbs inside a noun phrase: what is counted is what follows the last of them (国家银行将增加农业贷款 → 农业贷款). */
const INNER_VERB =
  /发放|将增加|增发|新建|新增|建成|完成|安排|实现|提出|出台|制定|召开|审议|推进|推动|实施|开展|举办|办结|办理|受理|接待|培育|引进|打造|壮大|聚焦/g;
/** Words left in a metric that show it is no noun phrase (比上年实际增长, 完工的有, 年产能力将, 达到了). */
const NOT_A_NOUN =
  /^(?:比|由|按|在|从|较|占|加上|值|的|和|与|及|其|而)|(?:将|的|有|了|到|为|是|又|只|已|已经|共|计|又比)$|[就才还又也仅]/;
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
const SHORT_OK = /^(?:来信|来访|议案|提案|国债|学位|案件|法规|项目|企业|游客)$/;

/** The text after the number that names what it counts (13条重点产业链全面起势 → 重点产业链; 8%左右的国内生产总值增长目标). */
function nounAfter(f: Figure): string {
  return f.clause
    .slice(f.clauseOffset + f.text.length)
    .replace(/^[^\u4e00-\u9fff]*/, '')
    .replace(/^的/, '')
    .replace(/[^\u4e00-\u9fff].*$/, '')
    .replace(/^(?:上升|增加|提高|下降|降低|减少|达到|增长|为|到).*$/, '')
    .replace(/(?:全面起势|加强|建设|提出|开展|和|及|与|等).*$/, '')
    .replace(/(?:预期目标|目标)$/, '');
}

/**
 * The noun phrase a figure counts, from its clause: before the number, else after it (13条重点产业链), else the
 * clause before's subject (…所占的比重，由１９５４年的４２％上升到４６％). A growth rate is marked as one; a
 * two-character noun is taken with its verb (办结102件案件 → 办结案件) or, when the sentence named it in full before
 * (普通高中学位建设，增加学位超20万个), in full.
 */
function metricText(f: Figure, clauseBefore: string, subject: string, sentenceBefore: string): string {
  const fromSpan = /由[^由]*[0-9０-９][^由]*$/.test(clauseBefore);
  let before = fold(
    clauseBefore.replace(/(?:将)?由[^由]*$/, (m) => (/[0-9０-９]/.test(m) ? '' : m)).replace(/[^\u4e00-\u9fff]/g, ''),
  );
  before = before.replace(TRAILING, '');
  // A growth rate: the noun that grows, marked as a rate (国内生产总值增长5% ≠ 国内生产总值5万亿元).
  let growth = /(?:比上年)?(?:增长|上涨|提高|增加|上升)(?:了)?$/.test(before);
  before = before.replace(/(?:比上年|同比)?(?:增长|上涨|提高|增加|上升|下降|降低|减少|回落)(?:了)?$/, '');
  before = before.replace(LEADING, '').replace(TRAILING, '');
  let verb = '';
  let noun = before;
  if (VERB_BEFORE.test(noun) || noun.length < 2) {
    verb = VERB_BEFORE.exec(noun)?.[0] ?? '';
    noun = nounAfter(f);
    if (/增长$/.test(noun)) {
      growth = true;
      noun = noun.replace(/增长$/, '');
    }
  } else {
    let last = -1;
    for (const m of noun.matchAll(INNER_VERB)) last = m.index! + m[0].length;
    if (last > 0 && noun.length - last >= 2) noun = noun.slice(last);
  }
  // A rate with no noun of its own, or a span with its noun in the clause before, is of that clause's subject.
  if (noun.length < 2 && (growth || fromSpan)) noun = subject;
  noun = fold(noun);
  if (noun.length === 2) {
    const named = [...sentenceBefore.matchAll(new RegExp(`[\u4e00-\u9fff]{2,6}${noun}`, 'g'))]
      .pop()?.[0]
      .replace(/^.*(?:的|和|与|及|在|对|把|将|为|等|、|每一起|一起)/, '');
    if (named && named.length > noun.length) noun = named.replace(LEADING, '');
    else if (!SHORT_OK.test(noun)) noun = '';
    else if (verb) noun = verb + noun;
  }
  const metric = fold(noun + (growth ? '增长' : ''));
  return metric.replace(/增长$/, '').length < 2 ? '' : metric;
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
    const w = wordingOf(f, lineText, inLine, sameSentence ? previous!.metric : undefined);
    if (!w) continue;
    previous = { figure: f, metric: w.metric };
    if (w.startOfSpan) continue;
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
}

/** Wordings by line text, then by offset in it: typing in one paragraph re-reads that paragraph's figures only. */
const wordings = new Map<string, Map<number, Wording | null>>();
const WORDING_LINES = 20_000;
registerMemo(() => wordings.clear());

function wordingOf(f: Figure, lineText: string, inLine: number, previousMetric: string | undefined): Wording | null {
  let line = wordings.get(lineText);
  if (!line) {
    if (wordings.size >= WORDING_LINES) wordings.clear();
    wordings.set(lineText, (line = new Map()));
  }
  const key = previousMetric === undefined ? inLine : -inLine - 1;
  let w = line.get(key);
  if (w === undefined) line.set(key, (w = readWording(f, lineText, inLine, previousMetric)));
  return w;
}

function readWording(f: Figure, lineText: string, inLine: number, previousMetric: string | undefined): Wording | null {
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
    previousMetric !== undefined &&
    /^(?:比上年|同比)?(?:增长|下降|上涨|提高)/.test(head.replace(/[^\u4e00-\u9fff]/g, ''))
      ? previousMetric.replace(/增长$/, '')
      : /[0-9０-９]/.test(prevClause)
        ? ''
        : prevClause
            .replace(/[^\u4e00-\u9fff]/g, '')
            .replace(/(?:不仅|没有|已经|比上年|继续|保持|实现).*$/, '')
            .replace(/^(?:同时|此外|其中|而且)/, '')
            .replace(/的$/, '');
  const metric = metricText(f, head, subject, lineText.slice(Math.max(0, clauseStart - 60), clauseStart));
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
  };
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Whether two metrics name one quantity: equal, contained (at least three characters), or nearly the same. */
export function sameMetric(a: string, b: string): boolean {
  if (a === b) return true;
  const scopeA = (a.match(SCOPES) ?? []).join(''),
    scopeB = (b.match(SCOPES) ?? []).join('');
  if (scopeA !== scopeB) return false;
  // A rate is of its noun exactly (财政收入增长 is not 居民收入增长).
  if (a.endsWith('增长') || b.endsWith('增长')) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A modifier more (新能源汽车充电设施 is counted as 汽车充电设施 is), not a subject more (高等学校在校学生).
  // (A kind of it is not it: 补贴性职业技能培训, 国家级…)
  if (
    long.endsWith(short) &&
    short.length >= 4 &&
    long.length - short.length <= 3 &&
    !/[性类型级]$/.test(long.slice(0, long.length - short.length))
  )
    return true;
  // The same head noun and most characters in common (生产资料的生产在工业总产值中所占的比重 / 生产资料在…比重).
  if (a.slice(-2) !== b.slice(-2) || a.slice(0, 2) !== b.slice(0, 2) || short.length < 10) return false;
  const x = bigrams(a),
    y = bigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size) >= 0.8;
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
