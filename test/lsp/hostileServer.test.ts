/**
 * The server against hostile files and requests, as an LSP client meets it (node dist/server.js --stdio): an export
 * never lands on an open report or a relative address; a Word document or PDF that hangs its reader is read on a
 * worker while every other request is answered within 200 ms; a library of bombs is skipped by name in bounded
 * memory; a cache whose checksum holds but whose entries are not entries is said and rebuilt.
 */
import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { CACHE_FILE, encodeCache } from '../../server/src/lsp/libraryCache';
import { processMB } from '../bounded';
import { ROOT } from '../helpers';
import { deflateBomb, docxWith, pdfStream, pdfWithPages, zipClaimingEntries } from '../word/craft';
import { docx, para } from '../word/docxFixture';
import { StdioClient } from './client';

const SEED = readFileSync(join(ROOT, 'seeds', '2022-株洲市人大常委会工作报告.txt'), 'utf8');
const FAST = { WORK_REPORT_LIMITS: JSON.stringify({ pdfSeconds: 2 }) };

function selfDrawingPdf(): Uint8Array {
  const form = pdfStream(
    '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 5 0 R >> /Font << /F1 3 0 R >> >>',
    'BT /F1 12 Tf 10 10 Td (drawn again) Tj ET /X1 Do',
  );
  return pdfWithPages(pdfStream('', 'BT /F1 12 Tf 72 700 Td (Report) Tj ET /X1 Do'), 1, [form]);
}

