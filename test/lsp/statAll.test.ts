import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { statAll } from '../../server/src/io/statAll';

describe('stat of many files at once', () => {
  it('gives each file its own stat, in order, with a missing file, a folder and a FIFO among them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-stats-'));
    try {
      const files = Array.from({ length: 12 }, (_, i) => join(dir, `${i}.txt`));
      files.forEach((f, i) => writeFileSync(f, `第${i}份报告`.repeat(i + 1)));
      files.splice(3, 0, join(dir, 'missing.txt'));
      files.splice(6, 0, dir);
      const fifo = join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      files.splice(9, 0, fifo);
      const stats = await statAll(files, 4);
      files.forEach((f, i) => {
        const st = stats[i];
        if (i === 3) return assert.ok(st instanceof Error && /ENOENT/.test(st.message), String(st));
        assert.ok(!(st instanceof Error), f);
        const want = statSync(f);
        assert.deepStrictEqual(
          [st.size, st.isDirectory(), st.isFIFO(), st.ino],
          [want.size, want.isDirectory(), want.isFIFO(), want.ino],
        );
      });
      assert.ok(
        !(stats[6] instanceof Error) && stats[6].isDirectory() && !(stats[9] instanceof Error) && stats[9].isFIFO(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
