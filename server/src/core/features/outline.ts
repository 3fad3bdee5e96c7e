import type { ReportModel, Section, SectionKind } from '../model/types';

/** The outline entry of the public CLI contract (`work-report outline --json`). */
export interface OutlineEntry {
  title: string;
  kind: SectionKind;
  number: string | null;
  /** 0-based line of the entry. */
  line: number;
  /** 0-based last line of the entry's body. */
  endLine: number;
  marker: string;
  children: OutlineEntry[];
}

export function outline(model: ReportModel): OutlineEntry[] {
  const map = (s: Section): OutlineEntry => ({
    title: s.title, kind: s.kind, number: s.number, line: s.line, endLine: s.endLine, marker: s.marker,
    children: s.children.map(map),
  });
  return model.sections.map(map);
}

export { sectionLabel } from '../model/label';
