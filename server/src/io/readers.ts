/**
 * Where files the product did not make are read: on reader worker threads (dist/library-worker.js), each with a
 * heap limit and a time limit (LIMITS.readerHeapMb, readerSeconds), so that a Word document or PDF that hangs or
 * exhausts its reader is refused in one line while the server goes on answering. Only where no worker can be had
 * (a bundle without the worker script, a worker that cannot start) is a file read on the caller's thread, under the
 * readers' own budgets.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { LIMITS, LimitExceeded, type LibraryEntry } from '../core';
import { readReviews, type ReviewRead } from '../core/review';
import { decodeFile, type FileDecoded } from './decodeFile';
import { isPdfFileName } from './pdf';
import { JobFailed, JobTimeout, NoWorker, WorkerPool } from './workerPool';

/** A library file to make an entry of (lsp/libraryFile.ts does it, on a worker or here). */
export interface FileJob {
  file: string;
  uri: string;
  maxBytes: number;
}

export type FileAnswer =
  | {
      ok: true;
      entry: LibraryEntry;
      parsed: boolean;
      /** A PDF's text, read once: it cannot be read again synchronously when a match is shown. */
      text?: string;
    }
  | { ok: false; message: string };

export type WorkerJob =
  | ({ kind: 'entry' } & FileJob)
  | { kind: 'decode'; name: string; bytes: Uint8Array }
  | { kind: 'reviews'; name: string; bytes: Uint8Array };
export type WorkerAnswer = FileAnswer | FileDecoded | ReviewRead;

/** The worker script beside this bundle; test bundles have none (they read in-process, or name the script). */
export function bundledWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'library-worker.js');
  return existsSync(file) ? file : undefined;
}

export function readerPool(script: string, size: number): WorkerPool<WorkerJob, WorkerAnswer> {
  return new WorkerPool<WorkerJob, WorkerAnswer>(script, size, LIMITS.readerSeconds * 1000, {
    maxOldGenerationSizeMb: LIMITS.readerHeapMb,
  });
}

/**
 * A file's time on a worker: a PDF's own limit (pdf.js cannot always stop itself in time, see pdf.ts) with two
 * seconds to spare, any other file the readers' limit.
 */
export function jobTimeLimitMs(file: string): number {
  return (isPdfFileName(file) ? LIMITS.pdfSeconds + 2 : LIMITS.readerSeconds) * 1000;
}

/** A job's failure as the refusal a user reads: which limit the file passed; undefined if no worker could take it. */
export function workerRefusal(e: unknown, file: string): { ok: false; message: string } | undefined {
  if (e instanceof JobTimeout)
    return { ok: false, message: new LimitExceeded(isPdfFileName(file) ? 'pdfSeconds' : 'readerSeconds').message };
  if (e instanceof JobFailed)
    return {
      ok: false,
      message: /memory/i.test(e.message)
        ? new LimitExceeded('readerHeapMb').message
        : `the reader stopped (${e.message})`,
    };
  if (e instanceof NoWorker) return undefined;
  // The reader threw (a fault of ours on this file): said, and the next file read.
  return { ok: false, message: `not readable (${e instanceof Error ? e.message : String(e)})` };
}

/** On this thread (no worker to be had): never throws, a fault is the file's refusal. */
async function decodeHere(name: string, bytes: Uint8Array): Promise<FileDecoded> {
  try {
    return await decodeFile(name, bytes);
  } catch (e) {
    return { ok: false, reason: isPdfFileName(name) ? 'pdf' : 'word', message: `not readable (${String(e)})` };
  }
}

/** Decodes report files on one reader worker, started on first use; `close` when done. */
export class Readers {
  private pool?: WorkerPool<WorkerJob, WorkerAnswer>;

  constructor(private readonly script: string | undefined = bundledWorkerScript()) {}

  async decode(name: string, bytes: Uint8Array): Promise<FileDecoded> {
    if (!this.script) return decodeHere(name, bytes);
    this.pool ??= readerPool(this.script, 1);
    try {
      return (await this.pool.run({ kind: 'decode', name, bytes }, [], jobTimeLimitMs(name))) as FileDecoded;
    } catch (e) {
      const refused = workerRefusal(e, name);
      return refused ? { ...refused, reason: isPdfFileName(name) ? 'pdf' : 'word' } : decodeHere(name, bytes);
    }
  }

  /** A reviewer's returned copy read for its comments and tracked changes (core/review), on the worker too. */
  async reviews(name: string, bytes: Uint8Array): Promise<ReviewRead> {
    const here = (): ReviewRead => {
      try {
        return readReviews(bytes, name);
      } catch (e) {
        return { ok: false, file: path.basename(name), reason: 'not-word', message: `not readable (${String(e)})` };
      }
    };
    if (!this.script) return here();
    this.pool ??= readerPool(this.script, 1);
    try {
      return (await this.pool.run({ kind: 'reviews', name, bytes }, [], jobTimeLimitMs(name))) as ReviewRead;
    } catch (e) {
      const refused = workerRefusal(e, name);
      return refused ? { ...refused, file: path.basename(name), reason: 'too-large' } : here();
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
