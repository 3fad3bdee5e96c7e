import type { ServerContext } from './context';
import { COMPARE_REQUEST, SIMILAR_REQUEST, type CompareParams, type SimilarParams } from './protocol';

/** The comparison panel's requests: answered from the past-report library once its build settles. */
export function registerCompareRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(COMPARE_REQUEST, async (params: CompareParams) => {
    const doc = ctx.documents.get(params.uri);
    const library = ctx.library();
    if (!doc || !library) return null;
    await ctx.libraryReady();
    const model = ctx.modelOf(doc);
    const lib = library.index;
    return { reports: lib.size, summary: lib.summary(model, doc.uri), figures: lib.figures(model, doc.uri), structure: lib.structure(model, doc.uri) };
  });

  ctx.connection.onRequest(SIMILAR_REQUEST, async (params: SimilarParams) => {
    const doc = ctx.documents.get(params.uri);
    const library = ctx.library();
    if (!doc || !library) return null;
    await ctx.libraryReady();
    const model = ctx.modelOf(doc);
    const p = model.paragraphs.find((x) => x.line === params.line);
    if (!p) return { line: params.line, text: '', matches: [] };
    return { line: p.line, text: p.text, matches: library.index.similar(p.text, 5, doc.uri) };
  });
}
