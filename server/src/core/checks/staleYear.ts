import type { ReportModel, Section } from '../model/types';
import type { Check } from './types';

const REVIEW = /回顾|总结|工作情况/;
const PLAN = /任务|思路|安排|部署|建议|目标|打算/;
const YEAR = /([12][0-9]{3})\s*年/;

/** The year the report reviews: the delivery year for a report given from September on, else the year before. */
export function reviewedYear(model: ReportModel): number | undefined {
  const d = model.header.date;
  if (!d) return undefined;
  return d.month >= 9 ? d.year : d.year - 1;
}

function partTitles(model: ReportModel): Section[] {
  return model.flat.filter((s) => s.kind === 'part');
}

/**
 * `stale.year`: a year that contradicts the report's own time frame, inferred from the subtitle's date: a review
 * part titled with another year than the reviewed one, a plan part with another than the next, or a review part
 * opening with last year's year (2021年，是… in the report on 2022).
 */
export const staleYear: Check = {
  code: 'stale.year',
  defaultSeverity: 'warning',
  description: { zh: '年份与报告时间不符', en: 'Year does not fit the report' },
  *run(model) {
    const reviewed = reviewedYear(model);
    if (reviewed === undefined) return;
    const when = `${model.header.date!.year}年${model.header.date!.month}月${model.header.date!.day ? `${model.header.date!.day}日` : ''}`;
    for (const s of partTitles(model)) {
      const m = YEAR.exec(s.title);
      if (!m) continue;
      const y = Number(m[1]);
      const isReview = REVIEW.test(s.title), isPlan = PLAN.test(s.title);
      const expected = isReview ? reviewed : isPlan ? reviewed + 1 : undefined;
      const fits = expected === undefined ? y === reviewed || y === reviewed + 1 : y === expected;
      if (fits) continue;
      const at = model.lines[s.line].text.indexOf(m[0]);
      const start = model.lines[s.line].contentStart + Math.max(0, at);
      yield {
        start, end: start + m[1].length,
        message: {
          zh: `年份不符：报告作于${when}，${isPlan ? '部署的是' : '回顾的是'} ${expected ?? `${reviewed}–${reviewed + 1}`} 年，此处为 ${y} 年。`,
          en: `Year mismatch: the report was given ${model.header.date!.year}-${model.header.date!.month}; this part should be about ${expected ?? `${reviewed}–${reviewed + 1}`}, not ${y}.`,
        },
        data: { line: s.line, expected },
      };
      // The review part's opening sentence: 2022年，是… / 2022年是…
    }
    const review = partTitles(model).find((s) => REVIEW.test(s.title) || /主要工作|过去一年/.test(s.title));
    if (!review) return;
    const first = model.paragraphs.find((p) => p.line > review.line && !p.isHeading);
    const m = first && /^([12][0-9]{3})\s*年[，,\s]*是/.exec(first.text);
    if (m && Number(m[1]) !== reviewed) {
      yield {
        start: first!.start, end: first!.start + m[1].length,
        message: { zh: `年份不符：报告作于${when}，回顾的是 ${reviewed} 年，此处为 ${m[1]} 年。`, en: `Year mismatch: the review is of ${reviewed}, not ${m[1]}.` },
        data: { line: first!.line, expected: reviewed },
      };
    }
  },
};
