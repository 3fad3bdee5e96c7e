/**
 * Which reports of a workspace are last years' published reports rather than drafts. A drafting folder holds this
 * year's draft beside the reports it was made from; the draft reviews the newest year of them all, so a report that
 * reviews an earlier year is a past report: published, not to be changed, and its findings are noise in the
 * drafter's Problems. A report whose year cannot be told is never called past.
 */
import { TextDoc } from '../document';
import { parseReport } from '../model/parse';
import { reportInfo } from './info';

/** Enough of a report for its header and its first part's title (the reviewed year). */
const HEAD_CHARS = 6000;

/** The year a report reviews, from its head and file name; undefined when it cannot be told. */
export function reviewedYear(text: string, fileName: string): number | undefined {
  return reportInfo(parseReport(new TextDoc(fileName, text.slice(0, HEAD_CHARS))), fileName).year;
}

/** The year being drafted: the newest year reviewed among the reports. */
export function draftingYear(years: readonly (number | undefined)[]): number | undefined {
  const known = years.filter((y): y is number => y !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

export function isPastReport(year: number | undefined, drafting: number | undefined): boolean {
  return year !== undefined && drafting !== undefined && year < drafting;
}
