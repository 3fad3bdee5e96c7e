/**
 * Planting slips in real reports, by rules of the evaluation's own (not the checker's): each rule finds places in a
 * report's text where a drafter's slip is realistic, and writes one variant per place with the slip in it, at a
 * known span. The rules vary the phrasing, the position and the report; they never look at what the checks do.
 */
import { parseReport, TextDoc, type ReportModel } from '../../server/src/core';
import { toChineseNumeral } from '../../server/src/core/text/numerals';
import { formulationPlants, numberPlants } from './plantNorms';

export type Family =
  'figure.conflict' | 'figure.part-whole' | 'figure.count' | 'stale.year' | 'term.formulation' | 'norm.number';
export interface Plant {
  family: Family;
  report: string;
  text: string;
  start: number;
  end: number;
  rule: string;
  also?: [number, number];
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Top-level parts of the outline as line ranges, for "the same part". */
function parts(model: ReportModel): { from: number; to: number; title: string }[] {
  const tops = model.sections;
  if (!tops.length) return [{ from: 0, to: model.lines.length - 1, title: '' }];
  return tops.map((s, i) => ({
    from: i ? s.line : 0,
    to: i + 1 < tops.length ? tops[i + 1].line - 1 : model.lines.length - 1,
    title: s.title,
  }));
}

const OTHER_TIME =
  /上年|去年|前年|同比|较上年|比上年|连续|累计|以来|年均|五年|十四五|十五五|十三五|历年|至今|平均|预计|目标|左右|以上|以下|约|近|超过|超|多|余|不到|不足/;
const VERBS =
  '制定出台|制定修订|制定颁布|审议通过|审查批准|听取和审议|召开|审议|制定|出台|听取|开展|办理|组织|新增|完成|建成|实现|作出|批准|任免|督办|收到|受理';
const UNIT = '次|部|件|个|项|人次|场|家|条';
/** verb + noun + N + unit (召开常委会会议9次), or verb + N + unit + noun (制定出台3部地方性法规). */
const COUNT_CLAUSE = new RegExp(
  `(${VERBS})(?:([\u4e00-\u9fff]{2,12}?)(\\d{1,5})(${UNIT})(?![\u4e00-\u9fff]{0,2}(?:以上|左右))|(\\d{1,5})(${UNIT})([\u4e00-\u9fff]{2,10}?)(?=[，。；、,;]))`,
  'g',
);
/** Words the rules' noun slot can catch that name nothing counted (转为下降, 实际增长, 开展首批9个…). */
const NOT_NOUNS = /^(?:首批|实施|投产|开展|建设|转为|实际|分别|继续|同比|平均|累计|新建|新增|完成|提高|推动|合计)$/;
const GROWTH_CLAUSE = /([\u4e00-\u9fff]{2,20}?)(增长|下降|提高)(\d{1,2}\.\d)%(?!以上|左右|多)/g;

/**
 * A paragraph about five years or a period: its opening says so, or a short line right before it introduces one
 * (这五年，我们… / 这是…的五年。). The year's figures are not stated, nor restated, there.
 */
function inSpanPassage(model: ReportModel, index: number): boolean {
  const spanWords = /五年|时期|以来|期间|届/;
  const q = model.paragraphs[index];
  return (
    spanWords.test(q.text.split(/[。！？；]/, 2).join('')) ||
    (index > 0 && model.paragraphs[index - 1].text.length <= 60 && spanWords.test(model.paragraphs[index - 1].text))
  );
}

/** figure.conflict: a current count or growth rate restated elsewhere in the same part with another value, in another phrasing. */
function conflicts(name: string, text: string, model: ReportModel, r: Rng): Plant[] {
  const out: Plant[] = [];
  // Parts about five years (过去五年工作回顾, “十四五”时期…) state totals over years: no year's restatement there.
  const ps = parts(model).filter(
    (x) => !/五年|十[一二三四五六]五|时期/.test(x.title) || /[12][0-9]{3}年/.test(x.title),
  );
  for (const p of model.paragraphs) {
    if (p.isHeading) continue;
    const line = model.lines[p.line];
    const part = ps.find((x) => x.from <= p.line && p.line <= x.to);
    if (!part || inSpanPassage(model, p.index)) continue;
    // A restatement of the year's figure stands in a paragraph about the year: not one that opens on five years or a period.
    const hosts = model.paragraphs.filter(
      (q) =>
        !q.isHeading &&
        q.index !== p.index &&
        q.line >= part.from &&
        q.line <= part.to &&
        q.text.length > 30 &&
        !inSpanPassage(model, q.index),
    );
    if (!hosts.length) continue;
    for (const re of [COUNT_CLAUSE, GROWTH_CLAUSE]) {
      re.lastIndex = 0;
      for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
        const clauseStart = Math.max(
          line.text.lastIndexOf('，', m.index),
          line.text.lastIndexOf('。', m.index),
          line.text.lastIndexOf('、', m.index),
          line.text.lastIndexOf('；', m.index),
        );
        const clause = line.text.slice(clauseStart + 1, m.index + m[0].length);
        // A current statement: nothing in its sentence so far frames it as another period, a list, a share or a target.
        const sentenceStart = Math.max(line.text.lastIndexOf('。', m.index), line.text.lastIndexOf('；', m.index)) + 1;
        if (
          OTHER_TIME.test(line.text.slice(sentenceStart, m.index + m[0].length)) ||
          /[“《]|分别|预期|其中|目标|计划|要|将|力争|确保|拟|等/.test(clause)
        )
          continue;
        let restated: string, value: string;
        if (re === COUNT_CLAUSE) {
          const verb = m[1];
          const noun = (m[2] ?? m[7]).replace(/(?:的|和|与).*$/, '');
          const n = m[3] ?? m[5],
            unit = m[4] ?? m[6];
          if (noun.length < 2 || /^[和及与了的]/.test(noun) || NOT_NOUNS.test(noun)) continue;
          value = String(Number(n) + 1 + Math.floor(r() * 3));
          const forms = [
            () => `${verb}${noun}${value}${unit}`,
            () => `${verb}${value}${unit}${noun}`,
            () => `全年共${verb}${noun}${value}${unit}`,
            () => `一年来先后${verb}${noun}${value}${unit}`,
            () => `共${verb}${value}${unit}${noun}`,
          ];
          restated = pick(r, forms)();
        } else {
          const [, noun, verb, pct] = m;
          if (NOT_NOUNS.test(noun) || /^[由比从]/.test(noun)) continue;
          value = (Number(pct) + 0.3 + Math.floor(r() * 5) / 10).toFixed(1);
          restated = pick(r, [() => `${noun}${verb}${value}%`, () => `全年${noun}${verb}${value}%`])();
        }
        const host = pick(r, hosts);
        const hostLine = model.lines[host.line];
        const end = hostLine.end;
        const lead = /^(?:全年|一年来|共)/.test(restated)
          ? pick(r, ['', '同时，'])
          : pick(r, ['', '一年来，', '同时，', '全年', '']);
        const sentence = `${lead}${restated}。`;
        const insertAt = text.slice(hostLine.start, end).endsWith('。') ? end : end;
        const variant = text.slice(0, insertAt) + sentence + text.slice(insertAt);
        const at = insertAt + sentence.indexOf(value);
        const orig = line.contentStart + m.index;
        out.push({
          family: 'figure.conflict',
          report: name,
          text: variant,
          start: at,
          end: at + value.length,
          rule: re === COUNT_CLAUSE ? 'count restated' : 'growth restated',
          also: [
            orig < insertAt ? orig : orig + sentence.length,
            (orig < insertAt ? orig : orig + sentence.length) + m[0].length,
          ],
        });
      }
    }
  }
  return out;
}

