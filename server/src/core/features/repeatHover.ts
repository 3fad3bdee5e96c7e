import { ALL_CHECKS } from '../checks/index';
import type { Locale, ReportDiagnostic } from '../checks/runner';
import type { ReportModel } from '../model/types';
import { diffChars } from '../text/diff';

/** Markdown-escapes document text for a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+\-.!|~<>])/g, '\\$1');
}

/**
 * The hover at `offset` when it falls in a finding of a check that compares copies (Check.copies): the two copies
 * as that check spans them (a section from its heading to its last line), and the span the hover covers.
 */
export function repeatHoverAt(
  model: ReportModel,
  findings: readonly ReportDiagnostic[],
  offset: number,
  locale: Locale,
): { markdown: string; start: number; end: number } | undefined {
  for (const f of findings) {
    if (!f.related.length || offset < f.start || offset > f.end) continue;
    const check = ALL_CHECKS.find((c) => c.code === f.code);
    if (!check?.copies) continue;
    const other = f.related[0];
    const { here, there } = check.copies(model, f, other, f.data);
    return { markdown: repeatHover(model, locale, here, there), start: f.start, end: f.end };
  }
  return undefined;
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
