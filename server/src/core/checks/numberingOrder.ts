import { isPermuted } from '../numbering/moveSections';
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
      zh: '同一组编号中出现比前面更小的号（三、之后是二、）；提示接续应为的编号。一组编号齐全、各用一次、只是顺序不对（一、三、二、四、）时，提示是各节位置颠倒了。',
      en: 'A number below one used before it in the same run (三、 then 二、); the message names the number that would continue the run. When every number of the list is there once and only their order is wrong (一、三、二、四、), it says the sections are misplaced',
    },
    fixes: {
      zh: '编号齐全只是顺序颠倒时：按编号调整顺序（各节连同正文和下级标题整节移回编号顺序，只移动、不改字，结尾的「各位代表……」等收束段落留在原处）；否则本组重新编号、全文重新编号（全文重新编号不改动只是顺序颠倒的组）',
      en: 'When every number is there and only the order is wrong: move the sections back into numbered order (each with its body and subsections; text is moved, never changed, and a closing 各位代表… paragraph stays where it is); otherwise renumber this run, or the whole document (which leaves runs that are only out of order alone)',
    },
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
        isPermuted(f.run)
          ? {
              zh: `编号顺序颠倒：「${f.entry.number}」排在「${prev.number}」之后；本组编号齐全，是各节的位置颠倒了。`,
              en: `Out of order: ${f.entry.number} comes after ${prev.number}; every number of the list is there, so the sections are misplaced.`,
            }
          : {
              zh: `编号顺序颠倒：「${f.entry.number}」排在「${prev.number}」之后，按顺序此处应为「${want}」。`,
              en: `Out of order: ${f.entry.number} comes after ${prev.number}; in sequence this would be ${want}.`,
            },
        ctx,
      );
    }
  },
};
