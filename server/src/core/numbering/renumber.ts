import type { TextEditSpan } from '../features/fixes';
import type { ReportModel } from '../model/types';
import { majorityStyle, markerParts, numeralFor, styleOf } from './markers';
import { numberingRuns, type Run } from './runs';

/**
 * Edits that number a run 1, 2, 3… in its majority style. Only marker characters change: the numeral, and the
 * brackets or separator where an entry's form differs from the run's. Nothing for a run already right.
 */
export function renumberRun(model: ReportModel, run: Run, withStyle = true): TextEditSpan[] {
  const parts = run.entries.map((e) => markerParts(model.text, e));
  if (parts.some((p) => !p)) return [];
  const style = majorityStyle(parts.map((p) => styleOf(p!)), run.family);
  const [open, close, digits] = style.split('|');
  const edits: TextEditSpan[] = [];
  parts.forEach((p, i) => {
    const own = styleOf(p!);
    const [o, c, d] = withStyle ? [open, close, digits] : own.split('|');
    const want = `${o}${numeralFor(i + 1, d)}${c}`;
    const have = model.text.slice(p!.start, p!.end);
    if (want !== have) edits.push({ start: p!.start, end: p!.end, newText: want });
  });
  return edits;
}

/** Renumbers every run of the document. */
export function renumberDocument(model: ReportModel, withStyle = true): TextEditSpan[] {
  return numberingRuns(model).flatMap((r) => renumberRun(model, r, withStyle)).sort((a, b) => a.start - b.start);
}

export function applyEdits(text: string, edits: TextEditSpan[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
