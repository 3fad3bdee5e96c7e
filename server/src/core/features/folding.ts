import type { ReportModel, Section } from '../model/types';

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

/** One fold per outline entry that spans more than its own line, plus the title block. */
export function foldingRanges(model: ReportModel): FoldRange[] {
  const out: FoldRange[] = [];
  const h = model.header.lines;
  if (h.length >= 2 && h[h.length - 1] > h[0]) out.push({ startLine: h[0], endLine: h[h.length - 1], kind: 'region' });
  const visit = (s: Section) => {
    if (s.endLine > s.line) out.push({ startLine: s.line, endLine: s.endLine });
    s.children.forEach(visit);
  };
  model.sections.forEach(visit);
  return out;
}
