import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import type { Check } from './types';
import type { NumberingData } from './numbering';

/** `numbering.gap`: a skipped number (二、 then 四、), or a run that starts past its first number (a lone （四）). */
export const numberingGap: Check<NumberingData> = {
  code: 'numbering.gap',
  defaultSeverity: 'warning',
  description: { zh: '编号跳号', en: 'Number skipped' },
  docs: {
    finds: {
      zh: '跳过了组中没有的编号（二、之后是四、），或一组不从第一个开始（孤立的（四））。',
      en: 'A skipped number the run never has (二、 then 四、), or a run starting past its first (a lone （四）)',
    },
    fixes: {
      zh: '本组重新编号；全文重新编号（只改编号；编号齐全只是顺序颠倒的组不改，见 numbering.order）',
      en: 'Renumber this list; renumber the whole document (numbers only; a list whose numbers are all there, only out of order, is left alone: see numbering.order)',
    },
    example: {
      draft:
        '一、过去一年的工作\n　　全年共审议法规草案十二件。\n二、主要体会\n　　坚持党的领导。\n四、今年的主要任务\n　　持续加强立法工作。\n',
    },
  },
  fixes: numberingFixes,
  *run(model, ctx) {
    for (const f of faultsOf(model, 'gap')) {
      const want = writtenLike(f.entry.number!, f.expected);
      const first = f.run.entries[0] === f.entry;
      const present = new Set(f.run.entries.map((e) => e.value));
      const missing = Array.from({ length: f.entry.value! - f.expected }, (_, k) => f.expected + k)
        .filter((v) => !present.has(v))
        .map((v) => writtenLike(f.entry.number!, v));
      yield numberingFinding(
        model,
        f,
        first
          ? {
              zh: `编号从「${f.entry.number}」开始，缺少「${missing.join('」「')}」：此处应为「${want}」。`,
              en: `The numbering starts at ${f.entry.number}: ${missing.join(', ')} missing; this would be ${want}.`,
            }
          : {
              zh: `跳号：缺少「${missing.join('」「')}」，此处应为「${want}」。`,
              en: `Skipped ${missing.join(', ')}: this would be ${want}.`,
            },
        ctx,
      );
    }
  },
};
