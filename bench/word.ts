/**
 * Word and PDF in `npm run bench`: reading a .docx (unzip, XML, numbering) against decoding the same report as UTF-8
 * text, at N and 4N paragraphs; writing the GB/T 9704 .docx; reading the PDF LibreOffice makes of it, per page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { decodeBytes, parseReport, readDocx, TextDoc } from '../server/src/core';
import { exportDocx } from '../server/src/engines/exportDocx';
import { readPdf } from '../server/src/io/pdf';
import { docxToPdf } from '../test/word/soffice';
import { draft35k } from './inputs';
import { fmt, median, time } from './timing';

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < Math.min(3, runs); i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

export async function wordBench(results: Record<string, unknown>, runs: number): Promise<void> {
  const text = draft35k().text;
  const four = Array.from({ length: 4 }, () => text).join('\n');
  const rows: Record<string, unknown>[] = [];
  const docx1 = await exportDocx(parseReport(new TextDoc('a', text)));
  const docx4 = await exportDocx(parseReport(new TextDoc('b', four)));
  const utf8 = new TextEncoder().encode(text);
  const read1 = time(() => readDocx(docx1), runs);
  const read4 = time(() => readDocx(docx4), runs);
  const decode = time(() => decodeBytes(utf8), runs);
  rows.push({
    work: `read .docx (${text.length} chars, ${(docx1.length / 1024).toFixed(0)} KB)`,
    ms: +fmt(read1),
    vs: `${(read1 / decode).toFixed(0)}× UTF-8 decode (${fmt(decode)} ms)`,
  });
  rows.push({ work: 'read .docx at 4N', ms: +fmt(read4), vs: `4N/N ${(read4 / read1).toFixed(1)}` });
  const write = await timeAsync(() => exportDocx(parseReport(new TextDoc('c', text))), Math.min(runs, 10));
  rows.push({ work: 'export .docx (parse + layout + zip)', ms: +fmt(write), vs: '' });
  const dir = mkdtempSync(join(tmpdir(), 'wr-bench-pdf-'));
  try {
    writeFileSync(join(dir, 'r.docx'), docx1);
    const lo = docxToPdf(dir, [join(dir, 'r.docx')], 120_000);
    if (lo.status === 0) {
      const pdf = readFileSync(join(dir, 'r.pdf'));
      const first = await readPdf(pdf);
      const pages = first.ok ? first.pageOfLine.at(-1)! : 0;
      const ms = await timeAsync(() => readPdf(pdf), Math.min(runs, 10));
      rows.push({
        work: `read the PDF LibreOffice makes of it (${pages} pages)`,
        ms: +fmt(ms),
        vs: `${fmt(ms / Math.max(1, pages))} ms a page`,
      });
    } else {
      rows.push({ work: 'read PDF', ms: null, vs: 'soffice not installed' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\n## Word and PDF: the 35k-character draft (median of ${runs}; PDF and export of ${Math.min(runs, 10)})\n`,
  );
  console.log('| work | ms | compared |');
  console.log('|---|---:|---|');
  for (const r of rows) console.log(`| ${r.work} | ${r.ms ?? '—'} | ${r.vs} |`);
  results.word = rows;
}
