import { unmovedCounters } from '../figures/yearOver';
import { carriedFix, type CarriedFix } from './norms';
import { writtenLike } from './numbering';
import type { Check } from './types';

/**
 * `stale.counter`: a counter that moves every year — 连续第五年, 连续4年增产, 连续三届, 第十届…博览会 — at the
 * value last year's report of the place gave it, in the same words. A quick fix writes the next number.
 */
export const staleCounter: Check<CarriedFix> = {
  code: 'stale.counter',
  defaultSeverity: 'warning',
  checklist: 'check',
  description: { zh: '逐年递增的序数未更新', en: 'Yearly counter not moved on' },
  docs: {
    finds: {
      zh: '每年都应加一的序数与资料库中同地上年报告相同：连续第五年、连续4年、连续三届、第十届…博览会（会展、论坛、运动会等每年一届的活动），前后文字相同才算同一个。资料库中有上年报告时才提示。',
      en: "A counter that moves on every year equal to last year's report of the place in the library: 连续第五年, 连续4年, 连续三届, 第十届…博览会 (a fair, forum or games held every year), the same counter by the words around it. Only when the library holds last year's report",
    },
    fixes: { zh: '改为下一个数（五 → 六）', en: 'Write the next number (五 → 六)' },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　2023年，常委会连续第五年开展民生实事项目票决。\n',
      lastYear:
        '株洲市人民代表大会常务委员会工作报告\n——2023年1月10日在株洲市第十六届人民代表大会第二次会议上\n各位代表：\n　　2022年，常委会连续第五年开展民生实事项目票决。\n',
    },
  },
  fixes: carriedFix,
  *run(model, ctx) {
    const last = ctx.lastYear?.(model);
    if (!last) return;
    for (const { here } of unmovedCounters(model, last.model)) {
      const next = writtenLike(here.number, here.value + 1);
      yield {
        start: here.start,
        end: here.end,
        message: {
          zh: `与上年报告相同（${here.number}），这个序数通常每年加一，应为「${next}」？`,
          en: `The same as last year's report (${here.number}): this counter moves on each year — ${next}?`,
        },
        data: {
          edits: [{ start: here.start, end: here.end, newText: next }],
          fixTitle: { zh: `改为「${next}」`, en: `Write “${next}”` },
        },
      };
    }
  },
};
