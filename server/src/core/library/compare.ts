/** The comparison the panel shows and `work-report compare` prints: one shape, built in one place. */
import { reportIdOf } from './entry';
import type { FigureRow } from './figureRows';
import type { DraftSummary, LibraryIndex, PassageMatch } from './index';
import type { ReportInfo } from './info';
import type { StructureRow } from './structure';
import type { ReportModel } from '../model/types';

export interface CompareResult {
  /** Distinct past reports for this draft (its own file and copies of its text left out). */
  reports: number;
  library: { file: string; alsoAt?: string[]; place: string | null; year: number | null }[];
  summary: DraftSummary;
  figures: FigureRow[];
  structure: { past?: ReportInfo; rows: StructureRow[] };
}

export interface SimilarResult {
  line: number;
  text: string;
  matches: PassageMatch[];
}

export function compareDraft(lib: LibraryIndex, model: ReportModel, uri: string): CompareResult {
  const self = { uri, id: reportIdOf(model) };
  const past = lib.all().filter((e) => e.uri !== uri && !e.alsoAt?.includes(uri) && e.id !== self.id);
  return {
    reports: lib.count(self),
    library: past.map((e) => ({
      file: e.uri,
      ...(e.alsoAt?.length ? { alsoAt: e.alsoAt } : {}),
      place: e.info.place ?? null,
      year: e.info.year ?? null,
    })),
    summary: lib.summary(model, uri),
    figures: lib.figures(model, uri),
    structure: lib.structure(model, uri),
  };
}

/** The past passages like the draft's paragraph on `line` (empty when no paragraph is there). */
export function similarTo(lib: LibraryIndex, model: ReportModel, uri: string, line: number): SimilarResult {
  const p = model.paragraphs.find((x) => x.line === line);
  if (!p) return { line, text: '', matches: [] };
  return { line: p.line, text: p.text, matches: lib.similar(p.text, 5, { uri, id: reportIdOf(model) }) };
}
