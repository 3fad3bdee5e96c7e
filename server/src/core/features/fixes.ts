/**
 * The quick fixes of a finding, and the fix-all of a code: what the finding's own check offers from the data it
 * attached (Check.fixes). This module knows no codes.
 */
import { ALL_CHECKS } from '../checks/index';
import type { CheckFix } from '../checks/types';
import type { TextEditSpan } from '../document';
import type { ReportModel } from '../model/types';

export type { TextEditSpan } from '../document';
export { deleteLines, deleteParagraphLine, deleteSpan } from '../model/edits';

export type Fix = CheckFix;

/**
 * The fixes of a finding of `code` carrying `data`. The data is what that check attached to a finding of this
 * process (callers pass findings of their own run, never data read back from a client), so it has the check's type.
 */
export function fixesFor(model: ReportModel, code: string, data: unknown): Fix[] {
  if (data === undefined) return [];
  return ALL_CHECKS.find((c) => c.code === code)?.fixes?.(model, data) ?? [];
}

/**
 * Every certain fix of one code in the document, as one edit list (the fix-all source action, for checks with
 * `fixAll`): overlapping edits are dropped, so what is applied is exactly what the findings said.
 */
export function fixAllEdits(
  model: ReportModel,
  findings: { code: string; data?: unknown }[],
  code: string,
): TextEditSpan[] {
  if (!ALL_CHECKS.find((c) => c.code === code)?.fixAll) return [];
  const edits = findings
    .filter((f) => f.code === code)
    .flatMap((f) => fixesFor(model, f.code, f.data)[0]?.edits ?? [])
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEditSpan[] = [];
  for (const e of edits) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}
