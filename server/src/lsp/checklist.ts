/**
 * The year-over checklist over LSP: the list of an open report (workReport/checklist), "mark as checked" (a server
 * command, also offered as a quick fix on each item), and next year's draft from last year's report
 * (workReport/nextYear: the text only; the client writes the file the user names).
 */
import { basename } from 'path';
import { nextYearDraft, nextYearName } from '../core';
import { ChecklistRequest, MARK_CHECKED_COMMAND, NextYearRequest, type NextYearResult } from '../../../shared/protocol';
import type { ServerContext } from './context';
import type { DocumentChecks } from './documentChecks';
import { uriToPath } from './uri';

export function registerChecklist(ctx: ServerContext, checks: DocumentChecks): void {
  ctx.connection.onRequest(ChecklistRequest, async ({ uri }) => {
    const doc = ctx.documents.get(uri);
    return doc ? checks.checklistOf(doc) : null;
  });
  ctx.commands.set(MARK_CHECKED_COMMAND, async ([uri, code, offset]) => {
    const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!doc || typeof code !== 'string' || typeof offset !== 'number') return null;
    const w = await checks.markChecked(doc, code, offset);
    if (w && !w.ok) void ctx.connection.window.showWarningMessage(w.message);
    return w?.ok ?? false;
  });
  ctx.connection.onRequest(NextYearRequest, ({ uri, text, newTerm }): NextYearResult | null => {
    const source = text ?? ctx.documents.get(uri)?.getText();
    if (source === undefined) return null;
    const draft = nextYearDraft(source, { newTerm: !!newTerm });
    const file = uriToPath(uri);
    return { ...draft, name: nextYearName(basename(file ?? 'report.txt')) };
  });
}
