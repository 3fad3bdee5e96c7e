import { paragraphRelated, repeatFixes } from './repeats';
import type { Check } from './types';

/** More copies than this are reported once, as a group: 10,000 pasted paragraphs are one problem, not 10,000. */
const GROUP_LIMIT = 10;
const RELATED_LIMIT = 20;

/**
 * `repeat.paragraph`: a paragraph identical to an earlier one once white space and punctuation width are
 * folded. Reported on each later copy, with every earlier copy as related information; copies inside a
 * repeated section are reported once, on the section (`repeat.section`).
 */
export const repeatParagraph: Check = {
  code: 'repeat.paragraph',
  defaultSeverity: 'warning',
  description: { zh: '段落与前文重复', en: 'Paragraph repeats an earlier one' },
  fixes: (model, data) => repeatFixes(model, 'repeat.paragraph', data),
  *run(model, ctx) {
    const a = ctx.repeats();
    const groupSize = new Map<number, number>();
    for (const c of a.exact) groupSize.set(c.earlier[0], c.copies + 1);
    const grouped = new Set<number>();
    for (const c of a.exact) {
      if (ctx.isCancelled()) return;
      if (a.inSectionCopy.has(c.later)) continue;
      const first = model.paragraphs[c.earlier[0]];
      const p = model.paragraphs[c.later];
      const total = groupSize.get(c.earlier[0])!;
      const there = ctx.places.paragraph(first.line);
      if (total > GROUP_LIMIT) {
        if (grouped.has(first.index)) continue;
        grouped.add(first.index);
        yield {
          start: p.start,
          end: p.end,
          message: {
            zh: `本段与${there.zh}相同，全文共出现 ${total} 次。`,
            en: `This paragraph and ${there.en} are the same; it occurs ${total} times.`,
          },
          related: c.earlier
            .slice(0, RELATED_LIMIT)
            .map((i) => paragraphRelated(model, i, ctx.places, '同一段落', 'the same paragraph')),
          data: { line: p.line, firstLine: first.line },
        };
        continue;
      }
      const nth = c.copies + 1;
      yield {
        start: p.start,
        end: p.end,
        message: {
          zh: `本段与${there.zh}重复${nth > 2 ? `（已是第 ${nth} 次出现）` : ''}。`,
          en: `This paragraph repeats ${there.en}${nth > 2 ? ` (copy ${nth})` : ''}.`,
        },
        related: c.earlier.map((i) => paragraphRelated(model, i, ctx.places, '先出现的段落', 'the earlier copy')),
        data: { line: p.line, firstLine: first.line },
      };
    }
  },
};
