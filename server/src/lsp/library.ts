/**
 * The library of past reports on the server side: its files (libraryFiles.ts), read and decoded safely, turned into
 * entries once per content — on reader workers for Word documents, PDFs and large libraries — and kept in a
 * LibraryIndex. The cache in the extension's storage (libraryCache.ts) holds the entries' metadata (with each file's
 * path, size and mtime, so a warm start reads no report) and every paragraph's fingerprints, verified when read.
 * Texts are not kept: a shown match reads its line from the file (libraryLines.ts).
 */
import {
  isPdfFileName,
  lastYearReports,
  LibraryIndex,
  resetMemos,
  type LastYearReport,
  type LibraryEntry,
  type ReportModel,
} from '../core';
import {
  bundledWorkerScript,
  jobTimeLimitMs,
  readerPool,
  workerRefusal,
  type WorkerAnswer,
  type WorkerJob,
} from '../io/readers';
import { statAll } from '../io/statAll';
import { WorkerPool, workerThreadsWanted } from '../io/workerPool';
import { collectGarbage } from './collectGarbage';
import { entryOfFile, entryOfPdf, type FileAnswer, type FileJob } from './libraryFile';
import { readCachedEntries, writeCachedEntries, type CacheData } from './libraryCache';
import { isBinary, LibraryFiles, maxBytesOf, type LibrarySources } from './libraryFiles';
import { LibraryLines } from './libraryLines';
import { pathToUri } from './uri';

/** Lets the event loop run (a request in) before the next step of a long piece of work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** After parsing this many reports, the garbage is worth a full collection (~0.1 s for a thousand). */
const GC_AFTER_PARSING = 50;
/** Fewer text reports to parse than this are parsed here: starting the worker threads would cost more. Word
 * documents and PDFs are always read on a worker, where one that hangs or exhausts its reader can be stopped. */
const WORKERS_FROM = 16;
/** Jobs queued per worker thread: enough that none waits for its next file, few enough that progress is true. */
const QUEUED_PER_WORKER = 4;

export class LibraryStore {
  readonly index: LibraryIndex;
  private readonly byId = new Map<string, LibraryEntry>();
  private stamps: CacheData['files'] = {};
  private loaded = false;
  private readonly sources: LibraryFiles;
  private readonly lines = new LibraryLines();
  /** The entry already built for a report (by reportId), if any. */
  private readonly known = (id: string) => this.byId.get(id);
  /** Files a reader refused, by their size and time: not read again until they change. */
  private readonly refused = new Map<string, { size: number; mtimeMs: number; message: string }>();

  constructor(
    private readonly storageDir: string | undefined,
    private readonly log: (m: string) => void,
    /** Where the build's worker threads come from; undefined: every report is parsed on this thread. */
    private readonly workerScript: string | undefined = bundledWorkerScript(),
  ) {
    this.sources = new LibraryFiles(log);
    this.index = new LibraryIndex((uri, line) => this.lines.line(uri, line));
    this.lastYear = lastYearReports(this.index, (uri) => this.lines.text(uri));
  }

  /** Last year's report of a draft's place, parsed (see lastYearReports); made anew with each build. */
  lastYear: (model: ReportModel, uri: string) => LastYearReport | undefined;

