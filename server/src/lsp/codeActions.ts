import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { fixesFor, localize, renumberDocument, type ReportDiagnostic } from '../core';
import type { ServerContext } from './context';
import { msg } from './messages';
import { DIAGNOSTIC_SOURCE, RENUMBER_ACTION_KIND, REVEAL_RANGE_COMMAND } from './protocol';

/** Quick fixes, built from the current text (a stale diagnostic gets none), and the renumber source action. */
export function registerCodeActions(ctx: ServerContext): void {
  const freshFinding = (items: ReportDiagnostic[], d: Diagnostic) =>
    items.find((f) => f.code === d.code && f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character);

  ctx.connection.onCodeAction(async (params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ctx.modelOf(doc);
    const items = await ctx.diagnosticsOf(doc);
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const f = freshFinding(items, d);
      if (!f) continue; // the text changed since: offer nothing rather than a wrong edit
      for (const fix of fixesFor(model, f.code, f.data)) {
        actions.push({
          title: localize(fix.title, ctx.locale()), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred,
          edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })) } },
        });
      }
      const other = f.related[0];
      if (other && f.code.startsWith('repeat.')) {
        actions.push({
          title: msg(ctx.locale(), 'showOther')(other.range.start.line + 1), kind: CodeActionKind.QuickFix, diagnostics: [d],
          command: { title: msg(ctx.locale(), 'showOther')(other.range.start.line + 1), command: REVEAL_RANGE_COMMAND, arguments: [other.uri, other.range] },
        });
      }
    }
    // The source action: renumber the whole document (also the client's 重新编号全文 command).
    const only = params.context.only;
    if (!only || only.some((k) => RENUMBER_ACTION_KIND.startsWith(k) || k === CodeActionKind.Source)) {
      const edits = renumberDocument(model);
      if (edits.length) {
        actions.push({
          title: msg(ctx.locale(), 'renumberAll')(), kind: RENUMBER_ACTION_KIND,
          edit: { changes: { [doc.uri]: edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })) } },
        });
      }
    }
    return actions;
  });
}
