/**
 * Clients that differ from VS Code: no pull diagnostics, no snippets, no revealRange command, lower-case URI
 * escapes, requests after shutdown, a broken message header. Each as the LSP spec lets a client declare it.
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { ROOT, sharedSeed } from '../helpers';
import { StdioClient } from './client';

const SEED000 = 'file:///drafts/2022-株洲市人大常委会工作报告.txt';
const SEED004 = 'file:///drafts/2022-衢州市人大常委会工作报告.txt';

/** A file URI with lower-case percent escapes, as Neovim writes them. */
function lowerCaseUri(path: string): string {
  return pathToFileURL(path).href.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

describe('a client that cannot pull diagnostics (Neovim 0.7–0.9, eglot, Helix)', () => {
  let client: StdioClient;
  before(async () => {
    client = new StdioClient();
    const init = await client.initialize({ pull: false });
    assert.strictEqual(
      init.capabilities.diagnosticProvider,
      undefined,
      'no pull provider for a client that cannot pull',
    );
    assert.strictEqual(init.capabilities.positionEncoding, 'utf-16');
  });
  after(() => client.stop());

  it('is sent the findings after open, versioned, the same as a pull client gets', async () => {
    const first = client.published(SEED000);
    await client.open(SEED000, sharedSeed('000'), 7);
    const p = await first;
    assert.strictEqual(p.version, 7);
    const repeats = p.diagnostics.filter((d: any) => d.code.startsWith('repeat.'));
    assert.deepStrictEqual(
      repeats.map((d: any) => `${d.range.start.line} ${d.code}`),
      ['75 repeat.sentence', '77 repeat.paragraph', '99 repeat.section', '119 repeat.section'],
    );
    assert.strictEqual(p.diagnostics.filter((d: any) => d.code.startsWith('numbering.')).length, 8);
    const puller = new StdioClient();
    try {
      await puller.initialize();
      await puller.open(SEED000, sharedSeed('000'));
      const pulled = await puller.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
      assert.deepStrictEqual(p.diagnostics, pulled.items);
      await new Promise((r) => setTimeout(r, 400));
      assert.deepStrictEqual(
        puller.publications.filter((x) => x.diagnostics.length),
        [],
        'a pull client is never pushed findings',
      );
    } finally {
      await puller.stop();
    }
  });

  it('republishes after a change (debounced: one result for a burst of edits) and clears on close', async () => {
    const uri = 'file:///drafts/推送-工作报告.txt';
    const para = '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
    const opened = client.published(uri);
    await client.open(uri, `一、总体情况\n${para}\n`);
    assert.deepStrictEqual((await opened).diagnostics, []);
    const before = client.publications.length;
    const changed = client.published(uri, (p) => p.version === 4);
    for (const v of [2, 3, 4]) {
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges:
          v === 2
            ? [
                {
                  range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
                  text: `二、再次说明\n${para}\n`,
                },
              ]
            : [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }],
      });
    }
    const p = await changed;
    assert.deepStrictEqual(
      p.diagnostics.map((d: any) => `${d.range.start.line} ${d.code}`),
      ['3 repeat.paragraph'],
    );
    assert.deepStrictEqual(
      client.publications
        .slice(before)
        .filter((x) => x.uri === uri)
        .map((x) => x.version),
      [4],
      'versions 2 and 3 were typed past',
    );
    const cleared = client.published(uri, (x) => x.diagnostics.length === 0);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.strictEqual((await cleared).version, undefined);
  });
});

