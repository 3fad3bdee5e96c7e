/**
 * 检查工作区全部报告: every report file of the workspace folders checked once, its findings published to the
 * client (Problems lists files that are not open), with progress and cancellation. Bounded: files are read one at
 * a time, checked, published and dropped (no model is kept), at most MAX_FILES of them, each under the size cap;
 * the event loop is yielded between files so typing never waits. An open report is left to its own diagnostics.
 * Last years' published reports (an earlier year than the newest report of the workspace, the draft's) are left
 * out: a drafter cannot change them, and their findings would bury the draft's.
 */
import { CancellationToken, type Diagnostic } from 'vscode-languageserver';
import { decodeBytes, draftingYear, isPastReport, LIMITS, reviewedYear, TextDoc } from '../core';
import { readRegularFile } from '../io/regularFile';
import type { ServerContext } from './context';
import { msg } from '../messages';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../../../shared/protocol';
import { normalizeUri, pathToUri } from './uri';
import { WorkspaceIndex } from './workspaceIndex';

const MAX_FILES = 2000;
const MAX_FILE_BYTES = LIMITS.reportFileBytes;

export interface WorkspaceCheckDeps {
  roots(): string[];
  /** A file's findings (documentChecks.ts); undefined when it is not checked (ignored, too large). */
  check(doc: TextDoc): Promise<Diagnostic[] | undefined>;
}

export function registerWorkspaceCheck(ctx: ServerContext, deps: WorkspaceCheckDeps): void {
  const walker = new WorkspaceIndex((m) => ctx.connection.console.log(m), MAX_FILES);
  /** Files whose findings this check published: an open document takes over from them. */
  const published = new Set<string>();

  ctx.documents.onDidOpen((e) => {
    const key = normalizeUri(e.document.uri);
    if (!published.has(key)) return;
    published.delete(key);
    // A pull client pulls for the open document; a push client is sent its findings by the publisher.
    if (ctx.features().pullDiagnostics) void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  ctx.connection.onRequest(
    CheckWorkspaceRequest,
    async (_params, token: CancellationToken): Promise<CheckWorkspaceResult> => {
      const progress = ctx.features().workDoneProgress
        ? await ctx.connection.window.createWorkDoneProgress()
        : undefined;
      progress?.begin(msg(ctx.locale(), 'checkingWorkspace')(), 0, undefined, true);
      const cancelled = () => token.isCancellationRequested || !!progress?.token.isCancellationRequested;
      const result: CheckWorkspaceResult = { files: 0, withFindings: 0, findings: 0, skipped: 0, cancelled: false };
      try {
        const files = await walker.files(deps.roots(), cancelled);
        const open = new Set(ctx.documents.all().map((d) => normalizeUri(d.uri)));
        // Pass 1: the year each report reviews (open reports included: the draft is usually one of them).
        const years = new Map<string, number | undefined>();
        for (const d of ctx.documents.all()) years.set(normalizeUri(d.uri), reviewedYear(d.getText(), d.uri));
        for (const file of files) {
          if (cancelled()) break;
          await new Promise((r) => setImmediate(r));
          const text = await readText(file);
          if (text !== undefined) years.set(pathToUri(file), reviewedYear(text, file));
        }
        const drafting = draftingYear([...years.values()]);
        result.draftingYear = drafting;
        result.past = 0;
        for (const [i, file] of files.entries()) {
          if (cancelled()) {
            result.cancelled = true;
            break;
          }
          await new Promise((r) => setImmediate(r));
          const uri = pathToUri(file);
          progress?.report(Math.round((100 * i) / Math.max(1, files.length)), `${i + 1}/${files.length}`);
          if (open.has(uri)) {
            result.files++;
            continue;
          }
          if (isPastReport(years.get(uri), drafting)) {
            result.past++;
            if (published.delete(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
            continue;
          }
          const text = await readText(file);
          if (text === undefined) {
            result.skipped++;
            continue;
          }
          const items = await deps.check(new TextDoc(uri, text));
          result.files++;
          if (!items) continue;
          if (items.length) {
            result.withFindings++;
            result.findings += items.length;
          }
          void ctx.connection.sendDiagnostics({ uri, diagnostics: items });
          if (items.length) published.add(uri);
          else published.delete(uri);
        }
      } finally {
        progress?.done();
      }
      return result;
    },
  );
}

/** A report file's text, or undefined when it is not a regular file under the size cap or does not decode. */
async function readText(file: string): Promise<string | undefined> {
  const read = await readRegularFile(file, MAX_FILE_BYTES);
  const decoded = read.ok ? decodeBytes(read.bytes) : undefined;
  return decoded?.ok ? decoded.text : undefined;
}
