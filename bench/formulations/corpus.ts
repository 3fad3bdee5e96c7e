/**
 * The texts the lexicon is learned from: the seeds and the corpus (bench/eval/reports.ts), each once (the noisy
 * scrapes of 2014–2018 are the same reports as Wikisource's), with the year it was delivered in — as the check
 * reads a report's year (termFormulation's reportYear), so that learning and checking agree on eras.
 */
import { parseReport, TextDoc } from '../../server/src/core';
import { reportYear } from '../../server/src/core/checks/formulationLexicon';
import { evalReports } from '../eval/reports';

export interface Text {
  name: string;
  year: number;
  text: string;
}

export function corpusTexts(): Text[] {
  const seen = new Set<string>();
  const out: Text[] = [];
  for (const r of evalReports()) {
    const base = r.name.replace(/.*\//, '');
    if (seen.has(base)) continue;
    seen.add(base);
    // The year as the check will read it (no file name there); the file name's only where the text has none.
    const model = parseReport(new TextDoc(`file:///learn/${r.name}`, r.text));
    const year = reportYear(model) ?? reportYear(model, r.name);
    if (year === undefined) throw new Error(`no year for ${r.name}`);
    out.push({ name: r.name, year, text: r.text });
  }
  return out;
}

/** The eras phrases are learned in: the terms between party congresses (a congress in autumn, its era from spring). */
export const ERAS: [number, number][] = [
  [1954, 1977],
  [1978, 1982],
  [1983, 1987],
  [1988, 1992],
  [1993, 1997],
  [1998, 2002],
  [2003, 2007],
  [2008, 2012],
  [2013, 2017],
  [2018, 2022],
  [2023, 2027],
];

/** In how many texts each form occurs verbatim, and the first and last year it does. */
export function attestation(texts: Text[], form: string): { reports: number; years: [number, number] } | undefined {
  const ys = texts.filter((t) => t.text.includes(form)).map((t) => t.year);
  return ys.length ? { reports: ys.length, years: [Math.min(...ys), Math.max(...ys)] } : undefined;
}
