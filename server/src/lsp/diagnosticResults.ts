/**
 * Result ids of pulled diagnostics (LSP 3.17): a report equal to the one the client holds (it names it as
 * previousResultId) is answered `unchanged`. Most keystrokes leave a report's findings as they were — typing moves
 * only the findings after the cursor on its own line — and an unchanged report costs neither side its
 * serialisation nor the editor its redraw.
 */
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';

export class DiagnosticResults {
  private readonly last = new Map<string, { id: string; items: Diagnostic[] }>();
  private next = 1;

  report(uri: string, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    if (last && previousResultId === last.id && sameJson(last.items, items))
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.id };
    const resultId = String(this.next++);
    this.last.set(uri, { id: resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** Equality of JSON values (what the client would receive), key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}
