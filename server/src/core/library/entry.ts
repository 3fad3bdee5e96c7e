/**
 * A past report as the library keeps it: small and serialisable (it is cached on disk), built from the same model,
 * shingles and figures the checks use.
 */
import { modelLayer } from '../model/layers';
import { extractFigures } from '../figures/extract';
import { RANK } from '../model/classify';
import type { ReportModel, Section } from '../model/types';
import { textPrints } from '../repeat/shingles';
import { reportInfo, type ReportInfo } from './info';

/** A paragraph is kept as its line and fingerprints only: texts are read from the file when a match is shown. */
/** One compared paragraph of an entry, as a query sees it (made on demand: the entry holds columns). */
export interface LibraryParagraph {
  line: number;
  prints: Uint32Array;
}

/**
 * An entry's compared paragraphs in three columns: paragraph k is on line `lines[k]`, its fingerprints are
 * `prints[starts[k]] … prints[starts[k + 1] - 1]`. A library of 5,000 reports holds 1.5 million paragraphs; an
 * object and a typed-array view for each cost ~100 bytes apiece.
 */
export interface LibraryParagraphs {
  lines: Uint32Array;
  starts: Uint32Array;
  prints: Uint32Array;
}

export function paragraphCount(ps: LibraryParagraphs): number {
  return ps.lines.length;
}

export function paragraphAt(ps: LibraryParagraphs, k: number): LibraryParagraph {
  return { line: ps.lines[k], prints: ps.prints.subarray(ps.starts[k], ps.starts[k + 1]) };
}

/** The columns as [line, fingerprint count] pairs (what the cache stores beside one blob of fingerprints). */
export function paragraphCounts(ps: LibraryParagraphs): [number, number][] {
  return Array.from(ps.lines, (line, k): [number, number] => [line, ps.starts[k + 1] - ps.starts[k]]);
}

/** Columns from [line, count] pairs over `prints`, the entry's fingerprints in order (a view, not a copy). */
export function paragraphsFromCounts(counts: readonly [number, number][], prints: Uint32Array): LibraryParagraphs {
  const lines = Uint32Array.from(counts, ([line]) => line);
  const starts = new Uint32Array(counts.length + 1);
  let n = 0;
  counts.forEach(([, count], k) => {
    starts[k] = n;
    n += count;
  });
  starts[counts.length] = n;
  return { lines, starts, prints: prints.subarray(0, n) };
}

/** Columns from paragraphs given one by one (line, fingerprints). */
function paragraphColumns(list: readonly LibraryParagraph[]): LibraryParagraphs {
  const lines = new Uint32Array(list.length);
  const starts = new Uint32Array(list.length + 1);
  let n = 0;
  list.forEach((p, k) => {
    lines[k] = p.line;
    starts[k] = n;
    n += p.prints.length;
  });
  starts[list.length] = n;
  const prints = new Uint32Array(n);
  list.forEach((p, k) => prints.set(p.prints, starts[k]));
  return { lines, starts, prints };
}

/** Reads line `line` of the report at `uri` (the library keeps no texts in memory). */
export type TextSource = (uri: string, line: number) => string | undefined;

/** A TextSource over texts already in memory (the CLI, tests). */
export function textsInMemory(texts: Map<string, string>): TextSource {
  const lines = new Map<string, string[]>();
  return (uri, line) => {
    let l = lines.get(uri);
    if (!l) {
      const t = texts.get(uri);
      if (t === undefined) return undefined;
      l = t.split(/\r\n|\n|\r/);
      lines.set(uri, l);
    }
    return l[line];
  };
}
export interface LibraryFigure {
  metric: string;
  value: number;
  unit: string;
  line: number;
  text: string;
  /** The clause with the number as {n}: 召开常委会会议{n}次 — what a completion writes. */
  phrase: string;
}
export interface LibraryEntry {
  /** reportId of its text: the cache key, and what makes two files one report. */
  id: string;
  uri: string;
  /** Other files with the same report (setEntries keeps the first: the workspace copy before the bundled sample). */
  alsoAt?: string[];
  info: ReportInfo;
  chapters: { title: string; label: string; line: number }[];
  /** Term and session from the subtitle (第十六届…第二次会议), and the book titles (《…》) the report names. */
  session?: { term: number; session: number };
  titles: string[];
  paragraphs: LibraryParagraphs;
  figures: LibraryFigure[];
}

/**
 * A report's identity: its text with line ends, a BOM, blank lines, indentation, trailing spaces and markdown
 * heading and bold marks folded, hashed. Two files with the same report (a workspace copy and the bundled sample, a
 * CRLF export, the text read back from its Word export) are one library entry.
 */
export function reportId(text: string): string {
  // Whole-text replaces (native passes), not a loop over lines: the library hashes thousands of reports cold.
  return contentHash(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/^[ \t\u3000]*(?:#{1,6}[ \t]+)?/gm, '')
      .replace(/\*\*/g, '')
      .replace(/[ \t\u3000]+$/gm, '')
      .replace(/\n{2,}/g, '\n')
      .trim(),
  );
}

/** FNV-1a (and a second mix) over the text, hex: a stable content key for the disk cache. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5,
    h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}

/** A model's reportId, computed once per text (stale.figure and every panel query ask for it). */
export const reportIdOf = modelLayer('reportId', (model) => reportId(model.text));

/** Paragraphs shorter than this (content characters) are not compared. */
export const MIN_COMPARED = 20;

export function libraryEntry(model: ReportModel, uri: string, fileName = '', id = reportIdOf(model)): LibraryEntry {
  const paragraphs: LibraryParagraph[] = [];
  for (const p of model.paragraphs) {
    if (p.isHeading) continue;
    const prints = textPrints(p.text, MIN_COMPARED);
    if (prints) paragraphs.push({ line: p.line, prints });
  }
  const figures = extractFigures(model)
    .filter((f) => f.kind === 'count' && f.metric && f.current && !f.approx)
    .map((f) => ({
      metric: f.metric!,
      value: f.value,
      unit: f.unit,
      line: f.line,
      text: f.text,
      phrase: (
        f.clause.slice(0, f.clauseOffset) +
        '{n}' +
        f.clause.slice(f.clauseOffset + f.text.length - f.unit.length)
      ).replace(/^[\s，,、；;]*(?:全年|今年|一年来)?共?/, ''),
    }));
  const chapters = structureEntries(model).map((s) => ({
    title: s.title,
    label: `${s.marker}${s.title}`,
    line: s.line,
  }));
  const titles = [...new Set(model.text.match(/《[^《》\n]{2,60}》/g) ?? [])].map((t) => t.slice(1, -1));
  const meta = {
    id,
    uri,
    info: reportInfo(model, fileName),
    chapters,
    figures,
    titles,
    ...(model.header.session ? { session: model.header.session } : {}),
  };
  // Titles, figures and metrics are slices of the report's text, and V8 keeps a whole text alive behind any slice
  // of it: a copy through JSON lets the library hold what it needs and not a thousand full texts.
  return { ...(JSON.parse(JSON.stringify(meta)) as typeof meta), paragraphs: paragraphColumns(paragraphs) };
}

/** The entries structure is compared on: parts, chapters, and line lead-ins that stand for chapters (——2019年，我们…). */
export function structureEntries(model: ReportModel): Section[] {
  return model.flat.filter(
    (s) => s.kind === 'part' || s.kind === 'chapter' || (s.kind === 'lead' && s.rank === RANK.lineLead),
  );
}
