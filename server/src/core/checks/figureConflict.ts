import { extractFigures, type Figure } from '../figures/extract';
import type { Check } from './types';

/** Metrics a report states in its overview and again in its chapters: the head nouns conflicts are checked for. */
const HEAD = /(?:会议|法规|条例|报告|检查|视察|评议|调研|决议|决定|建议|议案|意见|提案|问题|座谈会|听证会|规范性文件|工作人员|联系点)$/;

/**
 * `figure.conflict`: the same metric, in the same part, about the current period, stated with different values
 * (常委会会议9次 in the overview, 10次 in a chapter). Approximate figures and statements about other periods
 * (上年, 累计, 连续, 以来…) are left out.
 */
export const figureConflict: Check = {
  code: 'figure.conflict',
  defaultSeverity: 'warning',
  description: { zh: '同一数据前后不一致', en: 'The same figure stated differently' },
  *run(model) {
    const figures = extractFigures(model).filter((f) => f.kind === 'count' && !!f.metric && f.current && !f.approx && HEAD.test(f.metric));
    // Overview paragraphs state the year's key counts together (常委会会议N次、主任会议N次、…): a conflict is a
    // figure that contradicts one of them, so two passing mentions of 建议 never clash.
    const keyedPerParagraph = new Map<number, number>();
    for (const f of figures) keyedPerParagraph.set(f.paragraph, (keyedPerParagraph.get(f.paragraph) ?? 0) + 1);
    const isOverview = (f: Figure) => (keyedPerParagraph.get(f.paragraph) ?? 0) >= 4;
    const groups = new Map<string, Figure[]>();
    for (const f of figures) {
      const key = `${f.part}|${f.metric}|${f.unit}`;
      const list = groups.get(key) ?? [];
      list.push(f);
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      const first = list.find(isOverview);
      if (!first) continue;
      for (const f of list) {
        if (f === first || f.value === first.value) continue;
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
