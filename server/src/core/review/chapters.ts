/** The chapter a line stands in, as the outline labels it: the last part or chapter heading at or before it. */
import { sectionLabel } from '../model/label';
import { modelLayer } from '../model/layers';
import type { ReportModel, Section } from '../model/types';

const chaptersOf = modelLayer('chapters', (model): Section[] =>
  model.flat.filter((s) => s.kind === 'part' || s.kind === 'chapter'),
);

/** The chapter heading of a line ('' before the first). */
export function chapterSectionOfLine(model: ReportModel, line: number): Section | undefined {
  const list = chaptersOf(model);
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo ? list[lo - 1] : undefined;
}

export function chapterOfLine(model: ReportModel, line: number): string {
  const s = chapterSectionOfLine(model, line);
  return s ? sectionLabel(s) : '';
}
