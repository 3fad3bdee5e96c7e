/** pdf.js and its worker in one module: bundled on its own as dist/pdf-engine.js, loaded only when a PDF is read. */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export { pdfjs, worker };
