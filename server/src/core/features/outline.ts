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
    title: s.title,
    kind: s.kind,
    number: s.number,
    line: s.line,
    endLine: s.endLine,
    marker: s.marker,
    children: s.children.map(map),
  });
  return model.sections.map(map);
}

export { sectionLabel } from '../model/label';
import { sectionLabel } from '../model/label';

/** An outline entry of one of many reports, as a workspace-wide search lists it. */
export interface EntryMatch {
  model: ReportModel;
  section: Section;
  name: string;
  container?: string;
}

/**
 * The outline entries of `models` whose label contains `query` (case-insensitive; every entry when it is empty),
 * in report and document order, at most `limit`.
 */
export function findEntries(models: Iterable<ReportModel>, query: string, limit = 2000): EntryMatch[] {
  const q = query.trim().toLowerCase();
  const out: EntryMatch[] = [];
  for (const model of models) {
    for (const section of model.flat) {
      const name = sectionLabel(section);
      if (q && !name.toLowerCase().includes(q)) continue;
      out.push({ model, section, name, ...(section.parent ? { container: sectionLabel(section.parent) } : {}) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
