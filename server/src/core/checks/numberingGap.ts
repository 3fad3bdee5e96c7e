import { faultsOf, numberingFinding, numberingFixes, writtenLike } from './numbering';
import type { Check } from './types';

/** `numbering.gap`: a skipped number (二、 then 四、), or a run that starts past its first number (a lone （四）). */
export const numberingGap: Check = {
  code: 'numbering.gap',
  defaultSeverity: 'warning',
  description: { zh: '编号跳号', en: 'Number skipped' },
  fixes: numberingFixes,
  *run(model) {
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
        { expected: f.expected },
      );
    }
  },
};
