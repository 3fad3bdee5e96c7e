/** Word and PDF through the language server, as any LSP client would use them (readWord, exportWord, the command). */
import * as assert from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { parseReport, readDocx, TextDoc } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { sharedSeed } from '../helpers';
import { commentsOf, unzipParts, utf8 } from '../word/annotateSupport';
import { StdioClient } from './client';

describe('Word documents over LSP', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-lsp-word-'));

  it('workReport/readWord gives a .docx as report text with its paragraph map; a bad file is said, the server lives', async () => {
    const file = join(dir, '2022年工作报告.docx');
    writeFileSync(file, await exportDocx(parseReport(new TextDoc('x', sharedSeed('003')))));
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    const client = new StdioClient();
    try {
      await client.initialize();
      const r = await client.request<any>('workReport/readWord', { uri: pathToFileURL(file).href });
      assert.ok(r.ok, JSON.stringify(r));
      assert.match(r.text, /^邵阳市人民代表大会常务委员会工作报告$/m);
      assert.strictEqual(r.paragraphOfLine.length, r.text.split('\n').length - 1);
      const bad = await client.request<any>('workReport/readWord', { uri: pathToFileURL(join(dir, 'bad.docx')).href });
      assert.ok(!bad.ok && /bad\.docx/.test(bad.message), JSON.stringify(bad));
      const missing = await client.request<any>('workReport/readWord', { uri: 'untitled:Untitled-1' });
      assert.strictEqual(missing.ok, false);
      // A report view's address (the client passes files, but a script may not): the message names the file.
      const view = await client.request<any>('workReport/readWord', {
        uri: 'work-report-word:/tmp/%E6%A0%AA%E6%B4%B2-2022-%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A.docx',
      });
      assert.strictEqual(view.message, '株洲-2022-工作报告.docx 不是本机文件。');
      // Still serving.
      assert.ok((await client.request<any>('workReport/documentStats', { uri: 'file:///none.txt' })) === null);
    } finally {
      await client.stop();
    }
  });

  it("workReport/readWord reads a PDF too, and pdf.js says nothing on the protocol's stdout", async () => {
    // A one-page PDF with two lines of text in a standard font; pdf.js rebuilds the missing cross-reference table.
    const page = 'BT /F1 12 Tf 72 720 Td (First paragraph of the report.) Tj 0 -20 Td (Second paragraph.) Tj ET';
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      `4 0 obj << /Length ${page.length} >> stream`,
      page,
      'endstream endobj',
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    const file = join(dir, 'tiny.pdf');
    writeFileSync(file, pdf);
    const client = new StdioClient();
    try {
      await client.initialize();
      const r = await client.request<any>('workReport/readWord', { uri: pathToFileURL(file).href });
      assert.ok(r.ok, JSON.stringify(r));
      assert.match(r.text, /First paragraph of the report\./);
      // The stream is still sound: another request is answered.
      assert.strictEqual(await client.request<any>('workReport/documentStats', { uri: 'file:///none.txt' }), null);
    } finally {
      await client.stop();
    }
  });

  it('workReport/handIn says what is left before the export, and gives the edits that make (一) full-width', async () => {
    const client = new StdioClient();
    try {
      await client.initialize();
      const uri = pathToFileURL(join(dir, '2022-株洲市人大常委会工作报告.txt')).href;
      const text = sharedSeed('000');
      await client.open(uri, text);
      const h = await client.request<any>('workReport/handIn', { uri });
      const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(h.summary.warnings, report.items.filter((d: any) => d.severity === 2).length);
      assert.strictEqual(h.ready, false);
      assert.match(h.message, /^仍有 \d+ 处警告/);
      assert.strictEqual(h.markerEdits.length, 2 * h.summary.halfWidthMarkers);
      const lines = text.split('\n');
      for (const e of h.markerEdits) {
        const was = lines[e.range.start.line].slice(e.range.start.character, e.range.end.character);
        assert.deepStrictEqual([was, e.newText].sort().join(''), was === '(' ? '(（' : ')）');
      }
      assert.strictEqual(await client.request<any>('workReport/handIn', { uri: 'file:///none.txt' }), null);
    } finally {
      await client.stop();
    }
  });

  it('workspace/executeCommand workReport.exportWordFile writes the open report as .docx, keeping an earlier file as .bak', async () => {
    const client = new StdioClient();
    const uri = pathToFileURL(join(dir, '2023年工作报告.txt')).href;
    const target = join(dir, 'out.docx');
    writeFileSync(target, 'an earlier export, edited in Word');
    try {
      const init = await client.initialize({ initializationOptions: {} });
      assert.ok(init.capabilities.executeCommandProvider.commands.includes('workReport.exportWordFile'));
      await client.open(uri, sharedSeed('004'));
      const r = await client.request<any>('workspace/executeCommand', {
        command: 'workReport.exportWordFile',
        arguments: [uri, pathToFileURL(target).href],
      });
      assert.ok(r.ok && r.backup, JSON.stringify(r));
      assert.strictEqual(readFileSync(`${target}.bak`, 'utf8'), 'an earlier export, edited in Word');
      const back = readDocx(readFileSync(target));
      assert.ok(back.ok && back.text.includes(parseReport(new TextDoc('x', sharedSeed('004'))).flat[0].title));
      const notOpen = await client.request<any>('workReport/exportWord', {
        uri: 'file:///not/open.txt',
        target: pathToFileURL(join(dir, 'x.docx')).href,
      });
      assert.ok(!notOpen.ok && /没有打开/.test(notOpen.message));
      const wrongArgs = await client.request<any>('workspace/executeCommand', {
        command: 'workReport.exportWordFile',
        arguments: [42],
      });
      assert.strictEqual(wrongArgs.ok, false);
    } finally {
      await client.stop();
    }
  });

  it("workReport/annotateWord writes the findings of a .docx — its open report view's — into a copy as comments", async () => {
    const file = join(dir, '2022年株洲工作报告.docx');
    writeFileSync(file, await exportDocx(parseReport(new TextDoc('x', sharedSeed('000')))));
    const target = join(dir, '2022年株洲工作报告（批注）.docx');
    const client = new StdioClient();
    try {
      await client.initialize();
      const fileUri = pathToFileURL(file).href;
      const closed = await client.request<any>('workReport/annotateWord', {
        uri: fileUri,
        target: pathToFileURL(target).href,
      });
      assert.ok(closed.ok && closed.comments > 5, JSON.stringify(closed));
      const count = () => commentsOf(utf8(unzipParts(readFileSync(target))['word/comments.xml'])).size;
      assert.strictEqual(count(), closed.comments);
      // The report view open (as the client opens it): its findings are the comments.
      const view = fileUri.replace(/^file:/, 'work-report-word:');
      const read = await client.request<any>('workReport/readWord', { uri: fileUri });
      await client.open(view, read.text);
      const shown = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: view } });
      const open = await client.request<any>('workspace/executeCommand', {
        command: 'workReport.annotateWordFile',
        arguments: [fileUri, pathToFileURL(target).href],
      });
      assert.ok(open.ok && open.backup, JSON.stringify(open));
      assert.strictEqual(open.comments, shown.items.length);
      assert.strictEqual(count(), shown.items.length);
      const self = await client.request<any>('workReport/annotateWord', { uri: fileUri, target: fileUri });
      assert.ok(!self.ok && /原文档本身/.test(self.message), JSON.stringify(self));
      const pdf = await client.request<any>('workReport/annotateWord', {
        uri: pathToFileURL(join(dir, 'tiny.pdf')).href,
        target: pathToFileURL(join(dir, 'tiny.docx')).href,
      });
      assert.ok(!pdf.ok && /不是 Word 文档/.test(pdf.message), JSON.stringify(pdf));
    } finally {
      await client.stop();
    }
  });
});
