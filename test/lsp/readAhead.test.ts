import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ReadAhead, statAll } from '../../server/src/io/readAhead';
import { readRegularFile } from '../../server/src/io/regularFile';

describe('reading many files ahead', () => {
  it('gives each file what a direct read gives, in order, with a missing file, a folder and a FIFO among them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-ahead-'));
    try {
      const files = Array.from({ length: 12 }, (_, i) => join(dir, `${i}.txt`));
      files.forEach((f, i) => writeFileSync(f, `第${i}份报告`.repeat(i + 1)));
      files.splice(3, 0, join(dir, 'missing.txt'));
      files.splice(6, 0, dir);
      const fifo = join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      files.splice(9, 0, fifo);
      const stats = await statAll(files, 4);
      assert.ok(stats[3] instanceof Error && !(stats[4] instanceof Error));
      // Skip the missing file; read everything else ahead, two at a time.
      const ahead = new ReadAhead(files, (i) => (stats[i] instanceof Error ? undefined : 1 << 20), 2);
      for (let i = 0; i < files.length; i++) {
        if (stats[i] instanceof Error) continue;
        const got = await ahead.read(i, 1 << 20);
        const want = await readRegularFile(files[i], 1 << 20);
        assert.deepStrictEqual(
          got.ok ? got.bytes.toString() : got.message,
          want.ok ? want.bytes.toString() : want.message,
          files[i],
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
