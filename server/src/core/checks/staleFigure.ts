import { unchangedFigures } from '../figures/yearOver';
import { timeFrame } from '../model/timeFrame';
import type { Check } from './types';

/**
 * `stale.figure` (information): a figure of this year's review equal to last year's figure of the same quantity in
 * the library's report of the place (figures/yearOver.ts: the statement model across the two reports, the metric in
 * its own words) — 召开常委会会议9次 this year and last — often a figure nobody updated. Only when the library holds
 * last year's report of the place (the editor, and the CLI's `check --library`).
 */
export const staleFigure: Check = {
  code: 'stale.figure',
  defaultSeverity: 'information',
  checklist: 'check',
  description: { zh: '数据与上年报告相同', en: "Figure equals last year's" },
  docs: {
    finds: {
      zh: '回顾部分的数据与资料库中同地上年报告的同一数据相同（与 2019 年报告相同（“召开常委会会议10次”），请核实是否已更新）：同一指标（措辞可以不同，如 召开常委会会议 / 常委会会议）、同一单位、限定和动词，各为其回顾年。资料库中有上年报告时才提示（编辑器中，以及命令行的 `check --library`）。',
      en: "A figure of the review equal to the same figure of last year's report of the place in the library (与 2019 年报告相同（“召开常委会会议10次”），请核实是否已更新): the same metric in its own words, unit, qualifier and verb, each for its reviewed year. Only when the library holds last year's report (in the editor, and with the CLI's `check --library`)",
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　2023年，常委会共召开常委会会议10次，审议议题45项。\n',
      lastYear:
        '株洲市人民代表大会常务委员会工作报告\n——2023年1月10日在株洲市第十六届人民代表大会第二次会议上\n各位代表：\n　　2022年，常委会共召开常委会会议10次，审议议题42项。\n',
    },
  },
  *run(model, ctx) {
    const last = ctx.lastYear?.(model);
    if (!last) return;
    const year = last.year ?? timeFrame(last.model)?.reviewed;
    for (const { here, said } of unchangedFigures(model, last.model)) {
      if (ctx.isCancelled()) return;
      yield {
        start: here.start,
        end: here.end,
        message: {
          zh: `与 ${year} 年报告相同（“${said}”），请核实是否已更新。`,
          en: `The same as in the ${year} report (“${said}”): has it been updated?`,
        },
      };
    }
  },
};
