/**
 * How long the first findings take after the extension starts, by stage, written once to the output channel:
 * activation → language server ready (spawned, loaded, initialized) → first findings of a report on screen. The
 * real-editor run reads the same figures (workReport.startupTimings) for its timings report.
 */
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../../shared/protocol';

export interface StartupTimings {
  /** Milliseconds from activation to each stage. */
  serverReady?: number;
  firstFindings?: number;
}

export function trackStartup(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
): (stage: 'serverReady') => void {
  const t0 = performance.now();
  const at = new Date().toISOString();
  const timings: StartupTimings = {};
  const since = () => Math.round(performance.now() - t0);
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    const ours = e.uris.some((u) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
      return (
        doc?.languageId === LANGUAGE_ID &&
        vscode.languages.getDiagnostics(u).some((d) => d.source === DIAGNOSTIC_SOURCE)
      );
    });
    if (!ours) return;
    timings.firstFindings = since();
    sub.dispose();
    output.appendLine(
      `[startup] activated ${at}; server ready ${timings.serverReady ?? '?'} ms, first findings ${timings.firstFindings} ms after`,
    );
  });
  context.subscriptions.push(
    sub,
    vscode.commands.registerCommand('workReport.startupTimings', (): StartupTimings => ({ ...timings })),
  );
  return (stage) => {
    timings[stage] = since();
  };
}