/** Makes `request` every 20 ms until `done` settles; the longest wait for an answer, in ms. */
async function longestWait(done: Promise<unknown>, request: () => Promise<unknown>) {
  let settled = false;
  void done.finally(() => (settled = true));
  let longest = 0;
  let answered = 0;
  while (!settled) {
    const t = Date.now();
    await request();
    longest = Math.max(longest, Date.now() - t);
    answered++;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { longest, answered };
}

/**
 * A server on a workspace folder whose reports make its library: what it logs, and the library's size once built
 * (a promise), with a draft open.
 */
async function libraryServer(ws: string, storage: string, env: Record<string, string> = {}) {
  const client = new StdioClient(env);
  const logs: string[] = [];
  let done: (reports: number) => void = () => undefined;
  const built = new Promise<number>((resolve) => (done = resolve));
  client.conn.onNotification('window/logMessage', (m: { message: string }) => logs.push(m.message));
  client.conn.onNotification('workReport/libraryChanged', (p: { reports: number }) => done(p.reports));
  await client.initialize({
    locale: 'en',
    rootPath: ws,
    initializationOptions: { storagePath: storage, samplesPath: '' },
  });
  const uri = 'file:///drafts/草稿-工作报告.txt';
  await client.open(uri, SEED);
  return { client, logs, built, uri };
}

describe('the server against hostile files and requests', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-hostile-lsp-'));

  it('exportWord never writes over the open report or another open one, nor to a relative address', async () => {
    const report = join(dir, '2023-工作报告.txt');
    const other = join(dir, '2022-工作报告.txt');
    writeFileSync(report, SEED);
    writeFileSync(other, SEED);
    const client = new StdioClient();
    try {
      await client.initialize({ locale: 'en' });
      const uri = pathToFileURL(report).href;
      await client.open(uri, SEED);
      await client.open(pathToFileURL(other).href, SEED);
      for (const target of [uri, pathToFileURL(other).href]) {
        const r = await client.request<any>('workReport/exportWord', { uri, target });
        assert.ok(!r.ok && /open report/.test(r.message), JSON.stringify(r));
      }
      for (const target of ['file:out.docx', 'file:./out.docx', 'out.docx']) {
        const r = await client.request<any>('workReport/exportWord', { uri, target });
        assert.ok(!r.ok && /full file address/.test(r.message), `${target}: ${JSON.stringify(r)}`);
      }
      assert.strictEqual(readFileSync(report, 'utf8'), SEED);
      assert.strictEqual(readFileSync(other, 'utf8'), SEED);
      assert.deepStrictEqual(readdirSync(dir).sort(), ['2022-工作报告.txt', '2023-工作报告.txt']);
      assert.ok(!existsSync('/out.docx'));
    } finally {
      await client.stop();
    }
  });

  it('a lone surrogate typed into the report is left out of the export; the document is well-formed', async () => {
    const client = new StdioClient();
    try {
      await client.initialize({ locale: 'en' });
      const uri = pathToFileURL(join(dir, '草稿-工作报告.txt')).href;
      await client.open(uri, SEED.replace('各位代表', '各位\uD800代表\uFFFF'));
      const target = join(dir, 'surrogate.docx');
      const r = await client.request<any>('workReport/exportWord', { uri, target: pathToFileURL(target).href });
      assert.ok(r.ok, JSON.stringify(r));
      const xml = strFromU8(unzipSync(readFileSync(target))['word/document.xml']);
      assert.ok(!/[\ud800-\udfff\uffff]/.test(xml));
      assert.match(xml, /各位代表/);
    } finally {
      await client.stop();
    }
  });

  it('readWord of a PDF that never finishes a page, or a 98-byte zip: refused, and other requests answered meanwhile', async () => {
    writeFileSync(join(dir, 'self.pdf'), selfDrawingPdf());
    writeFileSync(join(dir, 'entries.docx'), zipClaimingEntries());
    const client = new StdioClient(FAST);
    try {
      await client.initialize({ locale: 'en' });
      const uri = pathToFileURL(join(dir, 'draft-工作报告.txt')).href;
      await client.open(uri, SEED);
      const reading = client.request<any>('workReport/readWord', { uri: pathToFileURL(join(dir, 'self.pdf')).href });
      const { longest, answered } = await longestWait(reading, () =>
        client.request('workReport/documentStats', { uri }),
      );
      const r = await reading;
      assert.ok(!r.ok && /over the limit pdfSeconds|PDF takes longer/.test(r.message), JSON.stringify(r));
      assert.ok(answered >= 10, `${answered} answered`);
      assert.ok(longest < 200, `a request waited ${longest} ms`);
      const zip = await client.request<any>('workReport/readWord', {
        uri: pathToFileURL(join(dir, 'entries.docx')).href,
      });
      assert.ok(!zip.ok && /zip package lists more than/.test(zip.message), JSON.stringify(zip));
    } finally {
      await client.stop();
    }
  });

  it('a library of a Word bomb, a PDF that never finishes and a real report: skipped by name, typing answered, memory bounded', async () => {
    const ws = join(dir, 'library');
    const storage = join(dir, 'storage');
    mkdirSync(ws);
    const bomb = { name: 'word/document.xml', data: deflateBomb(16 * 1024 ** 3), declaredSize: 4096 };
    writeFileSync(join(ws, '2021-炸弹-工作报告.docx'), docxWith(docx({ body: para('x') }), [bomb]));
    writeFileSync(join(ws, '2020-自绘-工作报告.pdf'), selfDrawingPdf());
    writeFileSync(join(ws, '2022-株洲市人大常委会工作报告.txt'), SEED);
    const { client, logs, built, uri } = await libraryServer(ws, storage, FAST);
    try {
      const { longest } = await longestWait(built, () =>
        client.request('textDocument/diagnostic', { textDocument: { uri } }),
      );
      assert.ok(longest < 200, `a pull waited ${longest} ms`);
      const skipped = logs.join('\n');
      assert.match(skipped, /2021-炸弹-工作报告\.docx: .*over the limit partBytes/, skipped);
      assert.match(skipped, /2020-自绘-工作报告\.pdf: .*over the limit pdfSeconds/, skipped);
      const peak = processMB(client.proc.pid, 'VmHWM');
      assert.ok(peak !== undefined && peak < 600, `server peak ${peak} MB`);
    } finally {
      await client.stop();
    }
  });

  it('a library cache whose checksum holds but whose entries are not entries: said, and rebuilt', async () => {
    const ws = join(dir, 'cached');
    const storage = join(dir, 'cached-storage');
    mkdirSync(ws);
    mkdirSync(storage);
    writeFileSync(join(ws, '2022-株洲市人大常委会工作报告.txt'), SEED);
    writeFileSync(join(storage, CACHE_FILE), encodeCache({ files: {}, entries: [null as never] }, new Uint32Array(0)));
    const { client, logs, built } = await libraryServer(ws, storage);
    try {
      const reports = await built;
      assert.strictEqual(reports, 1);
      assert.ok(
        logs.some((l) => /cache ignored \(entry 0 has the wrong shape\)/.test(l)),
        logs.join('\n'),
      );
    } finally {
      await client.stop();
    }
  });
});
