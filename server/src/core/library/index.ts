/**
 * The past-report library: an inverted index of paragraph fingerprints over every entry, and the queries the
 * comparison panel asks: similar passages for one paragraph, a whole-draft summary, figures by year (figureRows.ts),
 * aligned chapters (structure.ts). Pure: entries come in, answers go out; reading files and caching them is the
 * server's business.
 */
import type { ReportModel } from '../model/types';
import { contentLength, similarity, textGrams, textPrints } from '../repeat/shingles';
import { Postings, PostingsBuilder } from '../text/postings';
import { drain, drainInSteps } from '../text/steps';
import { diffChars, type DiffOp } from '../text/diff';
import {
  MIN_COMPARED,
  reportIdOf,
  paragraphAt,
  paragraphCount,
  type LibraryEntry,
  type LibraryParagraph,
  type TextSource,
} from './entry';
import { figureRows, type FigureRow } from './figureRows';
import { reportInfo, type ReportInfo } from './info';
import { alignStructure, type StructureRow } from './structure';

// Their shapes are the index's answers: the core's index and the checks name them from here.
export type { FigureRow } from './figureRows';
export type { StructureRow } from './structure';

/** A past paragraph a query looks at, with its reference in the postings. */
type QueriedParagraph = LibraryParagraph & { ref: number };
/** 3-gram sets of past paragraphs kept for later queries (a draft compares against a few hundred). */
const GRAMS_KEPT = 20_000;

/** Postings longer than this are boilerplate across the library and vote for nothing. */
const MAX_POSTINGS = 256;
/** Passages at least this similar are shown; at least REUSED count as reused text. */
const SHOWN = 0.3;
const REUSED = 0.6;
const VERBATIM = 0.95;

export interface PassageMatch {
  uri: string;
  line: number;
  text: string;
  similarity: number;
  report: ReportInfo;
  diff: DiffOp[];
}

export interface DraftSummary {
  draft: ReportInfo;
  /** Share of the draft's content characters in paragraphs found (≥ REUSED) in past reports. */
  reusedShare: number;
  paragraphs: number;
  lastYear?: { uri: string; info: ReportInfo };
  /** Draft paragraphs taken verbatim (≥ VERBATIM) from last year's report. */
  verbatim: { line: number; text: string; pastLine: number }[];
}

/** The draft a question is about: never its own past report, by file (any of an entry's files) or by text. */
export type DraftRef = string | { uri: string; id?: string };

export class LibraryIndex {
  private entries: LibraryEntry[] = [];
  private postings = new Postings();

  /** `loadText` reads a past report's line when a match is shown or checked exactly. */
  constructor(private readonly loadText: TextSource = () => undefined) {}

  get size(): number {
    return this.entries.length;
  }
  /** How many past reports there are for a draft: distinct reports, the draft's own left out. */
  count(draft?: DraftRef): number {
    return this.entries.filter((e) => !this.isDraft(e, draft)).length;
  }
  all(): readonly LibraryEntry[] {
    return this.entries;
  }

  /**
   * Replaces the whole library (entries come from the cache and the files). Files with the same report are one
   * entry: the first (the caller lists workspace files before the bundled samples), with the others in `alsoAt`.
   */
  setEntries(entries: LibraryEntry[]): void {
    drain(this.settingEntries(entries));
  }

  /**
   * The same, a step at a time: `pause` is awaited between steps (the server lets requests in while millions of
   * postings are sorted). Until it settles, queries see the library as it was: both halves change at the end.
   */
  setEntriesInSteps(entries: LibraryEntry[], pause: () => Promise<void>): Promise<void> {
    return drainInSteps(this.settingEntries(entries), pause);
  }

  private *settingEntries(list: LibraryEntry[]): Generator<void, void> {
    const byId = new Map<string, LibraryEntry>();
    for (const e of list) {
      const kept = byId.get(e.id);
      if (!kept) byId.set(e.id, { ...e, alsoAt: [...(e.alsoAt ?? [])] });
      else if (kept.uri !== e.uri && !kept.alsoAt!.includes(e.uri)) kept.alsoAt!.push(e.uri);
    }
    const entries = [...byId.values()];
    let count = 0;
    for (const e of entries) count += e.paragraphs.prints.length;
    const postings = new PostingsBuilder(count);
    for (let ei = 0; ei < entries.length; ei++) {
      const { starts, prints } = entries[ei].paragraphs;
      for (let pi = 0; pi < paragraphCount(entries[ei].paragraphs); pi++) {
        const ref = ei * 0x10000 + pi;
        for (let j = starts[pi]; j < starts[pi + 1]; j++) postings.add(prints[j], ref);
      }
      if (ei % 200 === 199) yield;
    }
    const built = yield* postings.finish();
    this.entries = entries;
    this.postings = built;
    this.grams.clear();
  }

  /** 3-gram sets of past paragraphs a query compared exactly, by reference (entry * 0x10000 + paragraph). */
  private readonly grams = new Map<number, Uint32Array>();
  private gramsOf(p: QueriedParagraph, text: string): Uint32Array {
    let g = this.grams.get(p.ref);
    if (!g) {
      g = textGrams(text);
      if (this.grams.size >= GRAMS_KEPT) this.grams.clear();
      this.grams.set(p.ref, g);
    }
    return g;
  }

  private isDraft(e: LibraryEntry, draft: DraftRef | undefined): boolean {
    if (!draft) return false;
    const { uri, id } = typeof draft === 'string' ? { uri: draft, id: undefined } : draft;
    return e.uri === uri || !!e.alsoAt?.includes(uri) || (id !== undefined && e.id === id);
  }

