/**
 * Last year's figure left in this year's report (bench/eval/consecutive-figures.json: pairs of the same quantity in
 * consecutive national reports, matched by reading — wording and units often change between years): this year's
 * figure is put back to last year's value (with last year's unit when the unit changed), and stale.figure, given
 * last year's report, must flag it. The unmodified reports' findings are counted too: figures that really stayed
 * the same are what the check is for, but each is one more item for the drafter to look at.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_CHECKS, parseReport, runChecks, TextDoc, type LastYearReport } from '../../server/src/core';
import { SHARED } from './reports';

interface Side {
  report: string;
  line: number;
  col: number;
  value: string;
  unit: string;
  context: string;
}
interface Pair {
  last: Side;
  this: Side;
  metric: string;
  kind: string;
  sameWording: boolean;
}

export interface ConsecutiveResult {
  pairs: number;
  found: number;
  byWording: { same: [number, number]; changed: [number, number] };
  /** stale.figure findings on the unmodified reports (each with last year's report), per report. */
  unmodified: { report: string; findings: number }[];
  missed: { metric: string; report: string; context: string }[];
}

const CHECK = ALL_CHECKS.filter((c) => c.code === 'stale.figure');

function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at + col;
}

function staleFigures(text: string, uri: string, last: LastYearReport) {
  const doc = new TextDoc(uri, text);
  return runChecks(parseReport(doc), { checks: CHECK, positionAt: (o) => doc.positionAt(o), lastYear: () => last });
}

/** Run from the checkout (npm run eval). */
export function runConsecutive(
  path = join(process.cwd(), 'bench', 'eval', 'consecutive-figures.json'),
  root = SHARED,
): ConsecutiveResult {
  const { pairs } = JSON.parse(readFileSync(path, 'utf8')) as { pairs: Pair[] };
  const read = (report: string) => readFileSync(join(root, 'corpus', report), 'utf8');
  const lastOf = new Map<string, LastYearReport>();
  const result: ConsecutiveResult = {
    pairs: pairs.length,
    found: 0,
    byWording: { same: [0, 0], changed: [0, 0] },
    unmodified: [],
    missed: [],
  };
  for (const p of pairs) {
    let last = lastOf.get(p.last.report);
    if (!last) {
      last = { model: parseReport(new TextDoc(p.last.report, read(p.last.report))), uri: p.last.report };
      lastOf.set(p.last.report, last);
      const thisText = read(p.this.report);
      result.unmodified.push({ report: p.this.report, findings: staleFigures(thisText, p.this.report, last).length });
    }
    const text = read(p.this.report);
    const at = offsetOf(text, p.this.line, p.this.col);
    if (text.slice(at, at + p.this.value.length) !== p.this.value)
      throw new Error(`${p.this.report}:${p.this.line}:${p.this.col} does not hold ${p.this.value}`);
    // Last year's value; and last year's unit where this year's is another (亿斤 → 亿吨 back to 亿斤).
    const unitChanged = p.this.unit !== p.last.unit && text.startsWith(p.this.unit, at + p.this.value.length);
    const from = at + p.this.value.length + (unitChanged ? p.this.unit.length : 0);
    const planted = text.slice(0, at) + p.last.value + (unitChanged ? p.last.unit : '') + text.slice(from);
    const end = at + p.last.value.length;
    const hit = staleFigures(planted, p.this.report, last).some((d) => d.start < end && d.end > at);
    const bucket = p.sameWording && p.this.unit === p.last.unit ? result.byWording.same : result.byWording.changed;
    bucket[1]++;
    if (hit) {
      result.found++;
      bucket[0]++;
    } else result.missed.push({ metric: p.metric, report: p.this.report, context: p.this.context });
  }
  return result;
}
