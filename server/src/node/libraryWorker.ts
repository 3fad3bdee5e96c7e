/**
 * A reader worker thread (dist/library-worker.js): files the product did not make are read here, where a file that
 * hangs or exhausts the reader costs this thread, never the server's or the CLI's. Library files in, library
 * entries out; or a Word document's or PDF's bytes in, its text out; or a returned copy's bytes in, its comments and
 * tracked changes out.
 */
import { decodeFile } from '../io/decodeFile';
import { limitsFromEnv } from '../io/limitsFromEnv';
import { serveJobs } from '../io/workerPool';
import { answerBuffers, entryOfFile, entryOfPdf } from '../lsp/libraryFile';
import { isPdfFileName } from '../core';
import { readReviews } from '../core/review';
import type { WorkerAnswer, WorkerJob } from '../io/readers';

// The same limits as the process that started this worker (it said any problem with them).
limitsFromEnv();
serveJobs<WorkerJob, WorkerAnswer>(async (job) => {
  if (job.kind === 'decode') return { out: await decodeFile(job.name, job.bytes) };
  if (job.kind === 'reviews') return { out: readReviews(job.bytes, job.name) };
  const out = isPdfFileName(job.file) ? await entryOfPdf(job) : entryOfFile(job);
  return { out, transfer: answerBuffers(out) };
});
