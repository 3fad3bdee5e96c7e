import type { ReportModel } from '../model/types';
import type { TextEditSpan } from '../document';
import { deleteLines, deleteParagraphLine, deleteSpan } from '../model/edits';
import { placeNote, type Places } from './places';
import type { CheckFix, Localized, RelatedFinding } from './types';

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function paragraphRelated(
  model: ReportModel,
  index: number,
  places: Places,
  zh: string,
  en: string,
): RelatedFinding {
  const p = model.paragraphs[index];
  return { start: p.start, end: p.end, message: placeNote(places, p.line, zh, en) };
}

/** The quick fixes of a repeat finding, from the data the check attached to it. */
export function repeatFixes(model: ReportModel, code: string, data: Record<string, unknown> | undefined): CheckFix[] {
  if (!data || typeof data.line !== 'number') return [];
  const line = data.line;
  const first = typeof data.firstLine === 'number' ? data.firstLine + 1 : undefined;
  const out: CheckFix[] = [];
  const push = (title: Localized, edit: TextEditSpan | undefined, preferred = false) => {
    if (edit) out.push({ title, edits: [edit], preferred });
  };
  switch (code) {
    case 'repeat.paragraph':
      push(
        { zh: `删除重复段落（与第 ${first} 行相同）`, en: `Delete the repeated paragraph (same as line ${first})` },
        deleteParagraphLine(model, line),
        true,
      );
      break;
    case 'repeat.near-paragraph':
      push(
        { zh: `删除本段（与第 ${first} 行相似）`, en: `Delete this paragraph (similar to line ${first})` },
        deleteParagraphLine(model, line),
      );
      break;
    case 'repeat.sentence':
      if (typeof data.start === 'number' && typeof data.end === 'number') {
        push(
          { zh: '删除重复的句子', en: 'Delete the repeated sentences' },
          deleteSpan(model, line, data.start, data.end),
        );
      }
      break;
    case 'repeat.section': {
      const endLine = typeof data.endLine === 'number' ? data.endLine : line;
      push(
        {
          zh: `删除这一节（第 ${line + 1}–${endLine + 1} 行）`,
          en: `Delete this section (lines ${line + 1}–${endLine + 1})`,
        },
        deleteLines(model, line, endLine),
        true,
      );
      const copies = Array.isArray(data.copies) ? (data.copies as { line: number; endLine: number }[]) : [];
      if (copies.length > 1) {
        const edits = copies.map((c) => deleteLines(model, c.line, c.endLine)).filter((e): e is TextEditSpan => !!e);
        if (edits.length === copies.length && !overlapping(edits)) {
          out.push({
            title: {
              zh: `删除这一节的全部 ${copies.length} 个重复副本`,
              en: `Delete all ${copies.length} repeated copies of this section`,
            },
            edits,
          });
        }
      }
      break;
    }
  }
  return out;
}

function overlapping(edits: TextEditSpan[]): boolean {
  const s = [...edits].sort((a, b) => a.start - b.start);
  return s.some((e, i) => i > 0 && e.start < s[i - 1].end);
}