  /**
   * Candidates for `text`, by fingerprint votes: each with the fingerprint Dice (shared votes over both print
   * counts), a close estimate of the 3-gram similarity that needs no text.
   */
  private candidates(
    text: string,
    limit: number,
    exclude?: DraftRef,
  ): { e: LibraryEntry; p: QueriedParagraph; estimate: number }[] {
    const prints = textPrints(text, MIN_COMPARED);
    if (!prints) return [];
    const votes = new Map<number, number>();
    for (const f of prints) {
      const list = this.postings.get(f);
      if (!list.length || list.length > MAX_POSTINGS) continue;
      for (const ref of list) votes.set(ref, (votes.get(ref) ?? 0) + 1);
    }
    const need = prints.length <= 8 ? 1 : 2;
    const out: { e: LibraryEntry; p: QueriedParagraph; estimate: number }[] = [];
    for (const [ref, n] of votes) {
      if (n < need) continue;
      const e = this.entries[Math.floor(ref / 0x10000)];
      if (this.isDraft(e, exclude)) continue;
      const p = { ...paragraphAt(e.paragraphs, ref % 0x10000), ref };
      out.push({ e, p, estimate: (2 * n) / (prints.length + p.prints.length) });
    }
    return out.sort((a, b) => b.estimate - a.estimate).slice(0, limit);
  }

  /** Past passages like `text`, best first, with exact similarity and a character diff; `exclude` leaves out the draft's own file. */
  similar(text: string, limit = 5, exclude?: DraftRef): PassageMatch[] {
    const mine = textGrams(text);
    const out: PassageMatch[] = [];
    for (const { e, p } of this.candidates(text, limit * 4, exclude)) {
      const past = this.loadText(e.uri, p.line);
      if (past === undefined) continue;
      const sim = similarity(mine, this.gramsOf(p, past)).dice;
      if (sim >= SHOWN) out.push({ uri: e.uri, line: p.line, text: past, similarity: sim, report: e.info, diff: [] });
    }
    const best = out
      .sort((a, b) => b.similarity - a.similarity || (b.report.year ?? 0) - (a.report.year ?? 0))
      .slice(0, limit);
    for (const m of best) m.diff = diffChars(m.text, text, 1500);
    return best;
  }

  /** Past reports of the draft's place, newest first, the draft's own file excluded; `before` keeps earlier years only. */
  related(draft: ReportInfo, exclude?: DraftRef, before = true): LibraryEntry[] {
    return this.entries
      .filter(
        (e) =>
          !this.isDraft(e, exclude) &&
          (!draft.place || e.info.place === draft.place) &&
          (!before || draft.year === undefined || (e.info.year ?? 0) < draft.year),
      )
      .sort((a, b) => (b.info.year ?? 0) - (a.info.year ?? 0));
  }

  summary(model: ReportModel, uri: string): DraftSummary {
    const draft = reportInfo(model, uri);
    const self = { uri, id: reportIdOf(model) };
    const last = this.related(draft, self)[0];
    let total = 0,
      reused = 0,
      paragraphs = 0;
    const verbatim: DraftSummary['verbatim'] = [];
    for (const p of model.paragraphs) {
      if (p.isHeading) continue;
      const n = contentLength(p.text);
      if (n < MIN_COMPARED) continue;
      paragraphs++;
      total += n;
      // Reuse by the fingerprint estimate; verbatim copies from last year confirmed on the text.
      const found = this.candidates(p.text, 5, self);
      if (found[0] && found[0].estimate >= REUSED) reused += n;
      const fromLast = last && found.find((c) => c.e === last && c.estimate >= 0.8);
      if (fromLast) {
        const past = this.loadText(last.uri, fromLast.p.line);
        if (past !== undefined && similarity(textGrams(p.text), this.gramsOf(fromLast.p, past)).dice >= VERBATIM) {
          verbatim.push({ line: p.line, text: p.text, pastLine: fromLast.p.line });
        }
      }
    }
    return {
      draft,
      reusedShare: total ? reused / total : 0,
      paragraphs,
      ...(last ? { lastYear: { uri: last.uri, info: last.info } } : {}),
      verbatim,
    };
  }

  /** The draft's metrics (first statement of each) beside the same metrics in past reports of the place; `all` takes every keyed figure, not only the overview's. */
  figures(model: ReportModel, uri: string, all = false): FigureRow[] {
    const draft = reportInfo(model, uri);
    // Every year of the place, later ones too: a figure is read against the whole series.
    const past = this.related(draft, { uri, id: reportIdOf(model) }, false).filter((e) => e.info.year !== draft.year);
    return figureRows(model, draft, past, all);
  }

  /** Last year's report of the draft's place: the year before the draft's, never the draft itself. */
  lastYear(model: ReportModel, uri: string): LibraryEntry | undefined {
    const draft = reportInfo(model, uri);
    if (!draft.place || draft.year === undefined) return undefined;
    return this.related(draft, { uri, id: reportIdOf(model) }).find((e) => e.info.year === draft.year! - 1);
  }

  /** The draft's chapters beside last year's, aligned by title similarity: same, moved, added, removed. */
  structure(model: ReportModel, uri: string): { past?: ReportInfo; rows: StructureRow[] } {
    return alignStructure(model, this.related(reportInfo(model, uri), { uri, id: reportIdOf(model) })[0]);
  }
}
