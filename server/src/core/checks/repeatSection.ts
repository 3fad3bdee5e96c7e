import { sectionLabel } from '../model/label';
import { placeNote } from './places';
import type { TextEditSpan } from '../document';
import { deleteLines } from '../model/edits';
import type { ReportModel } from '../model/types';
import { oneEditFix, overlapping, type CopyData } from './repeats';
import type { Check, CheckFix, Span } from './types';

/** A section finding's data: where the copy ends, and every copy of the same original (to delete them all). */
interface SectionCopyData extends CopyData {
  endLine: number;
  copies: { line: number; endLine: number }[];
}

/**
 * `repeat.section`: a whole section whose every paragraph repeats a paragraph of one earlier section (a section
 * pasted twice). One finding on the copy's heading, instead of one per paragraph.
 */
export const repeatSection: Check<SectionCopyData> = {
  code: 'repeat.section',
  defaultSeverity: 'warning',
  description: { zh: '整节与前文重复', en: 'Section repeats an earlier one' },
  docs: {
    finds: {
      zh: '整节（至少 2 段）每一段都重复前面同类的某一节：在副本的标题上提示一条，而不是逐段提示。',
      en: "A whole section (≥ 2 paragraphs) every paragraph of which repeats a paragraph of one earlier section of the same kind: one finding on the copy's heading instead of one per paragraph",
    },
    fixes: {
      zh: '删除这一节；删除它的全部重复副本；查看另一处',
      en: 'Delete this section; delete all repeated copies of it; show the other copy',
    },
    example: {
      draft:
        '一、主要工作\n（一）加强法治建设\n　　全年共审议法规草案十二件，听取和审议专项工作报告二十个。\n　　坚持科学立法、民主立法、依法立法，不断提高立法质量。\n（二）加强监督工作\n　　围绕中心服务大局，扎实推进各项监督工作取得新成效。\n（三）加强法治建设\n　　全年共审议法规草案十二件，听取和审议专项工作报告二十个。\n　　坚持科学立法、民主立法、依法立法，不断提高立法质量。\n',
    },
  },
  copies: sectionSpans,
  fixes: sectionFixes,
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
        data: { line: c.copy.line, endLine: c.endLine, firstLine: o.line, copies: copiesOf.get(o.line)! },
      };
    }
  },
};

/** The hover compares the whole copy, heading to its last line (before a part's closing paragraphs), with the original. */
function sectionSpans(model: ReportModel, here: Span, there: Span, data: SectionCopyData): { here: Span; there: Span } {
  const copy = model.flat.find((s) => s.start === here.start);
  const orig = model.flat.find((s) => s.start === there.start);
  return {
    here:
      copy && model.lines[data.endLine]
        ? { start: model.lines[copy.line].start, end: model.lines[data.endLine].end }
        : here,
    there: orig ? { start: model.lines[orig.line].start, end: orig.end } : there,
  };
}

function sectionFixes(model: ReportModel, data: SectionCopyData): CheckFix[] {
  const out = oneEditFix(
    {
      zh: `删除这一节（第 ${data.line + 1}–${data.endLine + 1} 行）`,
      en: `Delete this section (lines ${data.line + 1}–${data.endLine + 1})`,
    },
    deleteLines(model, data.line, data.endLine),
    true,
  );
  if (data.copies.length > 1) {
    const edits = data.copies.map((c) => deleteLines(model, c.line, c.endLine)).filter((e): e is TextEditSpan => !!e);
    if (edits.length === data.copies.length && !overlapping(edits))
      out.push({
        title: {
          zh: `删除这一节的全部 ${data.copies.length} 个重复副本`,
          en: `Delete all ${data.copies.length} repeated copies of this section`,
        },
        edits,
      });
  }
  return out;
}
