/** Edits that remove parts of a report — lines, a paragraph, a span of sentences — keeping the spacing around. */
import type { TextEditSpan } from '../document';
import type { ReportModel } from './types';

/**
 * Removes lines `from`…`to` with their line breaks, and one of the blank lines around them when they stood
 * between two blank lines, so the paragraphs that remain keep their spacing. Nothing else changes.
 */
export function deleteLines(model: ReportModel, from: number, to: number): TextEditSpan | undefined {
  const lines = model.lines;
  if (!lines[from] || !lines[to] || to < from) return undefined;
  const isBlank = (i: number) => i >= 0 && i < lines.length && !lines[i].text;
  if (to + 1 < lines.length) {
    let endLine = to + 1;
    if (isBlank(from - 1) && isBlank(to + 1) && to + 2 < lines.length) endLine = to + 2;
    return { start: lines[from].start, end: lines[endLine].start, newText: '' };
  }
  // Up to the last line: take the break before instead, and the blank line above when there is one.
  const prev = from - 1;
  if (prev < 0) return { start: lines[from].start, end: lines[to].end, newText: '' };
  const start = isBlank(prev) && prev - 1 >= 0 ? lines[prev - 1].end : lines[prev].end;
  return { start, end: lines[to].end, newText: '' };
}

/** Removes one paragraph line (see {@link deleteLines}). */
export function deleteParagraphLine(model: ReportModel, line: number): TextEditSpan | undefined {
  return model.lines[line]?.text ? deleteLines(model, line, line) : undefined;
}

/** Removes a span of sentences inside a paragraph, with the white space after it; the whole line if nothing else is left. */
export function deleteSpan(model: ReportModel, line: number, start: number, end: number): TextEditSpan | undefined {
  const l = model.lines[line];
  if (!l || start < l.contentStart || end > l.contentEnd || end <= start) return undefined;
  const rest = (model.text.slice(l.contentStart, start) + model.text.slice(end, l.contentEnd)).trim();
  if (!rest) return deleteParagraphLine(model, line);
  let e = end;
  while (e < l.contentEnd && /[ \t\u3000]/.test(model.text[e])) e++;
  return { start, end: e, newText: '' };
}
