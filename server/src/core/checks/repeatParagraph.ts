import type { Check, Finding } from './types';

/** Shorter paragraphs (各位代表！, 请予审议。) repeat legitimately. */
const MIN_KEY_LENGTH = 10;

/**
 * `repeat.paragraph`: a paragraph identical to an earlier one once white space and punctuation width are
 * folded. Reported on each later copy, with every earlier copy as related information.
 */
export const repeatParagraph: Check = {
  code: 'repeat.paragraph',
  defaultSeverity: 'warning',
  description: { zh: '段落与前文重复', en: 'Paragraph repeats an earlier one' },
  *run(model, ctx) {
    const firsts = new Map<string, number[]>();
    for (const p of model.paragraphs) {
      if (p.key.length < MIN_KEY_LENGTH) continue;
      const earlier = firsts.get(p.key);
      if (!earlier) { firsts.set(p.key, [p.index]); continue; }
      if (ctx.isCancelled()) return;
      const first = model.paragraphs[earlier[0]];
      const finding: Finding = {
        start: p.start,
        end: p.end,
        message: {
          zh: `本段与第 ${first.line + 1} 行的段落重复${earlier.length > 1 ? `（已是第 ${earlier.length + 1} 次出现）` : ''}。`,
          en: `This paragraph repeats the one on line ${first.line + 1}${earlier.length > 1 ? ` (copy ${earlier.length + 1})` : ''}.`,
        },
        related: earlier.map((i) => {
          const q = model.paragraphs[i];
          return { start: q.start, end: q.end, message: { zh: `第 ${q.line + 1} 行：先出现的段落`, en: `Line ${q.line + 1}: the earlier copy` } };
        }),
        data: { line: p.line, firstLine: first.line },
      };
      earlier.push(p.index);
      yield finding;
    }
  },
};
