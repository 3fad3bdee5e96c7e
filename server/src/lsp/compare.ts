import { reportId, type LibraryIndex, type ReportModel } from '../core';
import type { ServerContext } from './context';
import { normalizeUri } from './uri';
import { COMPARE_REQUEST, SIMILAR_REQUEST, type CompareParams, type SimilarParams } from './protocol';

/** The comparison panel's requests: answered from the past-report library once its build settles. */
export function registerCompareRequests(ctx: ServerContext): void {
  /** The open draft's current model and the settled library; undefined when either is missing. */
  const draftAndLibrary = async (uri: string): Promise<{ uri: string; model: ReportModel; lib: LibraryIndex } | undefined> => {
    const library = ctx.library();
    if (!ctx.documents.get(uri) || !library) return undefined;
    await ctx.libraryReady();
    const doc = ctx.documents.get(uri);
    // The library names files as VS Code spells their URIs; the draft is left out of its own library by that key.
    return doc ? { uri: normalizeUri(uri), model: ctx.modelOf(doc), lib: library.index } : undefined;
  };

  ctx.connection.onRequest(COMPARE_REQUEST, async (params: CompareParams) => {
    const d = await draftAndLibrary(params.uri);
    if (!d) return null;
    const { uri, model, lib } = d;
    return { reports: lib.count({ uri, id: reportId(model.text) }), summary: lib.summary(model, uri), figures: lib.figures(model, uri), structure: lib.structure(model, uri) };
  });

  ctx.connection.onRequest(SIMILAR_REQUEST, async (params: SimilarParams) => {
    const d = await draftAndLibrary(params.uri);
    if (!d) return null;
    const p = d.model.paragraphs.find((x) => x.line === params.line);
    if (!p) return { line: params.line, text: '', matches: [] };
    return { line: p.line, text: p.text, matches: d.lib.similar(p.text, 5, { uri: d.uri, id: reportId(d.model.text) }) };
  });
}
