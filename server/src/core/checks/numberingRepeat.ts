import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import { placeNote } from './places';
import type { Check } from './types';
import type { NumberingData } from './numbering';

/** `numbering.repeat`: a number used twice in one run (五、 … 五、). */
export const numberingRepeat: Check<NumberingData> = {
  code: 'numbering.repeat',
  defaultSeverity: 'warning',
  description: { zh: '编号重复', en: 'Number used twice' },
  docs: {
    finds: {
      zh: '同一组中一个编号用了两次（五、……五、），并指向第一次。',
      en: 'A number used twice in one run (五、 … 五、), with the first as related information',
    },
    fixes: {
      zh: '本组重新编号；全文重新编号（只改编号；编号齐全只是顺序颠倒的组不改，见 numbering.order）',
      en: 'Renumber this list; renumber the whole document (numbers only; a list whose numbers are all there, only out of order, is left alone: see numbering.order)',
    },
    example: {
      draft:
        '一、过去一年的工作\n　　全年共审议法规草案十二件。\n二、主要体会\n　　坚持党的领导。\n二、今年的主要任务\n　　持续加强立法工作。\n',
    },
  },
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
          ctx,
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
