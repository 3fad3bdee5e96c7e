import { exampleItem, reviewFindings } from './reviews';
import type { Check } from './types';

const PARAGRAPH = '全年共召开常委会会议7次，听取和审议专项工作报告24个。';

/**
 * `review.comment`: a reviewer's comment (批注) from a returned copy of the draft (征求意见), on the text it was
 * anchored to — found again in the draft by the paragraph's text, however the draft has moved on. Information only:
 * it is what another office said, for the drafter to weigh.
 */
export const reviewComment: Check = {
  code: 'review.comment',
  defaultSeverity: 'information',
  description: { zh: '征求意见：批注', en: "Reviewer's comment" },
  docs: {
    finds: {
      zh: '导入的征求意见稿反馈（各单位返回的 Word 文件）中的批注，标在草稿里它所批注的文字上：先按段落原文找到草稿中的同一段（原文相同，或字符二元组 Dice 相似度不低于 0.5，章标题仍在时只在同一章内找），再在段内找被批注的文字；找不到文字时标在整段上。消息为「单位：批注内容」。已标记采纳或不采纳的不再显示；对应不到草稿的列在意见汇总的“未能对应到草稿”下。',
      en: "A comment from a reviewer's returned copy of the draft (an imported Word file), on the text it was anchored to: the paragraph is found again in the draft by its text (the same, or a character-bigram Dice of at least 0.5, within the same chapter while its title is still there), then the commented text within it; when that text is gone, the whole paragraph. The message is 「unit：the comment」. Items marked 采纳 or 不采纳 are no longer shown; those that cannot be placed are listed in 意见汇总 under 未能对应到草稿.",
    },
    example: {
      draft: `一、主要工作\n\n${PARAGRAPH}\n`,
      reviews: [
        exampleItem({
          kind: 'comment',
          before: PARAGRAPH,
          chapter: '一、主要工作',
          text: '专项工作报告24个',
          offset: PARAGRAPH.indexOf('专项工作报告24个'),
          content: '建议改为“专项工作报告25个”',
        }),
      ],
    },
  },
  run: (_model, ctx) => reviewFindings(ctx, true),
};
