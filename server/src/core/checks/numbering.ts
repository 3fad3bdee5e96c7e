import { sectionLabel } from '../model/label';
import { markerParts } from '../numbering/markers';
import { numberingFaults, type Fault } from '../numbering/runs';
import { toChineseNumeral } from '../text/numerals';
import type { ReportModel } from '../model/types';
import type { Finding, Localized } from './types';

/** What numbering findings share: the range on the number itself, and data to find the run again for a fix. */
export function numberingFinding(model: ReportModel, f: Pick<Fault, 'entry' | 'run'>, message: Localized, extra: Record<string, unknown> = {}): Finding {
  const p = markerParts(model.text, f.entry);
  return {
    start: f.entry.start, end: p ? p.end : f.entry.titleEnd,
    message,
    related: [],
    data: { line: f.entry.line, runLine: f.run.entries[0].line, family: f.run.family, ...extra },
  };
}

/** The number as it would be written in this entry's run (三 / 3 / ３). */
export function writtenLike(entryNumber: string, value: number): string {
  if (/^[0-9]+$/.test(entryNumber)) return String(value);
  if (/^[０-９]+$/.test(entryNumber)) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return toChineseNumeral(value);
}

export function faultsOf(model: ReportModel, kind: Fault['kind']): Fault[] {
  return numberingFaults(model).filter((f) => f.kind === kind);
}

export const label = sectionLabel;
