import { placeNote } from './places';
import { deleteSpan } from '../model/edits';
import { asFound, oneEditFix, percent, type CopyData } from './repeats';
import type { Check } from './types';

/**
 * `repeat.sentence`: a sentence (long enough once stop phrases and “quoted” slogans are set aside) that appears
 * again in another paragraph — verbatim anywhere, or edited (Dice ≥ sentenceThreshold) within the same part of
 * the report, since the plan part legitimately restates the review. Consecutive repeated sentences from one
 * paragraph are one finding.
 */
export const repeatSentence: Check<CopyData & { start: number; end: number }> = {
  code: 'repeat.sentence',
  defaultSeverity: 'warning',
  description: { zh: '句子与其他段落重复', en: 'Sentence repeats one in another paragraph' },
  docs: {
    finds: {
      zh: '一句话（去掉常用语和引号内口号后至少 `repeat.sentenceMinLength` = 20 字）在另一段再次出现：任何位置逐字相同，或在同一部分内改动后仍相似（Dice ≥ 0.85）——安排部分复述回顾是正常的。连续重复的几句合为一条，范围正好是这几句。',
      en: 'A sentence (≥ `repeat.sentenceMinLength` = 20 content characters once stop phrases and “quoted” slogans are removed) appears again in another paragraph: verbatim anywhere, or edited (Dice ≥ 0.85) within the same part — the plan part legitimately restates the review. Consecutive repeated sentences are one finding, ranged on exactly those sentences',
    },
    fixes: { zh: '删除重复的句子；查看另一处', en: 'Delete the repeated sentences; show the other copy' },
    example: {
      draft:
        '一、主要工作\n　　加强环保工作监督。常委会组织开展大气污染防治法执法检查，督促市政府整改突出问题十二个。听取和审议市政府关于环境状况和环境保护目标完成情况的报告，推动湘江保护和治理。\n　　加强民生工作监督。围绕教育、医疗、养老等群众关切开展专题调研，提出意见建议三十余条。常委会组织开展大气污染防治法执法检查，督促市政府整改突出问题十二个。\n',
    },
  },
  copies: asFound,
  fixes: (model, data) =>
    oneEditFix(
      { zh: '删除重复的句子', en: 'Delete the repeated sentences' },
      deleteSpan(model, data.line, data.start, data.end),
    ),
  *run(model, ctx) {
    for (const r of ctx.repeats().sentences) {
      if (ctx.isCancelled()) return;
      const e = model.paragraphs[r.earlierParagraph];
      const there = ctx.places.paragraph(e.line);
      const what =
        r.sentences > 1
          ? { zh: `这 ${r.sentences} 句`, en: `These ${r.sentences} sentences` }
          : { zh: '这句话', en: 'This sentence' };
      yield {
        start: r.start,
        end: r.end,
        message: r.exact
          ? {
              zh: `${what.zh}与${there.zh}中的文字重复。`,
              en: `${what.en} ${r.sentences > 1 ? 'repeat' : 'repeats'} text of ${there.en}.`,
            }
          : {
              zh: `${what.zh}与${there.zh}中的文字相似（相似度 ${percent(r.dice)}）。`,
              en: `${what.en} nearly ${r.sentences > 1 ? 'repeat' : 'repeats'} text of ${there.en} (${percent(r.dice)}).`,
            },
        related: [
          {
            start: r.earlierStart,
            end: r.earlierEnd,
            message: placeNote(ctx.places, e.line, '先出现的文字', 'the earlier text'),
          },
        ],
        data: { line: model.paragraphs[r.paragraph].line, firstLine: e.line, start: r.start, end: r.end },
      };
    }
  },
};
