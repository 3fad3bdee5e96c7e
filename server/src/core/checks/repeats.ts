import type { ReportModel } from '../model/types';
import type { TextEditSpan } from '../document';
import { placeNote, type Places } from './places';
import type { CheckFix, Localized, RelatedFinding, Span } from './types';

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function paragraphRelated(
  model: ReportModel,
  index: number,
  places: Places,
  zh: string,
  en: string,
): RelatedFinding {
  const p = model.paragraphs[index];
  return { start: p.start, end: p.end, message: placeNote(places, p.line, zh, en) };
}

/** What a repeat finding carries: its line, and the line of the earlier copy. */
export interface CopyData {
  line: number;
  firstLine: number;
}

/** The hover compares a repeat finding with its other copy as found (a section widens both; see repeatSection). */
export function asFound(_model: ReportModel, here: Span, there: Span): { here: Span; there: Span } {
  return { here, there };
}

/** A fix of one edit, when the edit could be made (a line the text no longer has gives none). */
export function oneEditFix(title: Localized, edit: TextEditSpan | undefined, preferred = false): CheckFix[] {
  return edit ? [{ title, edits: [edit], preferred }] : [];
}

/** Whether any two edits overlap (then they cannot be applied together). */
export function overlapping(edits: TextEditSpan[]): boolean {
  const s = [...edits].sort((a, b) => a.start - b.start);
  return s.some((e, i) => i > 0 && e.start < s[i - 1].end);
}
