import { placeNote } from './places';
import { percent, repeatFixes } from './repeats';
import type { Check } from './types';

/**
 * `repeat.sentence`: a sentence (long enough once stop phrases and “quoted” slogans are set aside) that appears
 * again in another paragraph — verbatim anywhere, or edited (Dice ≥ sentenceThreshold) within the same part of
 * the report, since the plan part legitimately restates the review. Consecutive repeated sentences from one
 * paragraph are one finding.
 */
export const repeatSentence: Check = {
  code: 'repeat.sentence',
  defaultSeverity: 'warning',
  description: { zh: '句子与其他段落重复', en: 'Sentence repeats one in another paragraph' },
  fixes: (model, data) => repeatFixes(model, 'repeat.sentence', data),
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
