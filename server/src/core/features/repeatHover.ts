import type { Locale, ReportDiagnostic } from '../checks/runner';
import type { ReportModel } from '../model/types';
import { diffChars } from '../text/diff';

/** Markdown-escapes document text for a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|~<>])/g, '\\$1');
}

/**
 * The hover at `offset` when it falls in a repeat finding with another copy: both copies as whole spans (a section
 * copy from its heading to its last line, against the original section), and the span the hover covers.
 */
export function repeatHoverAt(
  model: ReportModel,
  findings: readonly ReportDiagnostic[],
  offset: number,
  locale: Locale,
): { markdown: string; start: number; end: number } | undefined {
  const f = findings.find(
    (d) => d.code.startsWith('repeat.') && d.related.length && d.start <= offset && offset <= d.end,
  );
  if (!f) return undefined;
  const other = f.related[0];
  let here = { start: f.start, end: f.end };
  let there = { start: other.start, end: other.end };
  if (f.code === 'repeat.section') {
    // The copy ends where the analysis says (before a part's closing paragraphs), as its data carries.
    const endLine = f.data?.endLine;
    const copy = model.flat.find((s) => s.start === f.start);
    if (copy && typeof endLine === 'number' && model.lines[endLine])
      here = { start: model.lines[copy.line].start, end: model.lines[endLine].end };
    const orig = model.flat.find((s) => s.start === other.start);
    if (orig) there = { start: model.lines[orig.line].start, end: orig.end };
  }
  return { markdown: repeatHover(model, locale, here, there), start: f.start, end: f.end };
}

/**
 * The hover of a repeat finding: the other copy with the differences marked against this one — text only here in
 * bold, text only there struck through — so the drafter sees at once what was edited.
 */
export function repeatHover(
  model: ReportModel,
  locale: Locale,
  here: { start: number; end: number },
  there: { start: number; end: number },
): string {
  const mine = model.text.slice(here.start, here.end);
  const theirs = model.text.slice(there.start, there.end);
  const ops = diffChars(theirs, mine);
  const body = ops
    .map((o) => {
      const t = escapeMarkdown(o.text);
      if (!o.text.trim()) return t;
      return o.op === 'equal' ? t : o.op === 'insert' ? `**${t}**` : `~~${t}~~`;
    })
    .join('');
  const line = model.lines.findIndex((l) => there.start >= l.start && there.start <= l.end) + 1;
  const same = ops.every((o) => o.op === 'equal');
  const legend =
    locale === 'en'
      ? same
        ? 'Identical text.'
        : '**bold**: only in this copy · ~~struck~~: only in the other copy'
      : same
        ? '文字完全相同。'
        : '**加粗**：仅本处有 · ~~删除线~~：仅另一处有';
  const head = locale === 'en' ? `Compared with line ${line}` : `与第 ${line} 行比较`;
  return `**${escapeMarkdown(head)}**\n\n${body}\n\n_${legend}_`;
}
