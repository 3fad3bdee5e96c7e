import type { Figure } from '../figures/extract';
import { metricStatements } from '../figures/statements';
import { placeNote } from './places';
import type { Check } from './types';

/**
 * `figure.conflict`: the same metric stated twice in one part (the review, or the plan) with different values —
 * 召开常委会会议9次 here, 共召开10次常委会会议 there; 生产总值增长5.4% in the overview and 5.6% in a chapter. The
 * metric is the counted noun with its unit (and, for a rate, whether it grew or fell), whatever the verb, the
 * subject or the word order. Approximate figures, other periods (上年, 累计, 一季度…), lists (分别), shares, targets
 * and sub-totals are left out. Reported on each statement that differs from the first, which is named with it.
 */
export const figureConflict: Check = {
  code: 'figure.conflict',
  defaultSeverity: 'warning',
  description: { zh: '同一数据前后不一致', en: 'The same figure stated differently' },
  *run(model, ctx) {
    const groups = new Map<string, Figure[]>();
    for (const { figure: f, key } of metricStatements(model)) {
      if (!key) continue;
      const list = groups.get(key);
      if (list) list.push(f);
      else groups.set(key, [f]);
    }
    for (const list of groups.values()) {
      const first = list[0];
      for (const f of list) {
        // Within one paragraph two values of one noun are two subjects (城镇… 农村…), not a slip.
        if (f.value === first.value || f.paragraph === first.paragraph) continue;
        yield {
          start: f.start,
          end: f.end,
          message: {
            zh: `「${f.metric}」前后不一致：${ctx.places.line(first.line).zh}为 ${first.text}，此处为 ${f.text}。`,
            en: `“${f.metric}” is stated as ${first.text} ${ctx.places.at(first.line).en} but ${f.text} here.`,
          },
          related: [
            { start: first.start, end: first.end, message: placeNote(ctx.places, first.line, first.text, first.text) },
          ],
          data: { line: f.line },
        };
      }
    }
  },
};
