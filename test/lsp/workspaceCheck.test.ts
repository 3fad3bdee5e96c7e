/** 检查工作区全部报告 over stdio: findings of files that are not open are published, open ones left to themselves. */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { beyondNorms, sharedSeed } from '../helpers';
import { StdioClient } from './client';

function workspace(): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'wr-wscheck-'));
  mkdirSync(join(dir, '往年'));
  writeFileSync(join(dir, '2022-株洲市人大常委会工作报告.txt'), sharedSeed('000'));
  writeFileSync(join(dir, '往年', '2022-衢州市人大常委会工作报告.txt'), sharedSeed('004'));
  writeFileSync(join(dir, '坏的工作报告.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, '说明.txt'), '一、不是报告\n三、不是报告');
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href };
}

describe('workReport/checkWorkspace', function () {
  this.timeout(20000);
  it("publishes every report file's findings (clean files get an empty list), skips the unreadable, says the totals", async () => {
    const ws = workspace();
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: ws.dir });
      const r = await client.request<any>('workReport/checkWorkspace', {});
      assert.deepStrictEqual([r.files, r.withFindings, r.skipped, r.cancelled], [2, 2, 1, false]);
      const zz = client.publications.find((p) =>
        decodeURIComponent(p.uri).endsWith('2022-株洲市人大常委会工作报告.txt'),
      );
      assert.ok(zz, 'the Zhuzhou report was published');
      assert.deepStrictEqual(
        zz.diagnostics
          .filter((d: any) => d.code.startsWith('repeat.'))
          .map((d: any) => `${d.range.start.line} ${d.code}`),
        ['75 repeat.sentence', '77 repeat.paragraph', '99 repeat.section', '119 repeat.section'],
      );
      const qz = client.publications.find((p) =>
        decodeURIComponent(p.uri).endsWith('往年/2022-衢州市人大常委会工作报告.txt'),
      );
      assert.ok(qz.diagnostics.every((d: any) => d.code.startsWith('norm.')));
      // The totals count every published finding: Zhuzhou's, and Quzhou's punctuation norm.
      assert.strictEqual(zz.diagnostics.length + qz.diagnostics.length, r.findings);
      // Quzhou's report has no repeats or numbering faults; its half-width commas are a norm finding.
      assert.deepStrictEqual(beyondNorms(qz.diagnostics), []);
      assert.ok(!client.publications.some((p) => decodeURIComponent(p.uri).endsWith('说明.txt')), 'not a report file');
    } finally {
      await client.stop();
    }
  });

  it("leaves out last years' reports: an earlier year than the newest report's is published and will not change", async () => {
    const ws = workspace();
    writeFileSync(join(ws.dir, '往年', '2019-株洲市人大常委会工作报告.txt'), sharedSeed('001'));
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: ws.dir });
      const r = await client.request<any>('workReport/checkWorkspace', {});
      // 2022 is the newest year reviewed: the 2019 report is past; Quzhou's scrape tells no year and is checked.
      assert.deepStrictEqual([r.files, r.past, r.draftingYear], [2, 1, 2022]);
      const names = client.publications.map((p) => decodeURIComponent(p.uri).split('/').pop());
      assert.ok(!names.includes('2019-株洲市人大常委会工作报告.txt'), names.join(' '));
      assert.ok(names.includes('2022-株洲市人大常委会工作报告.txt'), names.join(' '));
      // With no 2022 report left, 2019 is the newest: it is the draft, and checked.
      const only = mkdtempSync(join(tmpdir(), 'wr-wscheck-2019-'));
      writeFileSync(join(only, '2019-株洲市人大常委会工作报告.txt'), sharedSeed('001'));
      const alone = new StdioClient();
      try {
        await alone.initialize({ rootPath: only });
        const r2 = await alone.request<any>('workReport/checkWorkspace', {});
        assert.deepStrictEqual([r2.files, r2.past, r2.draftingYear], [1, 0, 2019]);
      } finally {
        await alone.stop();
      }
    } finally {
      await client.stop();
    }
  });

  it('leaves an open report to its own diagnostics, and clears what it published when a pull client opens the file', async () => {
    const ws = workspace();
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: ws.dir });
      const open = ws.uri('往年/2022-衢州市人大常委会工作报告.txt');
      await client.open(open, sharedSeed('004'));
      await client.request('workReport/checkWorkspace', {});
      assert.ok(!client.publications.some((p) => p.uri === open), 'the open document is not published');
      const zhuzhou = client.publications.find((p) =>
        decodeURIComponent(p.uri).endsWith('2022-株洲市人大常委会工作报告.txt'),
      )!;
      const cleared = client.published(zhuzhou.uri, (p) => p.diagnostics.length === 0);
      await client.open(zhuzhou.uri, sharedSeed('000'));
      await cleared;
      const pulled = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: zhuzhou.uri } });
      assert.strictEqual(pulled.items.length, zhuzhou.diagnostics.length, 'the pull gives the same findings');
    } finally {
      await client.stop();
    }
  });

  it('stops when the client cancels it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-wscheck-many-'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `${2000 + i}-工作报告.txt`), sharedSeed('000'));
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: dir });
      const { CancellationTokenSource } = await import('vscode-jsonrpc/node');
      const source = new CancellationTokenSource();
      const pending = client.conn.sendRequest('workReport/checkWorkspace', {}, source.token) as Promise<any>;
      setTimeout(() => source.cancel(), 30);
      const r = await pending.catch((e) => ({ error: e }));
      assert.ok(r.error || r.cancelled, JSON.stringify(r));
      assert.ok(client.publications.length < 60, `${client.publications.length} published before the stop`);
    } finally {
      await client.stop();
    }
  });
});
