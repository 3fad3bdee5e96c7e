/**
 * The time frame of a report: the year it reviews and the year it plans for, and where the plan begins. Inferred
 * from the subtitle's date in any real form (2023年12月26日 or 二〇二三年十二月…, with or without ——, with the
 * speaker appended), else from a dated line near the top, else from its part titles (2025年工作回顾 / 2026年重点
 * 工作), else from the years the text names most. Library, completions and the leftover-year check share it.
 */
import { parseArabic, parseChineseNumeral } from '../text/numerals';
import type { ReportModel, Section } from './types';
import { modelLayer } from './layers';

export interface TimeFrame {
  reviewed: number;
  planned: number;
  /** Where the year came from: a date is certain; titles and counts are inferences. */
  source: 'date' | 'titles' | 'text';
  /** First line of the part about the planned year, if the report has one. */
  planStart?: number;
}

const ARABIC_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月/;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月/;
const REVIEW_WORDS = /回顾|总结|工作情况|过去一年|一年来|发展成就|主要成绩/;
const PLAN_WORDS =
  /任务|安排|部署|建议|打算|思路|目标|重点工作|工作要点|总体要求|政策取向|今年|明年|新的一年|开好局|起好步|开局|起步/;
/** A paragraph where the text turns to next year's work, for reports whose plan part has no title. */
const PLAN_TURN =
  /^(?:[0-9]{4}年|今年|明年|新的一年|今后一年)[^。]{0,40}(?:工作的总体要求|主要任务|重点抓好|着力抓好|抓好以下|做好以下|工作安排|工作思路)|(?:常委会|我们)(?:明年|今年)将|^(?:明年|新的一年)[，,]?(?:常委会|我们|市人大常委会)/;

/** A year written digit by digit (二〇二三), which parseChineseNumeral rightly refuses as a number. */
function chineseYear(s: string): number {
  return Number([...s].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
}

/** The delivery date of a line that names one (2023年12月26日… / 二〇二三年十二月…). */
export function dateIn(text: string): { year: number; month: number } | undefined {
  const a = ARABIC_DATE.exec(text);
  if (a) return { year: parseArabic(a[1])!, month: parseArabic(a[2])! };
  const c = CHINESE_DATE.exec(text);
  if (c) {
    const month = parseChineseNumeral(c[2]);
    if (month) return { year: chineseYear(c[1]), month };
  }
  return undefined;
}

export function partKind(title: string, isFirst: boolean): 'review' | 'plan' | undefined {
  const review = REVIEW_WORDS.test(title),
    plan = PLAN_WORDS.test(title);
  if (review && !plan) return 'review';
  if (plan && !review) return 'plan';
  // 2023年主要工作 (and 关于2026年工作) open a report as its review and later stand for the plan.
  if (/主要工作|^关于[12][0-9]{3}年(?:的)?工作/.test(title)) return isFirst ? 'review' : 'plan';
  return undefined;
}

function fromDate(model: ReportModel): number | undefined {
  const header = model.header;
  const d =
    header.date ?? [header.subtitle?.text, header.title?.text].map((t) => (t ? dateIn(t) : undefined)).find(Boolean);
  if (d) return d.month >= 9 ? d.year : d.year - 1;
  // A subtitle the header did not recognise (no ——, speaker appended): a dated line naming a 会议 near the top.
  for (const line of model.lines.slice(0, 25)) {
    if (!/会议|大会/.test(line.text) || line.text.length > 80) continue;
    const x = dateIn(line.text);
    if (x) return x.month >= 9 ? x.year : x.year - 1;
  }
  return undefined;
}

/** Each year a part title names, with the kind of the clause it stands in (1998年工作回顾和1999年工作的总体要求). */
export function titleYears(title: string, isFirst: boolean): { year: number; kind: 'review' | 'plan'; at: number }[] {
  const out: { year: number; kind: 'review' | 'plan'; at: number }[] = [];
  const re = /([12][0-9]{3})\s*年/g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    const from =
      Math.max(title.lastIndexOf('和', m.index), title.lastIndexOf('与', m.index), title.lastIndexOf('及', m.index)) +
      1;
    const next = title.slice(m.index + m[0].length).search(/[和与及]/);
    const clause = title.slice(from, next < 0 ? undefined : m.index + m[0].length + next);
    // A title with one year takes its kind from the whole title; with several, each from its own clause.
    const single = (title.match(/[12][0-9]{3}\s*年/g) ?? []).length === 1;
    const kind = partKind(clause, isFirst) ?? (single ? partKind(title, isFirst) : undefined);
    if (kind) out.push({ year: Number(m[1]), kind, at: m.index });
  }
  return out;
}

