import type { ReportModel } from '../model/types';

/**
 * Suppression comments, shared by every check:
 *   <!-- work-report-disable [code …] -->   … <!-- work-report-enable [code …] -->
 *   <!-- work-report-disable-next-line [code …] -->
 * Without codes they apply to every check. A comment is a line of its own.
 */
const COMMENT = /^<!--\s*work-report-(disable-next-line|disable|enable)\b([^>]*?)-->$/;

interface Range {
  from: number;
  to: number;
  codes: Set<string> | null;
}

export function suppressions(model: ReportModel): (code: string, offset: number) => boolean {
  const ranges: Range[] = [];
  const open: { from: number; codes: Set<string> | null }[] = [];
  for (const line of model.lines) {
    if (model.roles[line.index] !== 'comment') continue;
    const m = COMMENT.exec(line.text);
    if (!m) continue;
    const list = m[2]
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const codes = list.length ? new Set(list) : null;
    if (m[1] === 'disable-next-line') {
      const next = model.lines.slice(line.index + 1).find((l) => l.text && model.roles[l.index] !== 'comment');
      if (next) ranges.push({ from: next.start, to: next.end, codes });
    } else if (m[1] === 'disable') {
      open.push({ from: line.end, codes });
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i];
        const closes = !codes || !o.codes || [...o.codes].every((c) => codes.has(c));
        if (closes) {
          ranges.push({ from: o.from, to: line.start, codes: o.codes });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) ranges.push({ from: o.from, to: model.text.length, codes: o.codes });
  if (!ranges.length) return () => false;
  return (code, offset) => ranges.some((r) => offset >= r.from && offset <= r.to && (!r.codes || r.codes.has(code)));
}
