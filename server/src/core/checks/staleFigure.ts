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
  docs: {
    finds: {
      zh: '本年的关键计数与资料库中同地上年报告的同一指标相同（与 2019 年报告相同（10次），请核实是否已更新）；仅在编辑器中、资料库有该报告时提示。',
      en: "A key count of the year equal to last year's value for the same metric in the library's report of the same place (与 2019 年报告相同（10次），请核实是否已更新); only in the editor, when the library holds that report",
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　2023年，常委会共召开常委会会议10次，审议议题45项。\n',
      lastYear:
        '株洲市人民代表大会常务委员会工作报告\n——2023年1月10日在株洲市第十六届人民代表大会第二次会议上\n各位代表：\n　　2022年，常委会共召开常委会会议10次，审议议题42项。\n',
    },
  },
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
      };
    }
  },
};
