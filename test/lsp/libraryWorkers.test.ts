/** The server's library build on worker threads: requests are answered while it runs, and its result is cached. */
import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { corpusFiles, sharedSeed } from '../helpers';
import { StdioClient } from './client';

describe('the server building a library of 60 reports', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-lib-ws-'));
  const storage = mkdtempSync(join(tmpdir(), 'wr-lib-store-'));
  const reports = [...corpusFiles('wikisource_national_gwr'), ...corpusFiles('provincial_gwr_2026')].slice(0, 60);
  for (const f of reports) writeFileSync(join(dir, `${f.name.replace(/\.txt$/, '')}-工作报告.txt`), f.text);
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  /** Starts a server on the folder, pulls a draft's diagnostics until the library is built; what it saw. */
  async function session() {
    const client = new StdioClient();
    const logs: string[] = [];
    let built: { reports: number } | undefined;
    client.conn.onNotification('window/logMessage', (m: { message: string }) => logs.push(m.message));
    client.conn.onNotification('workReport/libraryChanged', (p: { reports: number }) => (built = p));
    try {
      await client.initialize({ rootPath: dir, initializationOptions: { storagePath: storage, samplesPath: '' } });
      const uri = 'file:///drafts/草稿-工作报告.txt';
      await client.open(uri, sharedSeed('000'));
      let answeredDuring = 0;
      // Typing meanwhile: each pull is of a new text, checked afresh.
      for (let version = 2; !built; version++) {
        await client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [
            {
              range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
              text: version % 2 ? '一' : '',
            },
          ],
        });
        const r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
        assert.ok(r.items.some((d: any) => d.code === 'repeat.paragraph'));
        if (!built) answeredDuring++;
      }
      return { built, logs, answeredDuring };
    } finally {
      await client.stop();
    }
  }

  it("answers a draft's diagnostics while it parses the reports, then serves them from its cache", async () => {
    const cold = await session();
    assert.strictEqual(cold.built.reports, 60);
    assert.ok(
      cold.logs.some((l) => /library: 60 reports \(60 read, 0 from cache, 0 skipped\)/.test(l)),
      cold.logs.join('\n'),
    );
    assert.ok(cold.answeredDuring >= 2, `${cold.answeredDuring} pulls answered during the build`);
    const warm = await session();
    assert.strictEqual(warm.built.reports, 60);
    assert.ok(
      warm.logs.some((l) => /library: 60 reports \(0 read, 60 from cache, 0 skipped\)/.test(l)),
      warm.logs.join('\n'),
    );
  });
});