/** The reviewed year each year-titled part implies (a plan for Y implies a review of Y−1). */
function titleVotes(parts: Section[]): number[] {
  const out: number[] = [];
  for (const [i, s] of parts.entries())
    for (const t of titleYears(s.title, i === 0)) out.push(t.kind === 'review' ? t.year : t.year - 1);
  return out;
}

/** The two consecutive years the text names most (a review of Y mentions Y, its plan Y+1), with how often. */
function fromText(model: ReportModel): { year: number; count: number } | undefined {
  const counts = new Map<number, number>();
  // Full-width years too (１９５５年): older reports write them so.
  for (const m of model.text.matchAll(/([12１２][0-9０-９]{3})年/g)) {
    const y = Number(m[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined,
    bestN = 0;
  for (const [y, n] of counts) {
    const pair = n + (counts.get(y + 1) ?? 0);
    if (pair > bestN || (pair === bestN && best !== undefined && y > best)) {
      best = y;
      bestN = pair;
    }
  }
  return best !== undefined && bestN >= 4 ? { year: best, count: bestN } : undefined;
}

/**
 * The report's parts: top-level entries, including a numbered chapter that stands at the top and titles a part
 * (一、2024年工作回顾和“十四五”发展主要成绩), as 2026 provincial reports number their parts.
 */
export function topLevelParts(model: ReportModel): Section[] {
  return model.flat.filter(
    (s) =>
      s.kind === 'part' ||
      (!s.parent &&
        (s.kind === 'heading' ||
          (s.kind === 'chapter' && /[12][0-9]{3}\s*年/.test(s.title) && partKind(s.title, false) !== undefined))),
  );
}

/** The year a report reviews and where its plan begins (a layer of the model: computed once per text). */
export const timeFrame = modelLayer('timeFrame', computeTimeFrame);

function computeTimeFrame(model: ReportModel): TimeFrame | undefined {
  const parts = topLevelParts(model);
  let reviewed = fromDate(model);
  let source: TimeFrame['source'] = 'date';
  if (reviewed === undefined) {
    // The titles vote; where they disagree (one of them left from last year), or where the text's own years are
    // newer than the titles say, the newer wins: a leftover is always older than the truth.
    const votes = titleVotes(parts);
    const text = fromText(model);
    const tally = new Map<number, number>();
    for (const v of votes) tally.set(v, (tally.get(v) ?? 0) + 1);
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    if (ranked.length) {
      const top = ranked.filter((r) => r[1] === ranked[0][1]).map((r) => r[0]);
      reviewed = text && top.includes(text.year) ? text.year : Math.max(...top);
      if (text && text.count >= 6 && text.year > reviewed && !votes.includes(text.year) && votes.length <= 2)
        reviewed = text.year;
      source = 'titles';
    }
  }
  if (reviewed === undefined) {
    const t = fromText(model);
    if (t) {
      reviewed = t.year;
      source = 'text';
    }
  }
  let frame: TimeFrame | undefined;
  if (reviewed !== undefined) {
    const planPart =
      parts.find(
        (s, i) => partKind(s.title, i === 0) === 'plan' && !/十[四五六]五|五年/.test(s.title.replace(/和.*$/, '')),
      ) ?? parts.find((s, i) => partKind(s.title, i === 0) === 'plan');
    let planStart = planPart?.line;
    if (planStart === undefined) {
      const firstReview = parts.find((s, i) => partKind(s.title, i === 0) === 'review')?.line ?? 0;
      const planned = String(reviewed + 1);
      planStart = model.paragraphs.find(
        (p) =>
          p.line > firstReview &&
          (PLAN_TURN.test(p.text) || p.text.startsWith(`${planned}年是`) || p.text.startsWith(`${planned}年，是`)),
      )?.line;
      // A review's chapters close with 各位代表，过去的一年…; a chapter after that closing belongs to the plan, even out
      // of place. Only between chapters: the same words also open a review's summary (云南, 江苏 2026), before any.
      // (The last such closing: a pasted section may carry a copy of it earlier.)
      const chapterLines = model.flat.filter((c) => c.kind === 'chapter' && c.line > firstReview).map((c) => c.line);
      const closing = [...model.paragraphs]
        .reverse()
        .find(
          (p) =>
            /^各位代表[，,!！\s]/.test(p.text) &&
            /注定|过去的一年|这一年|刚刚过去/.test(p.text) &&
            chapterLines.some((l) => l < p.line) &&
            chapterLines.some((l) => l > p.line),
        );
      const afterClosing = closing && chapterLines.find((l) => l > closing.line);
      if (afterClosing !== undefined && (planStart === undefined || afterClosing < planStart)) planStart = afterClosing;
    }
    frame = { reviewed, planned: reviewed + 1, source, ...(planStart !== undefined ? { planStart } : {}) };
  }
  return frame;
}
