import { sectionLabel } from '../model/label';
import { placeNote } from './places';
import { repeatFixes } from './repeats';
import type { Check } from './types';

/**
 * `repeat.section`: a whole section whose every paragraph repeats a paragraph of one earlier section (a section
 * pasted twice). One finding on the copy's heading, instead of one per paragraph.
 */
export const repeatSection: Check = {
  code: 'repeat.section',
  defaultSeverity: 'warning',
  description: { zh: '整节与前文重复', en: 'Section repeats an earlier one' },
  fixes: (model, data) => repeatFixes(model, 'repeat.section', data),
  *run(_model, ctx) {
    const a = ctx.repeats();
    // Every copy of the same original, so a fix can remove them all.
    const copiesOf = new Map<number, { line: number; endLine: number }[]>();
    for (const c of a.sections) {
      const list = copiesOf.get(c.original.line) ?? [];
      list.push({ line: c.copy.line, endLine: c.endLine });
      copiesOf.set(c.original.line, list);
    }
    for (const c of a.sections) {
      if (ctx.isCancelled()) return;
      const label = sectionLabel(c.copy);
      const o = c.original;
      yield {
        start: c.copy.start,
        end: c.copy.titleEnd,
        message: {
          zh: `「${label}」整节（${c.paragraphs.length} 段）与${ctx.places.line(o.line).zh}的一节重复。`,
          en: `The section “${label}” (${c.paragraphs.length} paragraphs) repeats the one ${ctx.places.at(o.line).en}.`,
        },
        related: [o, ...c.others].map((s) => ({
          start: s.start,
          end: s.titleEnd,
          message: placeNote(ctx.places, s.line, '先出现的一节', 'an earlier copy'),
        })),
        data: { line: c.copy.line, endLine: c.endLine, firstLine: o.line, copies: copiesOf.get(o.line) },
      };
    }
  },
};
