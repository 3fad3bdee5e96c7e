import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import { placeNote } from './places';
import type { Check } from './types';

/** `numbering.repeat`: a number used twice in one run (五、 … 五、). */
export const numberingRepeat: Check = {
  code: 'numbering.repeat',
  defaultSeverity: 'warning',
  description: { zh: '编号重复', en: 'Number used twice' },
  fixes: numberingFixes,
  *run(model, ctx) {
    for (const f of faultsOf(model, 'repeat')) {
      const first = f.run.entries.find((e) => e.value === f.entry.value)!;
      const want = writtenLike(f.entry.number!, f.expected);
      yield {
        ...numberingFinding(
          model,
          f,
          {
            zh: `编号重复：${ctx.places.line(first.line).zh}已有「${first.number}」，按顺序此处应为「${want}」。`,
            en: `Number ${f.entry.number} is already used ${ctx.places.at(first.line).en}; in sequence this would be ${want}.`,
          },
          { expected: f.expected },
        ),
        related: [
          {
            start: first.start,
            end: first.titleEnd,
            message: placeNote(ctx.places, first.line, '同一编号', 'the same number'),
          },
        ],
      };
    }
  },
};
