/**
 * What still stands between a draft and a document handed in, said before it is exported: the warnings and errors
 * left, the year-over items not yet checked, and section markers typed half-width — (一) where GB/T 9704 has （一）,
 * which numbering.style does not flag when a whole run is typed that way. The editor asks before exporting, and offers
 * to make the markers full-width; the CLI prints the same summary.
 */
import type { ReportDiagnostic } from './checks/runner';
import { checklist, unmarked, type Mark } from './checklist';
import type { TextEditSpan } from './document';
import type { ReportModel } from './model/types';
import { markerParts } from './numbering/markers';

/** Edits that write every half-width bracketed marker full-width: (一) → （一）, (1) → （1）. Brackets only. */
export function fullWidthMarkerEdits(model: ReportModel): TextEditSpan[] {
  const out: TextEditSpan[] = [];
  for (const s of model.flat) {
    const p = s.number !== null ? markerParts(model.text, s) : undefined;
    if (!p || p.open !== '(' || p.close !== ')') continue;
    out.push({ start: p.start, end: p.start + 1, newText: '（' }, { start: p.end - 1, end: p.end, newText: '）' });
  }
  return out;
}

export interface HandInSummary {
  errors: number;
  warnings: number;
  /** Year-over checklist items not yet checked (placeholders included). */
  toCheck: number;
  /** Section markers written (一) rather than （一）. */
  halfWidthMarkers: number;
}

/** The summary of a draft from its findings and the places marked as checked (a checked finding is no longer left). */
export function handInSummary(model: ReportModel, findings: ReportDiagnostic[], marks: readonly Mark[]): HandInSummary {
  const left = unmarked(marks, model, findings);
  return {
    errors: left.filter((f) => f.severity === 'error').length,
    warnings: left.filter((f) => f.severity === 'warning').length,
    toCheck: checklist(model, left, []).open,
    halfWidthMarkers: fullWidthMarkerEdits(model).length / 2,
  };
}

export function handInReady(s: HandInSummary): boolean {
  return !s.errors && !s.warnings && !s.toCheck && !s.halfWidthMarkers;
}

/** One line a drafter reads before the export: 仍有 3 处警告、5 项待核对、2 个半角编号 (一)。 */
export function handInSummaryText(s: HandInSummary): { zh: string; en: string } {
  const zh = [
    s.errors && `${s.errors} 处错误`,
    s.warnings && `${s.warnings} 处警告`,
    s.toCheck && `${s.toCheck} 项待核对`,
    s.halfWidthMarkers && `${s.halfWidthMarkers} 个编号是半角 (一)（公文用全角（一））`,
  ].filter(Boolean);
  const en = [
    s.errors && `${s.errors} errors`,
    s.warnings && `${s.warnings} warnings`,
    s.toCheck && `${s.toCheck} items to check`,
    s.halfWidthMarkers && `${s.halfWidthMarkers} half-width markers (一) (documents use （一）)`,
  ].filter(Boolean);
  return { zh: `仍有 ${zh.join('、')}`, en: `Still ${en.join(', ')}` };
}
