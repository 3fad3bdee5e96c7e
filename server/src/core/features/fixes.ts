import type { ReportModel } from '../model/types';

export interface TextEditSpan { start: number; end: number; newText: string }

/**
 * Removes one paragraph line with its line break, and one of the blank lines around it when it stood
 * between two blank lines, so the paragraphs that remain keep their spacing. Nothing else changes.
 */
export function deleteParagraphLine(model: ReportModel, line: number): TextEditSpan | undefined {
  const lines = model.lines;
  const l = lines[line];
  if (!l || !l.text) return undefined;
  const isBlank = (i: number) => i >= 0 && i < lines.length && !lines[i].text;
  if (line + 1 < lines.length) {
    let endLine = line + 1;
    if (isBlank(line - 1) && isBlank(line + 1) && line + 2 < lines.length) endLine = line + 2;
    return { start: l.start, end: lines[endLine].start, newText: '' };
  }
  // Last line: take the break before it instead, and the blank line above when there is one.
  const prev = line - 1;
  if (prev < 0) return { start: l.start, end: l.end, newText: '' };
  const from = isBlank(prev) && prev - 1 >= 0 ? lines[prev - 1].end : lines[prev].end;
  return { start: from, end: l.end, newText: '' };
}
