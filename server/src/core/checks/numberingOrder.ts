import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import type { Check } from './types';
import type { NumberingData } from './numbering';

/** `numbering.order`: a number smaller than one before it in the same run (三、 then 二、). */
export const numberingOrder: Check<NumberingData> = {
  code: 'numbering.order',
  defaultSeverity: 'warning',
  description: { zh: '编号顺序颠倒', en: 'Numbers out of order' },
  docs: {
    finds: {
      zh: '同一组编号中出现比前面更小的号（三、之后是二、）；提示接续应为的编号。',
      en: 'A number below one used before it in the same run (三、 then 二、); the message names the number that would continue the run',
    },
    fixes: { zh: '本组重新编号；全文重新编号', en: 'Renumber this run; renumber the whole document' },
    example: {
      draft:
        '一、过去一年的工作\n　　全年共审议法规草案十二件。\n三、主要体会\n　　坚持党的领导。\n二、今年的主要任务\n　　持续加强立法工作。\n',
    },
  },
  fixes: numberingFixes,
  *run(model, ctx) {
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
        ctx,
      );
    }
  },
};
