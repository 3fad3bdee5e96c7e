/**
 * Figures a real report states twice, in its own words each time (../shared/figures/restatements-*.json: pairs
 * found by value and kept by reading, not written from templates): either side is changed as a drafter's missed
 * update would leave it, and figure.conflict must fire on one of the two statements. The unmodified reports must
 * get none (counted in run.ts's false alarms).
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseReport, runChecks, TextDoc } from '../../server/src/core';

const SHARED = join(process.cwd(), '..', 'shared');

interface Occurrence {
  line: number;
  col: number;
  context: string;
}
interface Pair {
  report: string;
  metric: string;
  value: string;
  unit: string;
  occurrences: Occurrence[];
}

export interface RestatementResult {
  file: string;
  pairs: number;
  cases: number;
  found: number;
  missed: { report: string; metric: string; side: number; context: string }[];
}

/** Another value written the same way: its last digit moved by one (３ → ４, 3.23亿 → 3.24亿, 50万 → 51万). */
export function changedValue(value: string): string {
  const m = /([0-9０-９])(?!.*[0-9０-９])/.exec(value);
  if (!m) return value;
  const wide = m[1] >= '０';
  const d = wide ? m[1].charCodeAt(0) - 0xff10 : Number(m[1]);
  const next = d === 9 ? 8 : d + 1;
  const c = wide ? String.fromCharCode(0xff10 + next) : String(next);
  return value.slice(0, m.index) + c + value.slice(m.index + 1);
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

export function runRestatements(file = 'restatements-dev.json'): RestatementResult | undefined {
  const path = join(SHARED, 'figures', file);
  if (!existsSync(path)) return undefined;
  const { pairs } = JSON.parse(readFileSync(path, 'utf8')) as { pairs: Pair[] };
  const result: RestatementResult = { file, pairs: pairs.length, cases: 0, found: 0, missed: [] };
  for (const pair of pairs) {
    const text = readFileSync(join(SHARED, pair.report), 'utf8');
    const spans = pair.occurrences.map((o) => {
      const start = lineStart(text, o.line) + o.col;
      if (text.slice(start, start + pair.value.length) !== pair.value)
        throw new Error(`${pair.report}:${o.line}:${o.col} is not ${pair.value}`);
      return { start, end: start + pair.value.length };
    });
    spans.forEach((s, side) => {
      result.cases++;
      const changed = changedValue(pair.value);
      const planted = text.slice(0, s.start) + changed + text.slice(s.end);
      const doc = new TextDoc(`file:///eval/${pair.report}`, planted);
      const hit = runChecks(parseReport(doc), { positionAt: (o) => doc.positionAt(o) }).some((d) => {
        if (d.code !== 'figure.conflict') return false;
        const a = doc.offsetAt(d.range.start),
          b = doc.offsetAt(d.range.end);
        return spans.some((o) => a < o.end + (o === s ? changed.length - pair.value.length : 0) && o.start < b);
      });
      if (hit) result.found++;
      else
        result.missed.push({
          report: pair.report,
          metric: pair.metric,
          side,
          context: pair.occurrences[side].context,
        });
    });
  }
  return result;
}
