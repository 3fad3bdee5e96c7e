import { offsetIn } from '../model/lines';
import { memoByText } from '../text/memo';
import { timeFrame, titleYears, topLevelParts, type TimeFrame } from '../model/timeFrame';
import type { ReportModel } from '../model/types';
import type { Check, CheckFix, Finding } from './types';

/**
 * Places where a year speaks of the reviewed or the planned year, as drafters write them: an opening 2024年是… (also
 * after 各位代表，), a dash lead line ——2024年，我们…, N年注定是…, 编制N年…计划 and N年立法/监督/工作计划, and
 * 今年/明年/过去一年 beside a year. Years of other periods (“十四五”, 截至2024年底, 自2019年以来) are not in these.
 */
const CONTEXTS: RegExp[] = [
  /^(?:(?:各位代表|同志们)[，,!！]\s*)?(?:——)?([12][0-9]{3})年[，,]?\s*(?:是|注定是|我们|在|全市|全省|常委会|市人大常委会)/g,
  /([12][0-9]{3})年注定是/g,
  /编制([12][0-9]{3})年(?:度)?[\u4e00-\u9fff]{0,8}?(?:计划|要点)/g,
  /([12][0-9]{3})年(?:度)?(?:立法|监督|工作|代表工作|调研|执法检查|备案审查)(?:计划|要点)/g,
  /(?:今年|明年|过去一年|新的一年)(?:是|即|，|,)?([12][0-9]{3})年/g,
];

/** The years of a line that stand in one of the contexts, with their offsets; remembered per line text. */
const yearsInContext = memoByText((text: string) => {
  const out: { year: number; at: number }[] = [];
  const seen = new Set<number>();
  for (const re of CONTEXTS) {
    for (const m of text.matchAll(re)) {
      const at = m.index! + m[0].indexOf(m[1]);
      if (!seen.has(at)) {
        seen.add(at);
        out.push({ year: Number(m[1]), at });
      }
    }
  }
  return out;
});

function mismatch(
  model: ReportModel,
  frame: TimeFrame,
  y: number,
  expected: number,
  inPlan: boolean,
  start: number,
): Finding<YearData> {
  const d = model.header.date;
  const when = d ? `${d.year}年${d.month}月${d.day ? `${d.day}日` : ''}` : undefined;
  const what = inPlan ? '部署的是' : '回顾的是';
  return {
    start,
    end: start + 4,
    message: {
      zh: when
        ? `年份不符：报告作于${when}，${what} ${expected} 年，此处为 ${y} 年。`
        : `年份不符：据${frame.source === 'date' ? '副标题日期' : '部分标题'}，本报告${what} ${expected} 年，此处为 ${y} 年。`,
      en: `Year mismatch: this ${inPlan ? 'plan is for' : 'review is of'} ${expected} (${when ? `the report was given ${d!.year}-${d!.month}` : frame.source === 'date' ? 'from the subtitle date' : 'from the part titles'}), not ${y}.`,
    },
    data: { start, year: y, expected },
  };
}

/**
 * `stale.year`: last year's year left in — a part title, an opening sentence, a dash lead, a work plan named by year —
 * against the report's time frame (timeFrame: the subtitle's date, else its part titles). In the review the year
 * is the reviewed one, in the plan part the planned one. Part titles must match exactly; elsewhere only the year
 * just before the expected one is taken for a leftover, so a review that names earlier years stays silent.
 */