  /** Rebuilds the index from the files; unchanged files come from the cache unread. A bad file is skipped with a message. */
  async build(
    src: LibrarySources,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ files: number; parsed: number; skipped: string[] }> {
    await this.loadCache();
    const files = await this.sources.list(src);
    const entries: LibraryEntry[] = [];
    const skipped: string[] = [];
    const stamps: CacheData['files'] = {};
    let parsed = 0;
    this.lines.clearTexts();
    this.lastYear = lastYearReports(this.index, (uri) => this.lines.text(uri));
    const stats = await statAll(files);
    /** The cached entry of an unchanged file: it is not read at all. */
    const cached = (i: number) => {
      const st = stats[i],
        stamp = this.stamps[files[i]];
      return !(st instanceof Error) && st.isFile() && stamp && stamp.size === st.size && stamp.mtimeMs === st.mtimeMs
        ? this.byId.get(stamp.id)
        : undefined;
    };
    const toParse = files.filter((_, i) => !cached(i));
    // A Word document or PDF to parse, or a cached PDF whose lines are not here yet: read on a worker.
    const pool = this.entryPool(toParse.length, files.some(isBinary));
    /** Files in order with their entries: a worker's answer is awaited in its file's place. */
    const placed: {
      file: string;
      uri: string;
      size: number;
      mtimeMs: number;
      answer: FileAnswer | Promise<FileAnswer>;
    }[] = [];
    const queued: Promise<unknown>[] = [];
    try {
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        const st = stats[i];
        if (st instanceof Error) {
          skipped.push(`${file}: ${st.message}`);
          continue;
        }
        if (st.size > maxBytesOf(file)) {
          skipped.push(`${file}: larger than ${maxBytesOf(file) / 1024 / 1024} MB`);
          continue;
        }
        // Refused before and unchanged since: said again, not read again (a bomb costs its reader once a session).
        const refused = this.refused.get(file);
        if (refused && refused.size === st.size && refused.mtimeMs === st.mtimeMs) {
          skipped.push(`${file}: ${refused.message}`);
          continue;
        }
        const uri = pathToUri(file);
        const entry = cached(i);
        const job: FileJob = { file, uri, maxBytes: maxBytesOf(file) };
        let answer: FileAnswer | Promise<FileAnswer>;
        if (entry) answer = { ok: true, entry, parsed: false };
        else if (pool && (isBinary(file) || pool.size > 0)) {
          answer = this.entryOnWorker(pool, job);
          queued.push(answer);
          if (queued.length >= QUEUED_PER_WORKER * pool.size) await queued.shift();
        } else {
          answer = await this.entryHere(job);
          // Parsed on this thread: a request waits at most one report (a few milliseconds).
          await nextTurn();
        }
        // A PDF's entry from the cache still needs its lines, to show a match (read once per session).
        if (entry && isPdfFileName(file) && !this.lines.hasPdf(uri)) {
          const a = pool ? await this.entryOnWorker(pool, job) : await this.entryHere(job);
          if (a.ok && a.text !== undefined) this.lines.setPdf(uri, a.text);
        }
        // Built here, an entry is known at once: a second file with the same report is not parsed again. (With
        // workers, answers come in any order: the final pass below lets the first file's entry stand.)
        if (!pool && !(answer instanceof Promise) && answer.ok) this.byId.set(answer.entry.id, answer.entry);
        placed.push({ file, uri, size: st.size, mtimeMs: st.mtimeMs, answer });
        onProgress?.(i + 1, files.length);
      }
      for (const p of placed) {
        const answer = await p.answer;
        if (answer.ok && answer.text !== undefined) this.lines.setPdf(p.uri, answer.text);
        if (!answer.ok) {
          skipped.push(`${p.file}: ${answer.message}`);
          this.refused.set(p.file, { size: p.size, mtimeMs: p.mtimeMs, message: answer.message });
          continue;
        }
        this.refused.delete(p.file);
        // Two files with one report, parsed on two threads: the first file's entry stands for both.
        const entry = this.known(answer.entry.id) ?? answer.entry;
        if (answer.parsed && entry === answer.entry) parsed++;
        this.byId.set(entry.id, entry);
        stamps[p.file] = { size: p.size, mtimeMs: p.mtimeMs, id: entry.id };
        entries.push(entry.uri === p.uri ? entry : { ...entry, uri: p.uri });
      }
    } finally {
      await pool?.close();
    }
    // The per-line and per-paragraph memos are for typing in open drafts; filled with past reports they would pin
    // those texts in memory (tens of MB for a thousand). Open drafts re-fill them on their next check.
    if (parsed > 0) resetMemos();
    // Sorting millions of postings takes a third of a second per thousand reports: in steps, so that a keystroke's
    // diagnostics are answered in between.
    await this.index.setEntriesInSteps(entries, nextTurn);
    for (const s of skipped) this.log(`library: skipped ${s}`);
    const changed =
      parsed > 0 ||
      Object.keys(stamps).length !== Object.keys(this.stamps).length ||
      Object.keys(stamps).some(
        (f) => this.stamps[f]?.id !== stamps[f].id || this.stamps[f]?.mtimeMs !== stamps[f].mtimeMs,
      );
    this.stamps = stamps;
    if (changed) await this.saveCache(entries);
    if (parsed >= GC_AFTER_PARSING) collectGarbage();
    return { files: files.length, parsed, skipped };
  }

  /**
   * Worker threads for the reports to parse: one per core when there are enough to pay, one at least when any is a
   * Word document or a PDF (read only on a worker, where a hostile one can be stopped).
   */
  private entryPool(toParse: number, anyBinary: boolean): WorkerPool<WorkerJob, WorkerAnswer> | undefined {
    if (!this.workerScript) return undefined;
    // Word documents and PDFs get every core too: one that keeps its reader to the time limit holds one worker only.
    const threads = toParse >= WORKERS_FROM || anyBinary ? workerThreadsWanted() : 0;
    if (!threads && !anyBinary) return undefined;
    return readerPool(this.workerScript, Math.max(1, threads));
  }

  /**
   * An entry built on a worker thread. A file that outran the time limit or the heap limit is skipped with the limit
   * it passed (read here, it would do the same to the server); only when no worker can be had is it read here.
   */
  private async entryOnWorker(pool: WorkerPool<WorkerJob, WorkerAnswer>, job: FileJob): Promise<FileAnswer> {
    try {
      return (await pool.run({ kind: 'entry', ...job }, [], jobTimeLimitMs(job.file))) as FileAnswer;
    } catch (e) {
      // Done here in whatever order the workers failed: without `known`, so that the first file's entry stands
      // for a report found twice, as when the workers answer.
      return workerRefusal(e, job.file) ?? this.entryHere(job, false);
    }
  }

  private entryHere(job: FileJob, useKnown = true): FileAnswer | Promise<FileAnswer> {
    const known = useKnown ? this.known : undefined;
    return isPdfFileName(job.file) ? entryOfPdf(job, known) : entryOfFile(job, known);
  }

  private async loadCache(): Promise<void> {
    if (this.loaded || !this.storageDir) return;
    this.loaded = true;
    const r = await readCachedEntries(this.storageDir);
    if (!r.ok) {
      if (!r.missing) this.log(`library: cache ignored (${r.reason}); re-indexing the reports`);
      return;
    }
    for (const [id, e] of r.byId) this.byId.set(id, e);
    this.stamps = r.files;
  }

  private async saveCache(entries: LibraryEntry[]): Promise<void> {
    if (!this.storageDir) return;
    try {
      await writeCachedEntries(this.storageDir, this.stamps, entries, nextTurn);
    } catch (e) {
      this.log(`library: cache not written: ${String(e)}`);
    }
  }
}
