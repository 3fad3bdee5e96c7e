/** The draft's key figures beside the same metrics in past reports of its place: the panel's table and stale.figure. */
import { extractFigures } from '../figures/extract';
import type { ReportModel } from '../model/types';
import type { LibraryEntry } from './entry';
import type { ReportInfo } from './info';

export interface FigureRow {
  metric: string;
  unit: string;
  line: number;
  value: number;
  text: string;
  /** Where the figure stands on its line (UTF-16 column) and how long it is: a click selects it. */
  character: number;
  length: number;
  past: { year: number; value: number; uri: string; line: number }[];
  sameAsLastYear: boolean;
  jump: boolean;
}

/**
 * The draft's metrics (first statement of each) beside `past`, the place's reports of other years; `all` takes every
 * keyed figure, not only the overview's.
 */
export function figureRows(
  model: ReportModel,
  draft: ReportInfo,
  past: readonly LibraryEntry[],
  all = false,
): FigureRow[] {
  const rows: FigureRow[] = [];
  const seen = new Set<string>();
  const keyed = extractFigures(model).filter((f) => f.kind === 'count' && !!f.metric && f.current && !f.approx);
  // The year's key counts: the overview paragraphs (four or more counts) when the draft has them.
  const perParagraph = new Map<number, number>();
  for (const f of keyed) perParagraph.set(f.paragraph, (perParagraph.get(f.paragraph) ?? 0) + 1);
  const overview = keyed.filter((f) => (perParagraph.get(f.paragraph) ?? 0) >= 4);
  for (const f of overview.length && !all ? overview : keyed) {
    const key = `${f.metric}|${f.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const values: FigureRow['past'] = [];
    for (const e of past) {
      const g = e.figures.find((x) => x.metric === f.metric && x.unit === f.unit);
      if (g && e.info.year !== undefined && !values.some((v) => v.year === e.info.year))
        values.push({ year: e.info.year, value: g.value, uri: e.uri, line: g.line });
    }
    if (!values.length) continue;
    values.sort((a, b) => a.year - b.year);
    const prev =
      [...values].reverse().find((v) => draft.year === undefined || v.year < draft.year) ?? values[values.length - 1];
    const ratio = prev.value ? f.value / prev.value : Infinity;
    rows.push({
      metric: f.metric!,
      unit: f.unit,
      line: f.line,
      value: f.value,
      text: f.text,
      character: f.start - model.lines[f.line].start,
      length: f.end - f.start,
      past: values,
      sameAsLastYear: prev.value === f.value && draft.year !== undefined && prev.year === draft.year - 1,
      jump: ratio > 1.5 || ratio < 0.67,
    });
  }
  return rows;
}
