/**
 * Moving a run's sections back into numbered order: the fix for a run whose numbers are all there, each once, but
 * out of order (一、三、二、四、). Renumbering such a run would hide the misplacement — the chapters needed moving,
 * not new numbers — so its sections are moved instead, each with everything under it.
 *
 * The edits only permute pieces of the text: each section (its heading, its body and nested subsections, and the
 * suppression comments just above its heading) is one piece; the blank lines and line breaks between pieces stay
 * where they are. Nothing is lost, added or changed — the characters and the line count are the same before and
 * after — and cross-references (第三部分) are left alone.
 */
import type { TextEditSpan } from '../document';
import { timeFrame } from '../model/timeFrame';
import type { ReportModel } from '../model/types';
import type { Run } from './runs';

/** True when a run's numbers are exactly 1..n, each once, but not in order: a misplacement, not a numbering slip. */
export function isPermuted(run: Run): boolean {
  const n = run.entries.length;
  const seen = new Set<number>();
  for (const e of run.entries) {
    const v = e.value;
    if (v === null || v < 1 || v > n || seen.has(v)) return false;
    seen.add(v);
  }
  return run.entries.some((e, i) => e.value !== i + 1);
}

/**
 * Paragraphs that close a part rather than belong to its last section (各位代表，…; 在肯定成绩的同时…). Anchored at
 * the start: the same words inside a chapter's own sentences must not cut the chapter.
 */
const CLOSING = /^(?:(?:各位代表|各位委员|同志们)[，,、！!：:\s]|在肯定成绩的同时|这些成绩的取得)/;
/** A paragraph introducing what follows (为此，常委会明年将重点抓好以下工作：). */
const LEAD_IN = /[：:]$/;

export interface SectionMove {
  edits: TextEditSpan[];
  /** How many sections change place: the fewest moves that put the run in order (n less its longest ordered part). */
  moved: number;
}

/** A piece of the text, as whole lines [from, to]. `value` for a section, `front` for a transition that leads in. */
interface Piece {
  from: number;
  to: number;
  value?: number;
  front?: boolean;
}

/** The edits that put a permuted run's sections in numbered order; undefined for a run that is not permuted. */
export function moveSections(model: ReportModel, run: Run): SectionMove | undefined {
  if (!isPermuted(run)) return undefined;
  const { lines, roles } = model;
  const blank = (k: number) => roles[k] === 'blank';
  const entries = run.entries;
  // Where each section starts: its heading, or the comments just above it (work-report-disable-next-line speaks
  // of that heading; an enable closes what came before, and stays there).
  const above = (k: number) => roles[k] === 'comment' && !/work-report-enable/.test(lines[k].text);
  const starts = entries.map((e, i) => {
    let from = e.line;
    const floor = i > 0 ? entries[i - 1].line : -1;
    for (let k = e.line - 1; k > floor && (blank(k) || above(k)); k--) if (!blank(k)) from = k;
    return from;
  });
  const planStart = timeFrame(model)?.planStart;
  const lastContent = (from: number, to: number) => {
    while (to > from && blank(to)) to--;
    return to;
  };
  const pieces: Piece[] = [];
  entries.forEach((e, i) => {
    const last = i + 1 === entries.length;
    const end = lastContent(e.line, last ? e.endLine : starts[i + 1] - 1);
    // Where the text turns to next year's work only ends the last section: inside the run it is left to the run.
    const tail = transitionStart(model, e.line, end, last ? planStart : undefined);
    pieces.push({ from: starts[i], to: tail === undefined ? end : lastContent(e.line, tail - 1), value: e.value! });
    // A transition inside the run goes before the run when it leads in (…以下工作：), else after it. The last
    // section's transition is outside the run: it stays where it is.
    if (tail !== undefined && !last) pieces.push({ from: tail, to: end, front: LEAD_IN.test(lines[end].text) });
  });
  const sections = pieces.filter((p) => p.value !== undefined).sort((a, b) => a.value! - b.value!);
  const transitions = pieces.filter((p) => p.value === undefined);
  const order = [...transitions.filter((p) => p.front), ...sections, ...transitions.filter((p) => !p.front)];
  const span = (p: Piece) => ({ start: lines[p.from].start, end: lines[p.to].end });
  const edits: TextEditSpan[] = [];
  pieces.forEach((p, j) => {
    const q = order[j];
    if (q === p) return;
    const { start: from, end: to } = span(q);
    edits.push({ ...span(p), newText: model.text.slice(from, to) });
  });
  return { edits, moved: entries.length - longestIncreasing(entries.map((e) => e.value!)) };
}

/**
 * Where a section's text stops being its own: at a closing paragraph, or where the text turns to next year's work,
 * or at the lead-in paragraphs that end it; never before its last heading (a subsection stays with its section).
 */
function transitionStart(
  model: ReportModel,
  line: number,
  end: number,
  planStart: number | undefined,
): number | undefined {
  const { lines, roles, flat } = model;
  // The last heading up to `end` (flat is in document order).
  let lo = 0,
    hi = flat.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat[mid].line <= end) lo = mid + 1;
    else hi = mid;
  }
  const floor = Math.max(line, lo > 0 ? flat[lo - 1].line : line);
  for (let k = floor + 1; k <= end; k++)
    if (roles[k] === 'body' && (CLOSING.test(lines[k].text) || k === planStart)) return k;
  let k = end;
  let lead: number | undefined;
  while (k > floor && roles[k] === 'body' && LEAD_IN.test(lines[k].text)) {
    lead = k;
    for (k--; k > floor && roles[k] === 'blank'; k--);
  }
  return lead;
}

/** The length of the longest increasing subsequence (patience sorting). */
function longestIncreasing(values: number[]): number {
  const tops: number[] = [];
  for (const v of values) {
    let lo = 0,
      hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    tops[lo] = v;
  }
  return tops.length;
}
