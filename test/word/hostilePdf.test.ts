/**
 * Crafted PDFs against the real CLI (node dist/cli.js, which reads them on a reader worker with pdf.js): a stream
 * that inflates to a gigabyte is measured and refused before pdf.js sees it; pages, text runs and time are counted
 * while pdf.js reads, and a page that never finishes is ended by its worker. The PDF time limit is lowered to two
 * seconds here (WORK_REPORT_LIMITS), so that reaching it takes two seconds, not fifteen.
 */
import * as assert from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { assertBounded, boundedCli } from '../bounded';
import { deflateBomb, deflated, pdfStream, pdfWithPages, zlibWrap } from './craft';

const TEXT = 'BT /F1 12 Tf 72 700 Td (First paragraph of the report.) Tj ET';
const FAST = { pdfSeconds: 2 };

describe('crafted PDFs through the CLI: bounded, and refused by name', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-hostile-pdf-'));
  const outline = (name: string, bytes: Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    const r = boundedCli(['outline', p], { limits: FAST });
    assertBounded(r);
    return r;
  };

  it('a plain PDF is read (the crafting is sound)', () => {
    const r = outline('plain.pdf', pdfWithPages(pdfStream('', TEXT)));
    assert.strictEqual(r.status, 0, r.err);
  });

  it('a content stream that inflates to 1 GB (a 1 MB file): refused by the stream limit before pdf.js reads it', () => {
    const r = outline(
      'gigabyte.pdf',
      pdfWithPages(pdfStream('/Filter /FlateDecode', zlibWrap(deflateBomb(1024 ** 3)))),
    );
    assert.strictEqual(r.status, 2);
    assert.match(r.err, /over the limit pdfStreamBytes:/);
    assert.ok(r.peakMb < 300, `${r.peakMb} MB`);
  });

  it('2,000 pages sharing one heavy stream: stopped at the time limit', () => {
    let heavy = TEXT + ' ';
    for (let i = 0; i < 100_000; i++) heavy += '0 0 m 1 1 l S ';
    const r = outline('heavy.pdf', pdfWithPages(pdfStream('/Filter /FlateDecode', zlibWrap(deflated(heavy))), 2000));
    assert.strictEqual(r.status, 2);
    assert.match(r.err, /over the limit pdfSeconds:/);
    assert.ok(r.seconds < 10, `${r.seconds} s`);
  });

  it('a form XObject that draws itself: ended at the time limit, its worker replaced', () => {
    const form = pdfStream(
      '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 5 0 R >> /Font << /F1 3 0 R >> >>',
      'BT /F1 12 Tf 10 10 Td (drawn again) Tj ET /X1 Do',
    );
    const r = outline('self.pdf', pdfWithPages(pdfStream('', `${TEXT} /X1 Do`), 1, [form]));
    assert.strictEqual(r.status, 2);
    assert.match(r.err, /over the limit pdfSeconds:/);
    assert.ok(r.seconds < 10, `${r.seconds} s`);
  });

  it('200,000 text runs on one baseline: read in linear time, the line whole', () => {
    let ops = 'BT /F1 12 Tf 0 700 Td ';
    for (let i = 0; i < 200_000; i++) ops += '(a) Tj 0.001 0 Td ';
    const r = outline('runs.pdf', pdfWithPages(pdfStream('/Filter /FlateDecode', zlibWrap(deflated(ops + 'ET')))));
    assert.strictEqual(r.status, 0, r.err);
    assert.ok(r.seconds < 15, `${r.seconds} s`);
  });

  it('more text runs than the limit: refused by it', () => {
    // A grid of 2,000 runs on each page (pdf.js drops text outside the page and merges runs close together).
    let ops = 'BT /F1 6 Tf ';
    for (let i = 0; i < 2_000; i++) ops += `1 0 0 1 ${(i % 20) * 28 + 10} ${820 - Math.floor(i / 20) * 8} Tm (a) Tj `;
    const p = join(dir, 'many-runs.pdf');
    writeFileSync(p, pdfWithPages(pdfStream('', ops + 'ET'), 3));
    const r = boundedCli(['outline', p], { limits: { pdfTextRuns: 5_000 } });
    assertBounded(r);
    assert.match(r.err, /over the limit pdfTextRuns:/);
  });
});
