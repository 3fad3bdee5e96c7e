/** pdf.js's worker module, imported so the worker runs in the same thread (its package ships no types for it). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
