import type { SymbolInformation } from 'vscode-languageserver';
import { findEntries, TextDoc, type ReportDocument, type ReportModel } from '../core';
import { msg } from '../messages';
import type { ServerContext } from './context';
import { kindName, symbolKindOf } from './symbols';
import { normalizeUri } from './uri';
import type { WorkspaceIndex } from './workspaceIndex';

/** workspace/symbol: the outline entries of the open reports and of every report file of the workspace. */
export function registerWorkspaceSymbols(ctx: ServerContext, index: WorkspaceIndex, roots: () => string[]): void {
  ctx.connection.onWorkspaceSymbol(async (params, token) => {
    const open = ctx.documents.all().map(ctx.modelOf);
    // Clients spell URIs their own way (Neovim: lower-case escapes): an open file is its copy on disk.
    const openUris = new Set(open.map((m) => normalizeUri(m.uri)));
    // The first search reads every report of the workspace: show it as progress; later ones hit the cache.
    const progress =
      ctx.features().workDoneProgress && index.cachedCount === 0
        ? await ctx.connection.window.createWorkDoneProgress()
        : undefined;
    progress?.begin(msg(ctx.locale(), 'indexing')(), 0, undefined, true);
    const onDisk = await index
      .models(
        roots(),
        () => token.isCancellationRequested || !!progress?.token.isCancellationRequested,
        (done, total) => {
          if (done % 20 === 0 || done === total)
            progress?.report(Math.round((100 * done) / Math.max(total, 1)), `${done}/${total}`);
        },
      )
      .finally(() => progress?.done());
    const docs = new Map<ReportModel, Pick<ReportDocument, 'positionAt'>>(); // one line table per report, not per entry
    const docOf = (m: ReportModel) => {
      let doc = docs.get(m);
      if (!doc) docs.set(m, (doc = ctx.documents.get(m.uri) ?? new TextDoc(m.uri, m.text)));
      return doc;
    };
    const models = [...open, ...onDisk.filter((m) => !openUris.has(normalizeUri(m.uri)))];
    return findEntries(models, params.query).map((e): SymbolInformation => ({
      name: e.name,
      kind: symbolKindOf(e.section.kind),
      containerName: e.container ?? kindName(e.section.kind, ctx.locale()),
      location: {
        uri: e.model.uri,
        range: {
          start: docOf(e.model).positionAt(e.section.start),
          end: docOf(e.model).positionAt(e.section.titleEnd),
        },
      },
    }));
  });
}