/** figure.part-whole: a real 其中 sentence or a done-of-received pair, with a part raised past its whole. */
function partWhole(name: string, text: string, model: ReportModel, r: Rng): Plant[] {
  const out: Plant[] = [];
  const WHOLE_PARTS =
    /(\d{1,6}(?:\.\d+)?)(万人|亿元|万元|万户|万亩|公里|个|项|件|家|名|人|所|条|部|座|批|次|场)([^。；]{0,30}?)[，,]其中([^。；]{0,60})/g;
  const SHARE = /占([\u4e00-\u9fff]{1,12}?)(?:的)?(?:比重)?(?:达到|达|为)?(\d{1,2}(?:\.\d)?)%/g;
  const DONE =
    /(\d{1,6})(件|个|项|条)([^。；]{0,30}?)[，,](?:目前)?(?:已)?(?:办理|办结|落实|解决|答复)(?:完毕)?(\d{1,6})\2|(\d{1,6})(件|个|项|条)([^。；]{0,30}?)[，,](\d{1,6})\6(?:已)?(?:办理|办结|落实|解决|答复)/g;
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    WHOLE_PARTS.lastIndex = 0;
    for (let m = WHOLE_PARTS.exec(line.text); m; m = WHOLE_PARTS.exec(line.text)) {
      if (OTHER_TIME.test(m[3]) && !/共/.test(m[3])) continue;
      const unit = m[2];
      const partsRe = new RegExp(`(\\d{1,6}(?:\\.\\d+)?)${unit}`, 'g');
      const tail = m[4];
      const found = [...tail.matchAll(partsRe)];
      if (!found.length) continue;
      const whole = Number(m[1]);
      const sum = found.reduce((n, x) => n + Number(x[1]), 0);
      if (sum > whole) continue; // already odd in the original
      const target = pick(r, found);
      const bigger = String(Math.ceil(whole + 1 + r() * whole * 0.3));
      const tailStart = m.index + m[0].length - tail.length;
      const at = line.contentStart + tailStart + (target.index ?? 0);
      const variant = text.slice(0, at) + bigger + text.slice(at + target[1].length);
      out.push({
        family: 'figure.part-whole',
        report: name,
        text: variant,
        start: at,
        end: at + bigger.length,
        rule: '其中 part raised',
        also: [line.contentStart + m.index, line.contentStart + m.index + m[1].length],
      });
    }
    SHARE.lastIndex = 0;
    for (let m = SHARE.exec(line.text); m; m = SHARE.exec(line.text)) {
      const pct = m[2];
      const over = String(100 + Number(pct.split('.')[0]) + 1);
      const at = line.contentStart + m.index + m[0].lastIndexOf(pct);
      out.push({
        family: 'figure.part-whole',
        report: name,
        text: text.slice(0, at) + over + text.slice(at + pct.length),
        start: at,
        end: at + over.length,
        rule: 'share above 100%',
      });
    }
    DONE.lastIndex = 0;
    for (let m = DONE.exec(line.text); m; m = DONE.exec(line.text)) {
      const wholeText = m[1] ?? m[5],
        partText = m[4] ?? m[8];
      if (Number(partText) > Number(wholeText)) continue;
      const bigger = String(Number(wholeText) + 1 + Math.floor(r() * 20));
      const rel = m[0].lastIndexOf(partText);
      const at = line.contentStart + m.index + rel;
      out.push({
        family: 'figure.part-whole',
        report: name,
        text: text.slice(0, at) + bigger + text.slice(at + partText.length),
        start: at,
        end: at + bigger.length,
        rule: 'done above received',
      });
    }
  }
  return out;
}

