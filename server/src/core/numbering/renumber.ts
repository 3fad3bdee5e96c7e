import type { TextEditSpan } from '../document';
import { offsetIn } from '../model/lines';
import type { ReportModel } from '../model/types';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { majorityStyle, markerParts, numeralFor, styleOf } from './markers';
import { isPermuted } from './moveSections';
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

/** One change of a renumbering as the drafter reads it: its line (from 0), the text before and after. */
export interface RenumberChange {
  line: number;
  /** 三、 → 二、; a cross-reference with its words: 第三部分 → 第二部分. */
  from: string;
  to: string;
}

export interface RenumberPlan {
  edits: TextEditSpan[];
  changes: RenumberChange[];
  /**
   * Runs left as they are: every number there once but out of order (一、三、二、). New numbers would hide
   * sections in the wrong place; their fix is moving the sections (the numbering findings' quick fix).
   */
  permuted: Run[];
}

/**
 * Renumbers every run of the document — but a permuted one — and the cross-references (第三部分) that point into a
 * renumbered chapter run. Only numbers and marker forms change.
 */
export function renumberPlan(model: ReportModel, withStyle = true): RenumberPlan {
  const runs = numberingRuns(model);
  const permuted = runs.filter(isPermuted);
  const edits = runs.filter((r) => !isPermuted(r)).flatMap((r) => renumberRun(model, r, withStyle));
  const all = [...edits, ...referenceEdits(model)].sort((a, b) => a.start - b.start);
  return { edits: all, changes: all.map((e) => changeOf(model, e)), permuted };
}

export function renumberDocument(model: ReportModel, withStyle = true): TextEditSpan[] {
  return renumberPlan(model, withStyle).edits;
}

function changeOf(model: ReportModel, e: TextEditSpan): RenumberChange {
  const { text, lines } = model;
  let lo = 0,
    hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= e.start) lo = mid;
    else hi = mid - 1;
  }
  const reference = text[e.start - 1] === '第' && text.startsWith('部分', e.end);
  const from = text.slice(e.start, e.end);
  return reference ? { line: lo, from: `第${from}部分`, to: `第${e.newText}部分` } : { line: lo, from, to: e.newText };
}

const REFERENCE = /第([一二三四五六七八九十]{1,3})部分/g;

/**
 * 第N部分 names a chapter by its number. When the document has one chapter run and its numbers are unambiguous
 * (none used twice), a renumber moves the references with their chapters; otherwise they are left alone.
 */
function referenceEdits(model: ReportModel): TextEditSpan[] {
  const chapters = numberingRuns(model).filter((r) => r.family === 'chapter');
  // A permuted chapter run is not renumbered: its references still name the right chapters.
  if (chapters.length !== 1 || isPermuted(chapters[0])) return [];
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
