import { sectionLabel } from '../model/label';
import { markerParts } from '../numbering/markers';
import { moveSections } from '../numbering/moveSections';
import { renumberDocument, renumberRun } from '../numbering/renumber';
import { numberingFaults, numberingRuns, type Family, type Fault } from '../numbering/runs';
import { toChineseNumeral } from '../text/numerals';
import type { ReportModel } from '../model/types';
import type { CheckContext, CheckFix, Finding, Localized } from './types';

/** What a numbering finding carries: its line, and what finds its run again for a fix (first line, family). */
export interface NumberingData {
  line: number;
  runLine: number;
  family: Family;
  /** The entry heads a pasted copy of a section (repeat.section): deleting the copy, not renumbering, is the fix. */
  inSectionCopy?: true;
}

/** What numbering findings share: the range on the number itself, and data to find the run again for a fix. */
export function numberingFinding(
  model: ReportModel,
  f: Pick<Fault, 'entry' | 'run'>,
  message: Localized,
  ctx: CheckContext,
): Finding<NumberingData> {
  const p = markerParts(model.text, f.entry);
  const copy = ctx.repeats().sections.some((c) => c.copy.line === f.entry.line);
  return {
    start: f.entry.start,
    end: p ? p.end : f.entry.titleEnd,
    message,
    related: [],
    data: {
      line: f.entry.line,
      runLine: f.run.entries[0].line,
      family: f.run.family,
      ...(copy ? { inSectionCopy: true as const } : {}),
    },
  };
}

/** The number as it would be written in this entry's run (三 / 3 / ３). */
export function writtenLike(entryNumber: string, value: number): string {
  if (/^[0-9]+$/.test(entryNumber)) return String(value);
  if (/^[０-９]+$/.test(entryNumber))
    return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return toChineseNumeral(value);
}

export function faultsOf(model: ReportModel, kind: Fault['kind']): Fault[] {
  return numberingFaults(model).filter((f) => f.kind === kind);
}

export const label = sectionLabel;

/**
 * Quick fixes of a numbering finding. A run whose numbers are all there but out of order (一、三、二、) gets one fix:
 * moving its sections back into numbered order (new numbers would hide the misplacement, and the whole-document
 * renumbering leaves such a run alone). Any other run: renumber it, or the whole document (only marker characters
 * change).
 */
export function numberingFixes(model: ReportModel, data: NumberingData): CheckFix[] {
  const out: CheckFix[] = [];
  const run = numberingRuns(model).find((r) => r.entries[0].line === data.runLine && r.family === data.family);
  // A pasted section's heading renumbered (or moved) becomes a plausible next chapter: deletion is preferred there.
  const preferred = !data.inSectionCopy;
  const move = run && moveSections(model, run);
  if (move) {
    if (move.edits.length)
      out.push({
        title: {
          zh: `按编号调整顺序（移动 ${move.moved} 节）`,
          en: `Move the sections back into numbered order (${move.moved} to move)`,
        },
        edits: move.edits,
        preferred,
      });
    return out;
  }
  if (run) {
    const edits = renumberRun(model, run);
    if (edits.length)
      out.push({
        title: {
          zh: `重新编号本组（${run.entries.length} 项）`,
          en: `Renumber this list (${run.entries.length} items)`,
        },
        edits,
        preferred,
      });
  }
  const all = renumberDocument(model);
  if (all.length)
    out.push({
      title: { zh: `重新编号全文（改动 ${all.length} 处）`, en: `Renumber the whole document (${all.length} changes)` },
      edits: all,
    });
  return out;
}
