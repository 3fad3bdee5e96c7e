/**
 * The recall benchmark: plants slips (plant.ts) in every real report, checks each variant, and counts a slip found
 * when a finding of its family covers the planted span (for a conflict, either statement). False alarms are the
 * figure and leftover findings on the unmodified reports. Deterministic: one seeded random source.
 */
import { parseReport, runChecks, TextDoc } from '../../server/src/core';
import { plants, type Family, type Plant } from './plant';
import { evalReports } from './reports';
import { rng } from './rng';

export const FAMILIES: Family[] = [
  'figure.conflict',
  'figure.part-whole',
  'figure.count',
  'stale.year',
  'term.formulation',
  'norm.number',
];
/** The wording checks' findings on the unmodified reports, every one listed (their precision is read, not counted). */
const LISTED = /^(term\.formulation|norm\.number)$/;
const WATCHED = /^(figure|stale)\./;

export interface EvalResult {
  families: Record<
    Family,
    { planted: number; found: number; recall: number; missed: { report: string; rule: string; context: string }[] }
  >;
  /** The missed plants themselves (not written to the results file). */
  missedPlants: Plant[];
  falseAlarms: { report: string; code: string; line: number; message: string }[];
  /** term.formulation and norm.number on the unmodified reports, with the text they cover. */
  wording: { report: string; code: string; line: number; message: string; text: string }[];
  /** Per family and planting rule: planted, found. */
  rules: Record<string, Record<string, [number, number]>>;
  reports: number;
}

function findings(name: string, text: string) {
  const doc = new TextDoc(`file:///eval/${name}`, text);
  return runChecks(parseReport(doc), { positionAt: (o) => doc.positionAt(o) }).map((d) => ({
    ...d,
    start: doc.offsetAt(d.range.start),
    end: doc.offsetAt(d.range.end),
  }));
}

/** At most `perReport` plants of each family per report, chosen at random, so large reports do not dominate. */
export function runEval(opts: { perReport?: number; seed?: number; root?: string } = {}): EvalResult {
  const perReport = opts.perReport ?? 6;
  const r = rng(opts.seed ?? 20261201);
  const result: EvalResult = {
    families: {} as EvalResult['families'],
    falseAlarms: [],
    wording: [],
    rules: {},
    reports: 0,
    missedPlants: [],
  };
  for (const f of FAMILIES) result.families[f] = { planted: 0, found: 0, recall: 0, missed: [] };
  for (const report of evalReports(opts.root)) {
    result.reports++;
    for (const d of findings(report.name, report.text)) {
      if (LISTED.test(d.code))
        result.wording.push({
          report: report.name,
          code: d.code,
          line: d.range.start.line + 1,
          message: d.message,
          text: report.text.slice(d.start, d.end),
        });
      if (WATCHED.test(d.code))
        result.falseAlarms.push({
          report: report.name,
          code: d.code,
          line: d.range.start.line + 1,
          message: d.message,
        });
    }
    const all = plants(report.name, report.text, r);
    for (const family of FAMILIES) {
      const mine = all.filter((p) => p.family === family);
      const chosen: Plant[] = [];
      if (LISTED.test(family)) {
        // The wording families take their rules in turn, so that the rules a report has many places for (两个,
        // 中国特色社会主义) do not crowd out the rarer ones (a member list).
        const byRule = new Map<string, Plant[]>();
        for (const p of mine) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
        const queues = [...byRule.values()];
        while (queues.some((q) => q.length) && chosen.length < perReport)
          for (const q of queues)
            if (q.length && chosen.length < perReport) chosen.push(q.splice(Math.floor(r() * q.length), 1)[0]);
      } else
        while (mine.length && chosen.length < perReport) chosen.push(mine.splice(Math.floor(r() * mine.length), 1)[0]);
      for (const p of chosen) {
        const fam = result.families[family];
        fam.planted++;
        const covers = (d: { start: number; end: number }, s: number, e: number) => d.start < e && s < d.end;
        const hit = findings(report.name, p.text).some(
          (d) => d.code === family && (covers(d, p.start, p.end) || (p.also && covers(d, p.also[0], p.also[1]))),
        );
        const byRule = (result.rules[family] ??= {});
        const counts = (byRule[p.rule] ??= [0, 0]);
        counts[0]++;
        if (hit) counts[1]++;
        if (hit) fam.found++;
        else {
          result.missedPlants.push(p);
          fam.missed.push({
            report: report.name,
            rule: p.rule,
            context: p.text.slice(Math.max(0, p.start - 30), p.end + 20).replace(/\n/g, '⏎'),
          });
        }
      }
    }
  }
  for (const f of FAMILIES) {
    const x = result.families[f];
    x.recall = x.planted ? x.found / x.planted : 0;
  }
  return result;
}
