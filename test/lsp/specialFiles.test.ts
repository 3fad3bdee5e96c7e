/** The server in a workspace (and library) holding special files behind report names: it stays small and answers. */
import * as assert from 'assert';
import { hostileFolder } from '../hostile';
import { StdioClient } from './client';

describe('server in a workspace with a FIFO, a /dev/zero link, a socket and a folder named like reports', () => {
  it('indexes the real report for workspace symbols and the library, skipping the rest, memory bounded', async function () {
    this.timeout(20000);
    const h = await hostileFolder();
    const client = new StdioClient();
    const logs: string[] = [];
    client.conn.onNotification('window/logMessage', (m: any) => logs.push(m.message));
    const ready = new Promise<any>((resolve) => client.conn.onNotification('workReport/libraryChanged', resolve));
    try {
      await client.initialize({ rootPath: h.dir, initializationOptions: { samplesPath: '' } });
      const found = await client.request<any[]>('workspace/symbol', { query: '' });
      assert.ok(found.length > 10);
      assert.ok(found.every((s) => decodeURIComponent(s.location.uri).endsWith('2022-株洲市人大常委会工作报告.txt')));
      const lib = await Promise.race([ready, new Promise((r) => setTimeout(() => r('timeout'), 10000))]);
      assert.deepStrictEqual(lib, { reports: 1 });
      await client.request('workspace/symbol', { query: '' });
      const skipped = logs.filter((l) => l.includes('skipped'));
      assert.ok(
        skipped.some((l) => /管道-工作报告\.txt: a FIFO/.test(l)),
        logs.join('\n'),
      );
      assert.ok(
        skipped.some((l) => /附件-工作报告\.txt: a device/.test(l)),
        logs.join('\n'),
      );
      assert.strictEqual(
        skipped.filter((l) => l.startsWith('workspace index') && l.includes('管道')).length,
        1,
        'said once, not on every search',
      );
      const rss =
        Number(
          require('child_process')
            .execFileSync('ps', ['-o', 'rss=', '-p', String(client.proc.pid)], { encoding: 'utf8' })
            .trim(),
        ) * 1024;
      assert.ok(rss < 400 * 1024 * 1024, `resident ${Math.round(rss / 1e6)} MB`);
    } finally {
      await client.stop();
      h.close();
    }
  });
});