const CN = '零一二三四五六七八九十';
const countOf = (s: string) =>
  /^\d+$/.test(s)
    ? Number(s)
    : s === '两'
      ? 2
      : s === '十'
        ? 10
        : s.length === 2 && s[0] === '十'
          ? 10 + CN.indexOf(s[1])
          : s.length === 2 && s[1] === '十'
            ? CN.indexOf(s[0]) * 10
            : CN.indexOf(s);

/** figure.count: a lead-in announcing N aspects or tasks, followed by N numbered entries or 一是…; the number moved by one. */
function counts(name: string, text: string, model: ReportModel, r: Rng): Plant[] {
  const out: Plant[] = [];
  const LEAD =
    /(以下|抓好|做好|突出|聚焦|重点抓好|围绕|着力抓好|重点做好)?([一二三四五六七八九十两]{1,2}|\d{1,2})(个)?(方面|项重点工作|项工作|大任务|件事)/g;
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    LEAD.lastIndex = 0;
    for (let m = LEAD.exec(line.text); m; m = LEAD.exec(line.text)) {
      const stated = countOf(m[2]);
      if (!(stated >= 2 && stated <= 15)) continue;
      if (/一方面|另一方面/.test(line.text.slice(Math.max(0, m.index - 1), m.index + m[0].length))) continue;
      // A lead-in ends its paragraph (…九个方面工作。) or opens an enumeration (…四件事：一是…).
      const rest = line.text.slice(m.index + m[0].length);
      if (!/^(?:的)?(?:重点|主要)?(?:工作|任务|措施|目标|方向|内容)?(?:来看)?\s*[。：:]?\s*(?:一是|$)/.test(rest))
        continue;
      const shi = (rest.match(/[一二三四五六七八九十]+是/g) ?? []).length;
      let listed = shi;
      if (!shi) {
        const after = model.flat.filter((s) => s.line > p.line && s.number !== null);
        const first = after[0];
        if (!first || first.line > p.line + 3) continue;
        const run = after.filter((s) => s.kind === first.kind && s.parent === first.parent);
        listed = run.length;
      }
      if (listed !== stated) continue;
      const moved = stated + (stated > 2 && r() < 0.5 ? -1 : 1);
      const written = /^\d+$/.test(m[2]) ? String(moved) : moved === 2 ? '两' : toChineseNumeral(moved);
      const at = line.contentStart + m.index + (m[1]?.length ?? 0);
      out.push({
        family: 'figure.count',
        report: name,
        text: text.slice(0, at) + written + text.slice(at + m[2].length),
        start: at,
        end: at + written.length,
        rule: shi ? 'lead-in before 一是…' : 'lead-in before numbered entries',
      });
    }
  }
  return out;
}

