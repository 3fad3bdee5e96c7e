import { extractFigures } from '../figures/extract';
import type { Check } from './types';

/**
 * `stale.figure` (information): a key count of the year that equals last year's value for the same metric in the
 * library's report of the same place — 召开常委会会议9次 this year and last — often a figure nobody updated. Only
 * when the library holds last year's report of the place; the panel shades the same figures.
 */
export const staleFigure: Check = {
  code: 'stale.figure',
  defaultSeverity: 'information',
  description: { zh: '数据与上年报告相同', en: "Figure equals last year's" },
  *run(model, ctx) {
    const rows = ctx.pastFigures?.(model) ?? [];
    if (!rows.length) return;
    const figures = extractFigures(model);
    for (const row of rows) {
      if (!row.sameAsLastYear) continue;
      const f = figures.find((x) => x.line === row.line && x.text === row.text);
      const last = row.past.filter((p) => p.value === row.value).pop();
      if (!f || !last) continue;
      yield {
        start: f.start,
        end: f.end,
        message: {
          zh: `「${row.metric}」与 ${last.year} 年报告相同（${row.text}），请核实是否已更新。`,
          en: `“${row.metric}” is the same as in the ${last.year} report (${row.text}): check that it was updated.`,
        },
        data: { line: f.line },
      };
    }
  },
};
