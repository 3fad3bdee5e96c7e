/**
 * The year-over checklist (换年核对清单): every place of a draft still holding last year's value — the findings
 * of the checks with `checklist` (years, sessions, figures, counters, placeholders) — by chapter, each either open
 * or marked as checked. A mark is the flagged text with a few characters either side: it follows the text when
 * lines move, and a changed value no longer matches it, so the item opens again.
 */
import { ALL_CHECKS } from './checks/index';
import type { ReportDiagnostic } from './checks/runner';
import { sectionLabel } from './model/label';
import type { ReportModel } from './model/types';

/** A place marked as checked (its value confirmed), as the marks file keeps it. */
export interface Mark {
  code: string;
  before: string;
  text: string;
  after: string;
}

export interface ChecklistItem {
  code: string;
  message: string;
  /** The flagged text and its range (LSP positions) and offsets. */
  text: string;
  start: number;
  end: number;
  range: ReportDiagnostic['range'];
  /** The chapter (or part) it stands in, as the outline labels it; '' before the first. */
  chapter: string;
  checked: boolean;
}

export interface Checklist {
  items: ChecklistItem[];
  open: number;
  checked: number;
}

/** How many characters either side of a flagged text a mark keeps (on its line). */
const AROUND = 8;

const CHECKLIST_CODES = new Set(ALL_CHECKS.filter((c) => c.checklist).map((c) => c.code));
const MARKABLE = new Set(ALL_CHECKS.filter((c) => c.checklist === 'check').map((c) => c.code));

/** Whether a finding is an item of the checklist. */
export const onChecklist = (code: string) => CHECKLIST_CODES.has(code);

/** The mark of a finding: its code, its text and what stands either side of it on its line. */
export function markOf(model: ReportModel, f: { code: string; start: number; end: number }): Mark {
  const text = model.text;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.end);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    code: f.code,
    before: text.slice(Math.max(lineStart, f.start - AROUND), f.start),
    text: text.slice(f.start, f.end),
    after: text.slice(f.end, Math.min(lineEnd, f.end + AROUND)).replace(/\r$/, ''),
  };
}

const sameMark = (a: Mark, b: Mark) =>
  a.code === b.code && a.text === b.text && a.before === b.before && a.after === b.after;

/** Whether the finding is marked as checked. */
export function isMarked(
  marks: readonly Mark[],
  model: ReportModel,
  f: { code: string; start: number; end: number },
): boolean {
  if (!marks.length || !MARKABLE.has(f.code)) return false;
  const m = markOf(model, f);
  return marks.some((x) => sameMark(x, m));
}

/** The findings to show: those marked as checked left out. */
export function unmarked<T extends { code: string; start: number; end: number }>(
  marks: readonly Mark[],
  model: ReportModel,
  findings: T[],
): T[] {
  return marks.length ? findings.filter((f) => !isMarked(marks, model, f)) : findings;
}

/** The checklist of a draft from its findings (all of them, marked ones included) and its marks. */
export function checklist(
  model: ReportModel,
  findings: readonly ReportDiagnostic[],
  marks: readonly Mark[],
): Checklist {
  const chapters = model.flat.filter((s) => s.kind === 'part' || s.kind === 'chapter');
  const items = findings
    .filter((f) => onChecklist(f.code))
    .map((f) => {
      const line = f.range.start.line;
      const chapter = chapters.filter((s) => s.line <= line).pop();
      return {
        code: f.code,
        message: f.message,
        text: model.text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        range: f.range,
        chapter: chapter ? sectionLabel(chapter) : '',
        checked: isMarked(marks, model, f),
      };
    });
  const checked = items.filter((i) => i.checked).length;
  return { items, open: items.length - checked, checked };
}

/** A marks list with this finding's mark added (once). */
export function withMark(
  marks: readonly Mark[],
  model: ReportModel,
  f: { code: string; start: number; end: number },
): Mark[] {
  const m = markOf(model, f);
  return marks.some((x) => sameMark(x, m)) ? [...marks] : [...marks, m];
}
