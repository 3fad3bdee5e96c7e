/**
 * The metric a figure speaks of, as a noun phrase: read from its clause (before the number, else after it, else the
 * subject of the clause or line before), verbs, scopes and time words stripped, synonyms read in real reports
 * folded; and whether two such phrases name one quantity. restatement.ts builds its statements on these.
 */
import type { Figure } from './extract';

/**
 * Synonyms read in real reports, each folded to one spelling: 经济增长预期目标 restates 国内生产总值增长 (national
 * reports 2016, 2025); 价格总水平 is 居民消费价格's (2025); 财政债券 and 国债 (1999); 工农业生产总值 and 工农业总产值
 * (1981); 增长速度 and 增速 are 增长; and statistics renamed between years (below).
 */
const SYNONYMS: [RegExp, string][] = [
  [/经济增速|经济增长速度|经济增长|GDP增长|国内生产总值增速|国内生产总值增长速度/g, '国内生产总值增长'],
  [/价格总水平涨幅|消费价格涨幅|CPI涨幅|物价涨幅/g, '居民消费价格涨幅'],
  [/居民居民消费价格涨幅/g, '居民消费价格涨幅'],
  [/财政债券|长期建设国债|建设国债/g, '国债'],
  [/工农业生产总值|工农业总产值/g, '工农业总产值'],
  [/增长速度|增速/g, '增长'],
  // Renamed between years (national reports 2010–2016): 公共财政收入 and 一般公共预算收入 after the budget law,
  // 研究与试验发展经费 as 研发, 外商直接投资 as 外资, 能源消耗强度 as 能耗强度, 投入 of 中央财政 as 支出.
  [/一般公共预算收入|公共财政收入/g, '财政收入'],
  [/研究与试验发展经费支出|研究与试验发展经费|研发经费支出|研发经费/g, '研发支出'],
  [/外商直接投资/g, '外资'],
  [/能源消耗强度|单位国内生产总值能耗/g, '能耗强度'],
  [/中央财政([\u4e00-\u9fff“”]{0,8}?)投入/g, '中央财政$1支出'],
];

/** Words around a noun phrase that say nothing of what is counted. */
export const LEADING =
  /^(?:提出|把|将|要|并|和|及|同时|此外|今年|明年|全年|本年|当年|年|去年|上年|新建和|新建|新增|增加|力争|确保|全省|全市|全区|全国|我省|我市|我区|而且)+/;
/** A verb right before the number: what is counted is the noun after it (增发1000亿元国债, 壮大13条重点产业链). */
const VERB_BEFORE =
  /(?:增发|发放|安排|新建|新增|建成|完成|出台|制定|壮大|推动|实施|开展|举办|召开|办结|设立|组建|培育|引进|打造|建设)$/;

export const TRAILING =
  /(?:预期目标|目标|预期|设定|定为|为|是|达到|高达|达|突破|控制在|保持在|提高到|上升到|增加到|增至|超过|超|逾|近|约|左右|以上|以内|的|共|计|全面起势|起势)+$/;

/** Scope words: two statements that differ in one of these are of different quantities. */
export const SCOPES =
  /城镇|农村|城乡|一季度|二季度|三季度|四季度|上半年|下半年|前三季度|规模以上|国有|民营|外资|中央|地方|省级|市级|县级/g;

export function fold(metric: string): string {
  let m = metric;
  for (const [re, to] of SYNONYMS) m = m.replace(re, to);
  return m;
}

/** Verbs inside a noun phrase: what is counted is what follows the last of them (国家银行将增加农业贷款 → 农业贷款). */
const INNER_VERB =
  /发放|将增加|增发|新建|新增|建成|完成|安排|实现|提出|出台|制定|召开|审议|推进|推动|实施|开展|举办|办结|办理|受理|接待|培育|引进|打造|壮大|聚焦/g;
/** Words left in a metric that show it is no noun phrase (比上年实际增长, 完工的有, 年产能力将, 达到了). */
export const NOT_A_NOUN =
  /^(?:比|由|按|在|从|较|占|加上|值|的|和|与|及|其|而)|(?:将|的|有|了|到|为|是|又|只|已|已经|共|计|又比)$|[就才还又也仅]/;

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
export function metricText(
  f: Figure,
  clauseBefore: string,
  subject: string,
  sentenceBefore: string,
): { metric: string; after: boolean } {
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
  let after = false;
  if (VERB_BEFORE.test(noun) || noun.length < 2) {
    verb = VERB_BEFORE.exec(noun)?.[0] ?? '';
    noun = nounAfter(f);
    after = noun.length >= 2;
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
  // (…so is a value stated by a copula alone: 为6%以上, its subject in the clause or line before.)
  const copula = /^(?:设定|确定|定)?为$/.test(clauseBefore.replace(/[^\u4e00-\u9fff]/g, ''));
  if (noun.length < 2 && (growth || fromSpan || copula)) noun = subject;
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
  return { metric: metric.replace(/增长$/, '').length < 2 ? '' : metric, after: after && !growth };
}

/** The noun a clause or two before names (经济增速是综合性指标，今年预期目标设定 → 经济增速). */
export function subjectBefore(text: string): string {
  for (const clause of text
    .split(/[，,；;]/)
    .reverse()
    .slice(0, 2)) {
    const c = clause.replace(/[^\u4e00-\u9fff]/g, '');
    const copula = /^([\u4e00-\u9fff]{2,8}?)(?:是|为|作为)/.exec(c);
    if (copula) return copula[1];
    const noun = c
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .replace(/(?:设定|确定|预期目标|目标)+$/, '');
    if (noun.length >= 2) return noun;
  }
  return '';
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
