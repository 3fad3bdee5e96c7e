import { deleteParagraphLine } from '../model/edits';
import { asFound, oneEditFix, paragraphRelated, type CopyData } from './repeats';
import type { Check } from './types';

/** More copies than this are reported once, as a group: 10,000 pasted paragraphs are one problem, not 10,000. */
const GROUP_LIMIT = 10;
const RELATED_LIMIT = 20;

/**
 * `repeat.paragraph`: a paragraph identical to an earlier one once white space and punctuation width are
 * folded. Reported on each later copy, with every earlier copy as related information; copies inside a
 * repeated section are reported once, on the section (`repeat.section`).
 */
export const repeatParagraph: Check<CopyData> = {
  code: 'repeat.paragraph',
  defaultSeverity: 'warning',
  description: { zh: '段落与前文重复', en: 'Paragraph repeats an earlier one' },
  docs: {
    finds: {
      zh: '某段（至少 10 个有效字）与前文某段相同，空白、零宽字符和标点全半角不计；在后出现的每一处提示，并指向先出现的各处；超过 10 份副本合为一条。',
      en: 'A paragraph (≥ 10 content characters) is identical to an earlier one once white space, zero-width characters and punctuation width are ignored; on every later copy, related information pointing at each earlier copy; more than 10 copies are one grouped finding',
    },
    fixes: { zh: '删除此副本；查看另一处', en: 'Delete this copy; show the other copy' },
    example: {
      draft:
        '一、主要工作\n　　全年共审议法规草案十二件，听取和审议专项工作报告二十个，开展执法检查五次。\n　　围绕中心服务大局，扎实推进各项监督工作取得新成效。\n　　全年共审议法规草案十二件，听取和审议专项工作报告二十个，开展执法检查五次。\n',
    },
  },
  copies: asFound,
  fixes: (model, data) =>
    oneEditFix(
      {
        zh: `删除重复段落（与第 ${data.firstLine + 1} 行相同）`,
        en: `Delete the repeated paragraph (same as line ${data.firstLine + 1})`,
      },
      deleteParagraphLine(model, data.line),
      true,
    ),
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
