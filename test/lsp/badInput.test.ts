import * as assert from 'assert';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { LibraryStore } from '../../server/src/lsp/library';
import { sharedSeed } from '../helpers';
import { StdioClient } from './client';

describe('bad input: the server answers, bounded, and stays up', function () {
  this.timeout(60_000);
  let client: StdioClient;
  const messages: { type: number; message: string }[] = [];
  before(async () => {
    client = new StdioClient();
    client.conn.onNotification('window/showMessage', (m: any) => messages.push(m));
    client.conn.onRequest('window/showMessageRequest', (m: any) => {
      messages.push(m);
      return null;
    });
    await client.initialize();
  });
  after(() => client.stop());

  const all = async (uri: string) => ({
    symbols: await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } }),
    folding: await client.request<any[]>('textDocument/foldingRange', { textDocument: { uri } }),
    diagnostics: (await client.request<any>('textDocument/diagnostic', { textDocument: { uri } })).items as any[],
  });

  it('empty and white-space-only documents', async () => {
    for (const [i, text] of ['', '   \n\u3000\u3000\n\t\n', '\uFEFF'].entries()) {
      const uri = `file:///bad/empty${i}-工作报告.txt`;
      await client.open(uri, text);
      assert.deepStrictEqual(await all(uri), { symbols: [], folding: [], diagnostics: [] });
    }
  });

  it('a 20 MB report: outline only, and the user is told once', async () => {
    const base = sharedSeed('004');
    const text = base.repeat(Math.ceil(20_000_000 / base.length));
    const uri = 'file:///bad/huge-工作报告.txt';
    await client.open(uri, text);
    const r = await all(uri);
    assert.strictEqual(r.diagnostics.length, 0);
    assert.ok(r.symbols.length > 100);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    const told = messages.filter((m) => /字符：只提供大纲/.test(m.message));
    assert.strictEqual(told.length, 1, JSON.stringify(messages));
  });

  it('one 1 MB line, 10,000 identical paragraphs, numbering 50 deep', async () => {
    const cases: Record<string, string> = {
      long: '一、' + '很长的一段话，没有句号'.repeat(100_000),
      identical: Array(10_000)
        .fill('坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。')
        .join('\n'),
      deep: Array.from({ length: 50 }, (_, i) => `${'#'.repeat(1 + (i % 6))} ${i + 1}. 标题${i}`).join('\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const uri = `file:///bad/${name}-工作报告.txt`;
      await client.open(uri, text);
      const r = await all(uri);
      assert.ok(r.diagnostics.length <= 600, `${name}: ${r.diagnostics.length} findings`);
      if (name === 'identical')
        assert.deepStrictEqual(
          r.diagnostics.map((d) => d.code),
          ['repeat.paragraph'],
        );
    }
  });

  it('is still up and answering after all of them', async () => {
    const uri = 'file:///bad/after-工作报告.txt';
    await client.open(uri, '一、总体情况\n（一）小节');
    const r = await all(uri);
    assert.strictEqual(r.symbols.length, 1);
    assert.strictEqual(client.proc.exitCode, null);
  });
});

describe('a library folder with bad files', () => {
  it('skips binary and undecodable files, directories named like reports, broken links and link loops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-badlib-'));
    writeFileSync(join(dir, '2022-株洲市人大常委会工作报告.txt'), sharedSeed('000'));
    writeFileSync(join(dir, '二进制-工作报告.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 4]));
    writeFileSync(join(dir, '乱码-工作报告.txt'), Buffer.from([0xff, 0xfe, 0xff, 0xff, 0x00, 0xd8]));
    mkdirSync(join(dir, '目录-工作报告.txt'));
    symlinkSync(join(dir, 'nowhere'), join(dir, '断链-工作报告.txt'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const logs: string[] = [];
    const store = new LibraryStore(undefined, (m) => logs.push(m));
    const r = await store.build({ roots: [dir], paths: [] });
    assert.strictEqual(store.index.size, 1);
    assert.ok(
      r.skipped.some((s) => /二进制/.test(s) && /binary/.test(s)),
      JSON.stringify(r.skipped),
    );
    assert.ok(
      r.skipped.some((s) => /乱码/.test(s)),
      JSON.stringify(r.skipped),
    );
    assert.ok(logs.some((l) => /skipped/.test(l)));
  });
});
