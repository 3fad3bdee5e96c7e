import type { TextEditSpan } from '../document';
import { offsetIn } from '../model/lines';
import type { ReportModel } from '../model/types';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { majorityStyle, markerParts, numeralFor, styleOf } from './markers';
import { numberingRuns, type Run } from './runs';

/**
 * Edits that number a run 1, 2, 3… in its majority style. Only marker characters change: the numeral, and the
 * brackets or separator where an entry's form differs from the run's. Nothing for a run already right.
 */
export function renumberRun(model: ReportModel, run: Run, withStyle = true): TextEditSpan[] {
  const parts = run.entries.map((e) => markerParts(model.text, e));
  if (parts.some((p) => !p)) return [];
  const style = majorityStyle(
    parts.map((p) => styleOf(p!)),
    run.family,
  );
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

/** Renumbers every run of the document, and the cross-references (第三部分) that point into a renumbered chapter run. */
export function renumberDocument(model: ReportModel, withStyle = true): TextEditSpan[] {
  const edits = numberingRuns(model).flatMap((r) => renumberRun(model, r, withStyle));
  return [...edits, ...referenceEdits(model)].sort((a, b) => a.start - b.start);
}

const REFERENCE = /第([一二三四五六七八九十]{1,3})部分/g;

/**
 * 第N部分 names a chapter by its number. When the document has one chapter run and its numbers are unambiguous
 * (none used twice), a renumber moves the references with their chapters; otherwise they are left alone.
 */
function referenceEdits(model: ReportModel): TextEditSpan[] {
  const chapters = numberingRuns(model).filter((r) => r.family === 'chapter');
  if (chapters.length !== 1) return [];
  const values = chapters[0].entries.map((e) => e.value!);
  if (new Set(values).size !== values.length) return [];
  const moved = new Map<number, number>();
  values.forEach((v, i) => {
    if (v !== i + 1) moved.set(v, i + 1);
  });
  if (!moved.size) return [];
  const out: TextEditSpan[] = [];
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(line.text); m; m = REFERENCE.exec(line.text)) {
      const to = moved.get(parseChineseNumeral(m[1]) ?? -1);
      if (to === undefined) continue;
      const start = offsetIn(line, m.index + 1);
      out.push({ start, end: offsetIn(line, m.index + 1 + m[1].length), newText: toChineseNumeral(to) });
    }
  }
  return out;
}

export function applyEdits(text: string, edits: TextEditSpan[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
