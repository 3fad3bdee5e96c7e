import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ReportDiagnostic, Severity } from '../core';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A core finding as an LSP diagnostic: the one place findings take the protocol's shape. */
export function toLspDiagnostic(d: ReportDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: LSP_SEVERITY[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    ...(d.related.length
      ? { relatedInformation: d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}
