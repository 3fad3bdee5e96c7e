import { extractFigures, type Figure } from '../figures/extract';
import { namedCountConflicts, occasionConflicts } from '../figures/namedCounts';
import { sameQuantity, statements, type Statement } from '../figures/restatement';
import { metricStatements } from '../figures/statements';
import type { ReportModel } from '../model/types';
import { placeNote } from './places';
import type { Check, CheckContext, CheckFix, Finding } from './types';

/** Distinct metrics compared pairwise within one bucket, at most (a bucket is one head noun, unit, role and year). */
const METRICS_PER_BUCKET = 200;

/**
 * `figure.conflict`: one quantity stated twice with different values. Two ways of finding the two statements:
 * - within one part (the review, or the plan), the same counted noun with its unit, whatever the verb, the subject
 *   or the word order (召开常委会会议9次 here, 共召开10次常委会会议 there) — figures/statements.ts;
 * - anywhere in the report, a restatement in other words: a target in the targets list and in its explanation, the
 *   year's figure and a longer review's end point, a plan's figure and its chapter's — figures/restatement.ts;
 * - a policy named by its count (稳增长“21条”) against its glossary entry, and a count of occasions against the
 *   latest one's ordinal (3次亲临云南考察 / 第3次亲临云南考察) — figures/namedCounts.ts.
 * Reported on the later statement, with the earlier as related information; a quick fix makes either side equal
 * to the other (the drafter chooses which was updated).
 */
/** A conflict's data: where its two statements start (the fix finds each figure again there). */
interface ConflictData {
  start: number;
  otherStart: number;
}

export const figureConflict: Check<ConflictData> = {
  code: 'figure.conflict',
  defaultSeverity: 'warning',
  description: { zh: '同一数据前后不一致', en: 'The same figure stated differently' },
  docs: {
    finds: {
      zh: '同一数据两处说法不同。同一部分（回顾或安排）内：最后一个动词后的计数名词与单位相同，不论怎么说（召开常委会会议9次 ≡ 常委会共召开10次人大常委会会议）。全文范围内：**换了说法的复述**——目标表与其说明（国内生产总值增长5%左右 ≡ 经济增长预期目标为5%左右）、总体安排与分章（汽车充电设施50万个以上 ≡ 新建新能源汽车充电设施超50万个）、全年数据与较长回顾的终点（由1.58亿人次增加到3.23亿人次 ≡ 全年接待游客3.23亿人次）。指标（同义词归并、可多一个修饰语）、年份、角色（目标或实际）、限定（左右、以上/超、以内）、动词（总计、新增、完成）、范围（城镇/农村）和段落主题都一致才算同一数据。另有：回顾与安排中常设结构的数量（13条重点产业链）；正文与名词解释中以数量命名的政策（稳增长“21条”）；次数与最后一次的序数（3次亲临云南考察 / 第3次亲临云南考察）；被抓取拆开的段落。提示在后一处，并指向前一处；快速修复可把任一处改成与另一处一致。',
      en: "One quantity stated twice with different values. Within one part (review or plan), the counted noun after the last verb with its unit, in any phrasing (召开常委会会议9次 ≡ 常委会共召开10次人大常委会会议); and anywhere in the report, a **restatement in other words**: a target in the targets list and in its explanation (国内生产总值增长5%左右 ≡ 经济增长预期目标为5%左右), a plan's figure and its chapter's (汽车充电设施50万个以上 ≡ 新建新能源汽车充电设施超50万个), the year's figure and a longer review's end point (由1.58亿人次增加到3.23亿人次 ≡ 全年接待游客3.23亿人次). Two statements are one quantity when metric (synonyms folded, a modifier more), year (reviewed, planned, named, a five-year span), role (target or level), qualifier (左右, 以上/超, 以内), verb (total, new, done), scope (城镇/农村) and the paragraph's term agree; a count of a standing structure (13条重点产业链) in the review and in the plan; a policy named by its count in the text and in the glossary (稳增长“21条” / 稳增长“21”条：…21条措施); a count of occasions and the latest one's ordinal (3次亲临云南考察 / 第3次亲临云南考察); a paragraph a scrape split (…预期目标设定 / 为6%以上). The message names both; related information points at the other; a quick fix makes either side equal to the other",
    },
    fixes: {
      zh: '把此处改成与另一处一致；把另一处改成与此处一致',
      en: 'Make this place the same as the other; make the other the same as this',
    },
    example: {
      draft:
        '一、过去一年的工作\n　　全年召开常委会会议9次，审议议题42项。\n　　常委会共召开10次人大常委会会议，作出决议决定15项。\n',
    },
  },
  *run(model, ctx) {
    const reported = new Set<number>();
    for (const [first, f, metric] of [
      ...keyedConflicts(model),
      ...restatedConflicts(model),
      ...namedCountConflicts(model),
      ...occasionConflicts(model),
    ]) {
      if (reported.has(f.start) || reported.has(first.start)) continue;
      reported.add(f.start);
      yield finding(first, f, metric, ctx);
    }
  },
  fixes(model, data) {
    const at = (start: number) => extractFigureAt(model, start);
    const here = at(data.start),
      other = at(data.otherStart);
    if (!here || !other || here.text === other.text) return [];
    const fix = (target: Figure, source: Figure, which: 'here' | 'there'): CheckFix => ({
      title: {
        zh: which === 'here' ? `此处改为 ${source.text}（与另一处一致）` : `另一处改为 ${source.text}（与此处一致）`,
        en:
          which === 'here'
            ? `Change this to ${source.text} (as the other place)`
            : `Change the other place to ${source.text} (as here)`,
      },
      edits: [{ start: target.start, end: target.end, newText: numberPart(source.text, target.text) }],
    });
    return [fix(here, other, 'here'), fix(other, here, 'there')];
  },
};

