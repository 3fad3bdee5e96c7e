import { exampleItem, reviewFindings } from './reviews';
import type { Check } from './types';

const PARAGRAPH = '全年共召开常委会会议7次，听取和审议专项工作报告24个。';

/**
 * `review.change`: a reviewer's tracked change (修订: an insertion, a deletion, or one replacing the other) from a
 * returned copy of the draft, where the changed text now stands in the draft. Information only: the drafter decides.
 */
export const reviewChange: Check = {
  code: 'review.change',
  defaultSeverity: 'information',
  description: { zh: '征求意见：修订', en: "Reviewer's tracked change" },
  docs: {
    finds: {
      zh: '导入的征求意见稿反馈中的修订（Word 的“修订”模式下的插入、删除、替换，以及移动），标在草稿里被改动的文字上，段落的对应方法同 `review.comment`；插入标在插入点前的几个字上。消息如「市财政局：将“24个”改为“25个”」「市财政局：删去“……”」「市财政局：增加“……”」。已标记采纳或不采纳的不再显示。',
      en: 'A tracked change (an insertion, a deletion, a replacement, a move) from an imported returned copy, on the changed text where it now stands in the draft, the paragraph found as for `review.comment`; an insertion marks the few characters before its point. The message reads 「市财政局：将“24个”改为“25个”」 (change to), 删去 (delete), 增加 (insert). Items marked 采纳 or 不采纳 are no longer shown.',
    },
    example: {
      draft: `一、主要工作\n\n${PARAGRAPH}\n`,
      reviews: [
        exampleItem({
          kind: 'replace',
          before: PARAGRAPH,
          after: PARAGRAPH.replace('24个', '25个'),
          chapter: '一、主要工作',
          text: '24个',
          offset: PARAGRAPH.indexOf('24个'),
          content: '25个',
        }),
      ],
    },
  },
  run: (_model, ctx) => reviewFindings(ctx, false),
};