describe('client capabilities honoured', () => {
  it('plain-text completions for a client without snippet support; snippets for one with it', async () => {
    const base = require('fs').readFileSync(join(ROOT, 'seeds', '2019-株洲市人大常委会工作报告.txt'), 'utf8') as string;
    const draft = base.replace(
      '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
      '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
    );
    const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
    const lines = draft.split('\n');
    const overview = lines.findIndex((l) => l.includes('全年共召开常委会会议10次'));
    const position = { line: overview, character: lines[overview].indexOf('全年共') + 3 };
    for (const snippetSupport of [false, true]) {
      const client = new StdioClient();
      const ready = new Promise((resolve) => client.conn.onNotification('workReport/libraryChanged', resolve));
      try {
        await client.initialize({ textDocument: { completion: { completionItem: { snippetSupport } } } });
        await client.open(uri, draft);
        await ready;
        const items = await client.request<any[]>('textDocument/completion', { textDocument: { uri }, position });
        const meeting = items.find((c) => c.label === '召开常委会会议10次');
        assert.ok(meeting);
        assert.deepStrictEqual(
          [meeting.textEdit.newText, meeting.insertTextFormat],
          snippetSupport ? ['召开常委会会议${1:10}次', 2] : ['召开常委会会议10次', 1],
        );
        assert.ok(
          snippetSupport || items.every((c) => c.insertTextFormat === 1 && !/\$\{?\d/.test(c.textEdit.newText)),
        );
      } finally {
        await client.stop();
      }
    }
  });

  it('"show the other copy": our command for our client, window/showDocument for a client that has it, nothing otherwise', async () => {
    const variants: { init: unknown; window: Record<string, unknown>; want: string | undefined }[] = [
      { init: { clientCommands: ['workReport.revealRange'] }, window: {}, want: 'workReport.revealRange' },
      { init: {}, window: { showDocument: { support: true } }, want: 'workReport.showDocument' },
      { init: {}, window: {}, want: undefined },
    ];
    for (const v of variants) {
      const client = new StdioClient();
      const shown: any[] = [];
      client.conn.onRequest('window/showDocument', (p: any) => {
        shown.push(p);
        return { success: true };
      });
      try {
        const init = await client.initialize({ initializationOptions: v.init, window: v.window });
        assert.deepStrictEqual(init.capabilities.executeCommandProvider?.commands, [
          'workReport.annotateWordFile',
          'workReport.exportWordFile',
          'workReport.markChecked',
          'workReport.decideReview',
          ...(v.want === 'workReport.showDocument' ? ['workReport.showDocument'] : []),
        ]);
        await client.open(SEED000, sharedSeed('000'));
        const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
        const d = report.items.find((x: any) => x.code === 'repeat.paragraph');
        const actions = await client.request<any[]>('textDocument/codeAction', {
          textDocument: { uri: SEED000 },
          range: d.range,
          context: { diagnostics: [d] },
        });
        const show = actions.find((a) => a.command);
        assert.strictEqual(show?.command.command, v.want);
        if (v.want === 'workReport.showDocument') {
          await client.request('workspace/executeCommand', {
            command: show.command.command,
            arguments: show.command.arguments,
          });
          assert.deepStrictEqual(shown, [
            { uri: SEED000, selection: d.relatedInformation[0].location.range, takeFocus: true },
          ]);
        }
      } finally {
        await client.stop();
      }
    }
  });

  it('answers requests after shutdown with InvalidRequest, and exits 0 on exit', async () => {
    const client = new StdioClient();
    await client.initialize();
    await client.open(SEED004, sharedSeed('004'));
    await client.request('shutdown', null);
    await assert.rejects(
      client.request('textDocument/documentSymbol', { textDocument: { uri: SEED004 } }),
      (e: any) => e.code === -32600,
    );
    const exited = new Promise<number | null>((r) => client.proc.on('exit', (code) => r(code)));
    await client.conn.sendNotification('exit');
    assert.strictEqual(await exited, 0);
    client.conn.dispose();
  });

  it('exits with a message on a header it cannot read, so the client can restart it', async () => {
    const proc = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    proc.stdin.write('Content-Length: abc\r\n\r\n{}');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 5000))]);
    if (code === 'still running') proc.kill();
    assert.strictEqual(code, 1);
    assert.match(stderr, /unreadable message header/);
  });
});

describe('URIs as other clients spell them', () => {
  it('an open file with lower-case escapes is its copy on disk: no duplicate workspace symbols', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-uri-'));
    const file = join(dir, "2023 (草稿) 邵阳市人大常委会工作报告!'*.txt");
    writeFileSync(file, sharedSeed('003'));
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: dir });
      const uri = lowerCaseUri(file);
      assert.notStrictEqual(uri, pathToFileURL(file).href);
      await client.open(uri, sharedSeed('003'));
      const found = await client.request<any[]>('workspace/symbol', { query: '坚持人民至上' });
      assert.strictEqual(found.length, 1, JSON.stringify(found.map((s) => s.location.uri)));
      assert.strictEqual(found[0].location.uri, uri, "the open document, under the client's own spelling");
    } finally {
      await client.stop();
    }
  });

  it("the draft on disk is never its own past report, whatever the client's spelling", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-uri-'));
    const text = require('fs').readFileSync(join(ROOT, 'seeds', '2019-株洲市人大常委会工作报告.txt'), 'utf8') as string;
    const file = join(dir, '2019-株洲市人大常委会工作报告 副本.txt');
    writeFileSync(file, text);
    const client = new StdioClient();
    const ready = new Promise((resolve) => client.conn.onNotification('workReport/libraryChanged', resolve));
    try {
      await client.initialize({ rootPath: dir });
      const uri = lowerCaseUri(file);
      await client.open(uri, text);
      await ready;
      const line = text.split('\n').findIndex((l) => l.startsWith('刚刚过去的一年'));
      const s = await client.request<any>('workReport/similar', { uri, line });
      assert.ok(s.matches.length > 0);
      assert.ok(
        s.matches.every((m: any) => !m.uri.includes(encodeURIComponent('副本'))),
        JSON.stringify(s.matches.map((m: any) => m.uri)),
      );
    } finally {
      await client.stop();
    }
  });
});