type Stated = Pick<Figure, 'start' | 'end' | 'line' | 'text'>;

function finding(first: Stated, f: Stated, metric: string, ctx: CheckContext): Finding<ConflictData> {
  return {
    start: f.start,
    end: f.end,
    message: {
      zh: `「${metric}」前后不一致：${ctx.places.line(first.line).zh}为 ${first.text}，此处为 ${f.text}。`,
      en: `“${metric}” is stated as ${first.text} ${ctx.places.at(first.line).en} but ${f.text} here.`,
    },
    related: [
      { start: first.start, end: first.end, message: placeNote(ctx.places, first.line, first.text, first.text) },
    ],
    data: { start: f.start, otherStart: first.start },
  };
}

/** The number of `source` written in place of the number of `target`, the target's own qualifiers kept. */
function numberPart(source: string, target: string): string {
  const num = /[0-9０-９.．,，]+|[零〇一二两三四五六七八九十百千]+/;
  const n = num.exec(source)?.[0];
  return n ? target.replace(num, n) : source;
}

function extractFigureAt(model: ReportModel, start: number): Figure | undefined {
  return extractFigures(model).find((f) => f.start === start);
}

/** Same-part conflicts keyed by counted noun (statements.ts). */
function* keyedConflicts(model: ReportModel): Iterable<[Figure, Figure, string]> {
  const groups = new Map<string, Figure[]>();
  for (const { figure: f, key } of metricStatements(model)) {
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const list of groups.values()) {
    const first = list[0];
    // Within one paragraph two values of one noun are two subjects (城镇… 农村…), not a slip.
    for (const f of list) if (f.value !== first.value && f.paragraph !== first.paragraph) yield [first, f, f.metric!];
  }
}

/**
 * Restatements anywhere in the report (restatement.ts): statements bucketed by head noun, unit, role and year,
 * then each metric compared with the others of its bucket. The earlier statement of a quantity stands; a later one
 * with another value, in another sentence, conflicts with it.
 */
function* restatedConflicts(model: ReportModel): Iterable<[Figure, Figure, string]> {
  const buckets = new Map<string, Map<string, Statement[]>>();
  for (const s of statements(model)) {
    const key = `${s.role}|${s.year}|${s.unit}|${s.metric.slice(-2)}`;
    let metrics = buckets.get(key);
    if (!metrics) buckets.set(key, (metrics = new Map()));
    const list = metrics.get(s.metric);
    if (list) list.push(s);
    else if (metrics.size < METRICS_PER_BUCKET) metrics.set(s.metric, [s]);
  }
  for (const metrics of buckets.values()) {
    const all = [...metrics.values()];
    for (let i = 0; i < all.length; i++)
      for (let j = i; j < all.length; j++) {
        if (i !== j && !sameQuantity(all[i][0], all[j][0])) continue;
        yield* differing(i === j ? all[i] : [...all[i], ...all[j]].sort((a, b) => a.figure.start - b.figure.start));
      }
  }
}

/**
 * The statements of one metric that conflict: each compared with the first earlier one of the same quantity (the
 * first of its kind — role, year, term, qualifier, verb — so a long list costs one lookup a statement).
 */
function* differing(list: Statement[]): Iterable<[Figure, Figure, string]> {
  const firsts = new Map<string, Statement>();
  for (const s of list) {
    const kind = `${s.role}|${s.year}|${s.unit}|${s.term}|${s.qualifier}|${s.verb}`;
    const first = firsts.get(kind) ?? [...firsts.values()].find((t) => sameQuantity(t, s));
    if (!firsts.has(kind)) firsts.set(kind, first ?? s);
    if (!first || first === s) continue;
    if (s.figure.value === first.figure.value || s.figure.sentence === first.figure.sentence) continue;
    if (!sameQuantity(first, s)) continue;
    // In one paragraph, only targets restate (国内生产总值增长8%左右 … 提出8%左右的…目标): two exact values there are
    // two subjects (城镇… 农村…).
    if (s.figure.paragraph === first.figure.paragraph && (!s.qualifier || s.role !== 'plan')) continue;
    yield [first.figure, s.figure, first.metric];
  }
}
