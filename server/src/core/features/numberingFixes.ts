import type { Fix } from './fixes';
import type { ReportModel } from '../model/types';
import { renumberDocument, renumberRun } from '../numbering/renumber';
import { numberingRuns } from '../numbering/runs';

/** Quick fixes of a numbering finding: renumber its run, or the whole document. Only marker characters change. */
export function numberingFixes(model: ReportModel, data: Record<string, unknown> | undefined): Fix[] {
  const out: Fix[] = [];
  const run = numberingRuns(model).find((r) => r.entries[0].line === data?.runLine && r.family === data?.family);
  if (run) {
    const edits = renumberRun(model, run);
    if (edits.length) out.push({ title: { zh: `重新编号本组（${run.entries.length} 项）`, en: `Renumber this run (${run.entries.length} entries)` }, edits, preferred: true });
  }
  const all = renumberDocument(model);
  if (all.length) out.push({ title: { zh: '重新编号全文', en: 'Renumber the whole document' }, edits: all });
  return out;
}
