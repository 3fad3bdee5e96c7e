import { compareDraft, similarTo, type LibraryIndex, type ReportModel } from '../core';
import type { ServerContext } from './context';
import { normalizeUri } from './uri';
import { CompareRequest, SimilarRequest } from '../../../shared/protocol';

/** The comparison panel's requests: answered from the past-report library once its build settles. */
export function registerCompareRequests(ctx: ServerContext): void {
  /** The open draft's current model and the settled library; undefined when either is missing. */
  const draftAndLibrary = async (
    uri: string,
  ): Promise<{ uri: string; model: ReportModel; lib: LibraryIndex } | undefined> => {
    const library = ctx.library();
    if (!ctx.documents.get(uri) || !library) return undefined;
    await ctx.libraryReady();
    const doc = ctx.documents.get(uri);
    // The library names files as VS Code spells their URIs; the draft is left out of its own library by that key.
    return doc ? { uri: normalizeUri(uri), model: ctx.modelOf(doc), lib: library.index } : undefined;
  };

  ctx.connection.onRequest(CompareRequest, async (params) => {
    const d = await draftAndLibrary(params.uri);
    return d ? compareDraft(d.lib, d.model, d.uri) : null;
  });

  ctx.connection.onRequest(SimilarRequest, async (params) => {
    const d = await draftAndLibrary(params.uri);
    return d ? similarTo(d.lib, d.model, d.uri, params.line) : null;
  });
}
