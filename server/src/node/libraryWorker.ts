/** A worker thread of the library build (dist/library-worker.js): report files in, library entries out. */
import { serveJobs } from '../io/workerPool';
import { answerBuffers, entryOfFile, type FileAnswer, type FileJob } from '../lsp/libraryFile';

serveJobs<FileJob, FileAnswer>((job) => {
  const out = entryOfFile(job);
  return { out, transfer: answerBuffers(out) };
});
