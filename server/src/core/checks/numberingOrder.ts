import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import type { Check } from './types';

/** `numbering.order`: a number smaller than one before it in the same run (三、 then 二、). */
export const numberingOrder: Check = {
  code: 'numbering.order',
  defaultSeverity: 'warning',
  description: { zh: '编号顺序颠倒', en: 'Numbers out of order' },
  fixes: numberingFixes,
  *run(model) {
    for (const f of faultsOf(model, 'order')) {
      const i = f.run.entries.indexOf(f.entry);
      const prev = f.run.entries[i - 1];
      const want = writtenLike(f.entry.number!, f.expected);
      yield numberingFinding(
        model,
        f,
        {
          zh: `编号顺序颠倒：「${f.entry.number}」排在「${prev.number}」之后，按顺序此处应为「${want}」。`,
          en: `Out of order: ${f.entry.number} comes after ${prev.number}; in sequence this would be ${want}.`,
        },
        { expected: f.expected },
      );
    }
  },
};
