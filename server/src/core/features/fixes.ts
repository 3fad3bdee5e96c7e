/**
 * The quick fixes of a finding: the edits it carries when its fix is certain and small (the norm and term checks),
 * else what its own check offers from the data it attached (Check.fixes). This module knows no codes.
 */
import { ALL_CHECKS } from '../checks/index';
import { carriedEdits } from '../checks/norms';
import type { CheckFix, Localized } from '../checks/types';
import type { TextEditSpan } from '../document';
import type { ReportModel } from '../model/types';

export type { TextEditSpan } from '../document';
export { deleteLines, deleteParagraphLine, deleteSpan } from '../model/edits';
export { repeatFixes } from '../checks/repeats';

export type Fix = CheckFix;

export function fixesFor(model: ReportModel, code: string, data: Record<string, unknown> | undefined): Fix[] {
  const carried = carriedEdits(data);
  if (carried) return [{ title: data!.fixTitle as Localized, edits: carried, preferred: true }];
  return (data && ALL_CHECKS.find((c) => c.code === code)?.fixes?.(model, data)) || [];
}

/**
 * Every certain fix of one code in the document, as one edit list (the fix-all source action): overlapping edits
 * are dropped, so what is applied is exactly what the findings said.
 */
export function fixAllEdits(
  model: ReportModel,
  findings: { code: string; data?: Record<string, unknown> }[],
  code: string,
): TextEditSpan[] {
  const edits = findings
    .filter((f) => f.code === code && /^(norm|term)\./.test(f.code))
    .flatMap((f) => fixesFor(model, f.code, f.data)[0]?.edits ?? [])
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEditSpan[] = [];
  for (const e of edits) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}
