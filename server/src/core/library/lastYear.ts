import type { LastYearReport } from '../figures/yearOver';
import { parseReport } from '../model/parse';
import type { ReportModel } from '../model/types';
import { TextDoc } from '../document';
import type { LibraryIndex } from './index';

/** Parsed reports kept, at most (a draft needs one; a folder check of several places, a few). */
const KEPT = 8;

/**
 * Last year's report of a draft's place, from a library, parsed once (make a new one for a new build of the library):
 * what the stale.* checks compare a draft with, for the server and the CLI alike. `textOf` reads a report's text.
 */
export function lastYearReports(
  lib: LibraryIndex,
  textOf: (uri: string) => string | undefined,
): (model: ReportModel, uri: string) => LastYearReport | undefined {
  const kept = new Map<string, LastYearReport>();
  return (model, uri) => {
    const entry = lib.lastYear(model, uri);
    if (!entry) return undefined;
    const hit = kept.get(entry.uri);
    if (hit) return hit;
    const text = textOf(entry.uri);
    if (text === undefined) return undefined;
    const report: LastYearReport = {
      model: parseReport(new TextDoc(entry.uri, text)),
      uri: entry.uri,
      ...(entry.info.year !== undefined ? { year: entry.info.year } : {}),
    };
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(entry.uri, report);
    return report;
  };
}