export const staleYear: Check<YearData> = {
  code: 'stale.year',
  defaultSeverity: 'warning',
  checklist: 'check',
  description: { zh: '年份与报告时间不符', en: 'Year does not fit the report' },
  docs: {
    finds: {
      zh: '对照报告的时间框架，遗留了上一年的年份。时间框架取自副标题的日期（各种写法：有无 ——、附讲话人、二〇二三年十二月……；9 月起的报告回顾当年，之前回顾上一年）；没有时取开头附近带日期的行；再没有则由各部分标题投票（遗留的年份更旧，相持时取较新的年份，正文的年份更新时取正文的）。部分标题必须相符（1998年工作回顾和1999年工作的总体要求 中每个年份按各自分句）；开头的 2022年，是…（含 各位代表， 之后）、——2019年，我们…、N年注定是…、编制N年…计划、N年立法/监督/工作计划，以及 今年/明年 旁的年份，比应有年份早一年时提示——回顾部分应为回顾年，安排部分应为计划年（安排部分始于以计划为题的部分、文字转向 明年/今年 处，或回顾结尾的 各位代表 段之后）。',
      en: "Last year's year left in, against the report's time frame: from the subtitle's date in any form (with or without ——, the speaker appended, 二〇二三年十二月…; from September on a report reviews its own year, before that the year before), else a dated line near the top, else the part titles voting (a leftover is older, so a tie goes to the newer year, and to the text's own years when they are newer). Part titles (each year of 1998年工作回顾和1999年工作的总体要求 by its own clause) must match; an opening 2022年，是… (also after 各位代表，), ——2019年，我们…, N年注定是…, 编制N年…计划, N年立法/监督/工作计划 and 今年/明年 beside a year are flagged when they name the year before the expected one — the reviewed year in the review, the planned year in the plan part (which starts at a plan-titled part, where the text turns to 明年/今年, or after the review's closing 各位代表 paragraph)",
    },
    fixes: {
      zh: '改为应有的年份；本部分有多处同样的旧年份时，一次全部改正（一次撤销即可恢复）',
      en: 'Write the expected year; where the part has more of the same leftover, all of them at once (one undo)',
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　2022年，是全面贯彻落实党的二十大精神的开局之年。\n',
    },
  },
  fixes: yearFixes,
  run: yearFindings,
};

/** A leftover year's data: where it is, what it says and what the report's time frame wants there. */
interface YearData {
  start: number;
  year: number;
  expected: number;
}

/** This year written over the leftover; and, when the part has more of the same leftover, all of them at once. */
function yearFixes(model: ReportModel, data: YearData): CheckFix[] {
  const title = (n: number) => ({
    zh: n > 1 ? `本部分 ${n} 处 ${data.year} 年都改为 ${data.expected} 年` : `改为 ${data.expected} 年`,
    en: n > 1 ? `Write ${data.expected} for all ${n} of ${data.year} in this part` : `Write ${data.expected}`,
  });
  const edit = (start: number) => ({ start, end: start + 4, newText: String(data.expected) });
  if (model.text.slice(data.start, data.start + 4) !== String(data.year)) return [];
  const out: CheckFix[] = [{ title: title(1), edits: [edit(data.start)], preferred: true }];
  const part = topLevelParts(model)
    .filter((p) => p.start <= data.start)
    .pop();
  const partEnd = part ? part.end : Infinity;
  const same = [...yearFindings(model)]
    .map((f) => f.data!)
    .filter(
      (d) => d.year === data.year && d.expected === data.expected && d.start >= (part?.start ?? 0) && d.start < partEnd,
    )
    .filter((d) => model.text.slice(d.start, d.start + 4) === String(d.year));
  if (same.length > 1) out.push({ title: title(same.length), edits: same.map((d) => edit(d.start)) });
  return out;
}

function* yearFindings(model: ReportModel): Iterable<Finding<YearData>> {
  const frame = timeFrame(model);
  if (!frame || frame.source === 'text') return;
  const parts = topLevelParts(model);
  const partLines = new Set(parts.map((s) => s.line));
  const inPlan = (line: number) => frame.planStart !== undefined && line >= frame.planStart;
  // Part titles: with a date they are checked; inferred from the titles, a title can only disagree with another.
  for (const [i, s] of parts.entries()) {
    const line = model.lines[s.line];
    const titleAt = line.text.indexOf(s.title);
    for (const t of titleYears(s.title, i === 0)) {
      const expected = t.kind === 'review' ? frame.reviewed : frame.planned;
      if (t.year !== expected)
        yield mismatch(model, frame, t.year, expected, t.kind === 'plan', offsetIn(line, Math.max(0, titleAt) + t.at));
    }
  }
  for (const p of model.paragraphs) {
    if (partLines.has(p.line)) continue;
    const line = model.lines[p.line];
    const plan = inPlan(p.line);
    const expected = plan ? frame.planned : frame.reviewed;
    for (const { year, at } of yearsInContext(line.text)) {
      if (year === expected - 1) yield mismatch(model, frame, year, expected, plan, offsetIn(line, at));
    }
  }
}
