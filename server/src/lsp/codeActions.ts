import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ALL_CHECKS,
  fixAllEdits,
  fixesFor,
  localize,
  renumberPlan,
  type ReportDiagnostic,
  type TextEditSpan,
} from '../core';
import type { ServerContext } from './context';
import { msg } from '../messages';
import {
  DIAGNOSTIC_SOURCE,
  FIX_ALL_ACTION_KIND,
  MARK_CHECKED_COMMAND,
  RENUMBER_ACTION_KIND,
  REVEAL_RANGE_COMMAND,
  SHOW_DOCUMENT_COMMAND,
} from '../../../shared/protocol';

/** Quick fixes, built from the current text (a stale diagnostic gets none), and the renumber source action. */
export function registerCodeActions(ctx: ServerContext): void {
  /** The finding of the current text the client's diagnostic stands for: same code, same start offset. */
  const freshFinding = (items: ReportDiagnostic[], d: Diagnostic, doc: TextDocument) => {
    const start = doc.offsetAt(d.range.start);
    return items.find((f) => f.code === d.code && f.start === start);
  };
  /** Core edits (offsets) as an LSP workspace edit of one document: the only place they become ranges. */
  const workspaceEdit = (doc: TextDocument, edits: readonly TextEditSpan[]): WorkspaceEdit => ({
    changes: {
      [doc.uri]: edits.map((e) => ({
        range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
        newText: e.newText,
      })),
    },
  });

  ctx.connection.onCodeAction(async (params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const model = ctx.modelOf(doc);
    const items = await ctx.diagnosticsOf(doc);
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) continue; // some clients drop the source
      const f = freshFinding(items, d, doc);
      if (!f) continue; // the text changed since: offer nothing rather than a wrong edit
      for (const fix of fixesFor(model, f.code, f.data)) {
        actions.push({
          title: localize(fix.title, ctx.locale()),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: !!fix.preferred,
          edit: workspaceEdit(doc, fix.edits),
        });
      }
      // An item of the year-over checklist whose value really stayed the same: marked as checked, it is shown no more.
      if (ALL_CHECKS.find((c) => c.code === f.code)?.checklist === 'check') {
        const title = msg(ctx.locale(), 'markChecked')();
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title, command: MARK_CHECKED_COMMAND, arguments: [doc.uri, f.code, f.start] },
        });
      }
      const other = f.related[0];
      // Our VS Code client reveals the copy itself; another client is asked through window/showDocument; a client
      // with neither still has the copy in the diagnostic's related information.
      const reveal = ctx.features().revealCommand
        ? REVEAL_RANGE_COMMAND
        : ctx.features().showDocument
          ? SHOW_DOCUMENT_COMMAND
          : undefined;
      if (other && reveal && ALL_CHECKS.find((c) => c.code === f.code)?.copies) {
        const title = msg(ctx.locale(), 'showOther')(other.range.start.line + 1);
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title, command: reveal, arguments: [other.uri, other.range] },
        });
      }
    }
    // The source action: renumber the whole document (also the client's 重新编号全文 command, which shows each
    // change before applying it). Its title says how many numbers change, and how many runs it leaves alone
    // because their numbers are only out of order (moving their sections is their fix).
    const only = params.context.only;
    if (!only || only.some((k) => RENUMBER_ACTION_KIND.startsWith(k) || k === CodeActionKind.Source)) {
      const plan = renumberPlan(model);
      if (plan.edits.length) {
        actions.push({
          title: msg(ctx.locale(), 'renumberAll')(plan.edits.length, plan.permuted.length),
          kind: RENUMBER_ACTION_KIND,
          edit: workspaceEdit(doc, plan.edits),
        });
      }
    }
    // Fix-all source actions: every certain fix of one code (checks with fixAll), in one edit (one undo restores it).
    if (
      !only ||
      only.some(
        (k) => FIX_ALL_ACTION_KIND.startsWith(k) || k.startsWith(FIX_ALL_ACTION_KIND) || k === CodeActionKind.Source,
      )
    ) {
      for (const check of ALL_CHECKS) {
        if (!check.fixAll) continue;
        const kind = `${FIX_ALL_ACTION_KIND}.${check.code}`;
        if (only && !only.some((k) => kind.startsWith(k) || k === CodeActionKind.Source)) continue;
        const edits = fixAllEdits(model, items, check.code);
        if (!edits.length) continue;
        actions.push({
          title: msg(ctx.locale(), 'fixAll')(localize(check.description, ctx.locale()), edits.length),
          kind,
          edit: workspaceEdit(doc, edits),
        });
      }
    }
    // `only` asks for some kinds: quick fixes are not among them when only a source action is asked for (VS Code
    // drops them with a warning), a kind names itself and the kinds under it (quickfix covers quickfix.x).
    return only ? actions.filter((a) => only.some((k) => a.kind === k || !!a.kind?.startsWith(`${k}.`))) : actions;
  });

  ctx.commands.set(SHOW_DOCUMENT_COMMAND, async (args) => {
    const [uri, range] = args as [unknown, unknown];
    if (typeof uri !== 'string' || !isRange(range)) return null;
    await ctx.connection.window.showDocument({ uri, selection: range, takeFocus: true });
    return null;
  });
}

function isRange(r: unknown): r is Range {
  const p = (x: unknown) =>
    !!x && typeof (x as Position).line === 'number' && typeof (x as Position).character === 'number';
  return !!r && p((r as Range).start) && p((r as Range).end);
}
