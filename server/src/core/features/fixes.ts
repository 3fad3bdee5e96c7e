import type { Localized } from '../checks/types';
import type { ReportModel } from '../model/types';
import { ALL_CHECKS } from '../checks/index';
import { carriedEdits } from '../checks/norms';
import { numberingFixes } from './numberingFixes';

export type { TextEditSpan } from '../document';
import type { TextEditSpan } from '../document';

export interface Fix {
  title: Localized;
  edits: TextEditSpan[];
  preferred?: boolean;
}

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

/** The quick fixes of a finding, from the data its check attached to it. */
export function fixesFor(model: ReportModel, code: string, data: Record<string, unknown> | undefined): Fix[] {
  // A certain fix carried by the finding itself (the norm and term checks), or built by its check on demand.
  const carried = carriedEdits(data);
  if (carried) return [{ title: data!.fixTitle as Localized, edits: carried, preferred: true }];
  const own = data ? ALL_CHECKS.find((c) => c.code === code)?.fixes?.(model, data) : undefined;
  if (own?.length) return own;
  if (code.startsWith('numbering.') && code !== 'numbering.reference') return numberingFixes(model, data);
  if (code.startsWith('repeat.')) return repeatFixes(model, code, data);
  if (code === 'figure.ratio' && data && typeof data.start === 'number' && typeof data.end === 'number' && typeof data.replacement === 'string') {
    return [{ title: { zh: `改为按计数算得的 ${data.replacement}`, en: `Replace with the computed ${data.replacement}` }, edits: [{ start: data.start, end: data.end, newText: data.replacement }], preferred: true }];
  }
  return [];
}

/** The quick fixes of a repeat finding, from the data the check attached to it. */
export function repeatFixes(model: ReportModel, code: string, data: Record<string, unknown> | undefined): Fix[] {
  if (!data || typeof data.line !== 'number') return [];
  const line = data.line;
  const first = typeof data.firstLine === 'number' ? data.firstLine + 1 : undefined;
  const out: Fix[] = [];
  const push = (title: Localized, edit: TextEditSpan | undefined, preferred = false) => { if (edit) out.push({ title, edits: [edit], preferred }); };
  switch (code) {
    case 'repeat.paragraph':
      push({ zh: `删除重复段落（与第 ${first} 行相同）`, en: `Delete the repeated paragraph (same as line ${first})` }, deleteParagraphLine(model, line), true);
      break;
    case 'repeat.near-paragraph':
      push({ zh: `删除本段（与第 ${first} 行相似）`, en: `Delete this paragraph (similar to line ${first})` }, deleteParagraphLine(model, line));
      break;
    case 'repeat.sentence':
      if (typeof data.start === 'number' && typeof data.end === 'number') {
        push({ zh: '删除重复的句子', en: 'Delete the repeated sentences' }, deleteSpan(model, line, data.start, data.end));
      }
      break;
    case 'repeat.section': {
      const endLine = typeof data.endLine === 'number' ? data.endLine : line;
      push({ zh: `删除这一节（第 ${line + 1}–${endLine + 1} 行）`, en: `Delete this section (lines ${line + 1}–${endLine + 1})` }, deleteLines(model, line, endLine), true);
      const copies = Array.isArray(data.copies) ? (data.copies as { line: number; endLine: number }[]) : [];
      if (copies.length > 1) {
        const edits = copies.map((c) => deleteLines(model, c.line, c.endLine)).filter((e): e is TextEditSpan => !!e);
        if (edits.length === copies.length && !overlapping(edits)) {
          out.push({ title: { zh: `删除这一节的全部 ${copies.length} 个重复副本`, en: `Delete all ${copies.length} repeated copies of this section` }, edits });
        }
      }
      break;
    }
  }
  return out;
}

function overlapping(edits: TextEditSpan[]): boolean {
  const s = [...edits].sort((a, b) => a.start - b.start);
  return s.some((e, i) => i > 0 && e.start < s[i - 1].end);
}

/**
 * Every certain fix of one code in the document, as one edit list (the fix-all source action): overlapping edits
 * are dropped, so what is applied is exactly what the findings said.
 */
export function fixAllEdits(model: ReportModel, findings: { code: string; data?: Record<string, unknown> }[], code: string): TextEditSpan[] {
  const edits = findings.filter((f) => f.code === code && /^(norm|term)\./.test(f.code)).flatMap((f) => fixesFor(model, f.code, f.data)[0]?.edits ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEditSpan[] = [];
  for (const e of edits) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}
