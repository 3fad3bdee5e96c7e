/** The library of past reports a CLI command reads (`--library DIR`): every report of the folder, in memory. */
import { basename, resolve } from 'path';
import {
  lastYearReports,
  LibraryIndex,
  libraryEntry,
  parseReport,
  TextDoc,
  textsInMemory,
  type LastYearReport,
  type LibraryEntry,
  type ReportModel,
} from '../core';
import type { CliContext } from './context';
import { listReports, load } from './load';

export interface CliLibrary {
  lib: LibraryIndex;
  /** Last year's report of a draft's place, parsed once (what the stale.* checks compare it with). */
  lastYear: (model: ReportModel, uri: string) => LastYearReport | undefined;
}

/** The reports of `dir` (text, Word, PDF) but the `drafts` themselves; an unreadable file is said and skipped. */
export function loadLibrary(dir: string, drafts: string[], cx: CliContext): CliLibrary {
  const texts = new Map<string, string>();
  const lib = new LibraryIndex(textsInMemory(texts));
  const entries: LibraryEntry[] = [];
  const own = new Set(drafts.map((d) => resolve(d)));
  for (const past of listReports(dir, { pdf: true })) {
    if (own.has(resolve(past))) continue;
    const l = load(past, cx.locale);
    if (!l.ok) {
      cx.io.err(l.message);
      continue;
    }
    texts.set(past, l.text);
    entries.push(libraryEntry(parseReport(new TextDoc(past, l.text)), past, basename(past)));
  }
  lib.setEntries(entries);
  return { lib, lastYear: lastYearReports(lib, (uri) => texts.get(uri)) };
}