/** The report's time frame as the evaluation sees it: the subtitle's date, else the file name's year (delivery). */
export function evalFrame(name: string, model: ReportModel): { reviewed: number } | undefined {
  const d = model.header.date;
  if (d) return { reviewed: d.month >= 9 ? d.year : d.year - 1 };
  const f = /(?:^|\/)(\d{4})_/.exec(name);
  return f ? { reviewed: Number(f[1]) - 1 } : undefined;
}

/**
 * stale.year: last year's year left where this year's belongs — in part titles, an opening 2024年是…, a dash lead
 * line, 编制N年…计划 / N年立法计划, N年注定是…, 今年/明年/过去一年 beside a year. A review year R becomes R−1, a plan
 * year R+1 becomes R, as when last year's report is copied.
 */
function staleYears(name: string, text: string, model: ReportModel): Plant[] {
  const frame = evalFrame(name, model);
  if (!frame) return [];
  const R = frame.reviewed;
  const out: Plant[] = [];
  const partLines = new Set(model.sections.map((s) => s.line));
  const CONTEXTS: [string, RegExp][] = [
    ['opening 年是', /(?:^|——)(\d{4})年[，,]?(?:是|注定是|，是)/g],
    ['编制…计划', /编制(\d{4})年(?:度)?[\u4e00-\u9fff]{0,8}(?:计划|要点)/g],
    ['N年…计划', /(\d{4})年(?:度)?(?:立法|监督|工作|代表工作|调研|执法检查)(?:计划|要点)/g],
    ['今年/明年 with a year', /(?:今年|明年|过去一年|新的一年)(?:是|即)?(\d{4})年/g],
    ['年注定是', /(\d{4})年注定是/g],
  ];
  for (const line of model.lines) {
    const isPart = partLines.has(line.index);
    const contexts: [string, RegExp][] = isPart ? [['part title', /(\d{4})年/g], ...CONTEXTS] : CONTEXTS;
    const seen = new Set<number>();
    for (const [rule, re] of contexts) {
      re.lastIndex = 0;
      for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
        const y = Number(m[1]);
        const at = m.index + m[0].indexOf(m[1]);
        if (seen.has(at) || (y !== R && y !== R + 1)) continue;
        if (/^年(?:底|末|以来|前)/.test(line.text.slice(at + 4))) continue;
        seen.add(at);
        const planted = String(y - 1);
        const off = line.contentStart + at;
        out.push({
          family: 'stale.year',
          report: name,
          text: text.slice(0, off) + planted + text.slice(off + 4),
          start: off,
          end: off + 4,
          rule: `${y === R ? 'review' : 'plan'}: ${rule}`,
        });
      }
    }
  }
  return out;
}

export function plants(name: string, text: string, r: Rng): Plant[] {
  const model = parseReport(new TextDoc(`file:///eval/${name}`, text));
  return [
    ...conflicts(name, text, model, r),
    ...partWhole(name, text, model, r),
    ...counts(name, text, model, r),
    ...staleYears(name, text, model),
    ...formulationPlants(name, text, r),
    ...numberPlants(name, text, r),
  ];
}
