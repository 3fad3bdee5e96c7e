import { nearThresholdFor } from '../repeat/analysis';
import { paragraphRelated, percent, repeatFixes } from './repeats';
import type { Check } from './types';

/**
 * `repeat.near-paragraph`: an edited copy of an earlier paragraph (a few words changed, a clause dropped,
 * punctuation switched), or a short paragraph wholly contained in a longer one. Similarity is the Dice
 * coefficient of the two paragraphs' sets of 3-character shingles, over content characters only.
 */
export const repeatNearParagraph: Check = {
  code: 'repeat.near-paragraph',
  defaultSeverity: 'warning',
  description: { zh: '段落与前文高度相似', en: 'Paragraph nearly repeats an earlier one' },
  fixes: (model, data) => repeatFixes(model, 'repeat.near-paragraph', data),
  *run(model, ctx) {
    const a = ctx.repeats();
    for (const c of a.near) {
      if (ctx.isCancelled()) return;
      if (a.inSectionCopy.has(c.later)) continue;
      const p = model.paragraphs[c.later];
      const e = model.paragraphs[c.earlier[0]];
      const there = ctx.places.paragraph(e.line);
      const contained = c.dice < nearThresholdFor(Math.min(p.text.length, e.text.length), ctx.config.repeat);
      yield {
        start: p.start,
        end: p.end,
        message: contained
          ? {
              zh: `本段的内容 ${percent(c.containment)} 已见于${there.zh}。`,
              en: `${percent(c.containment)} of this paragraph is contained in ${there.en}.`,
            }
          : {
              zh: `本段与${there.zh}相似（相似度 ${percent(c.dice)}），可能是改动过的重复段落。`,
              en: `This paragraph is ${percent(c.dice)} similar to ${there.en}: an edited copy?`,
            },
        related: [paragraphRelated(model, e.index, ctx.places, '相似的段落', 'the similar paragraph')],
        data: { line: p.line, firstLine: e.line, similarity: Number(c.dice.toFixed(3)) },
      };
    }
  },
};
