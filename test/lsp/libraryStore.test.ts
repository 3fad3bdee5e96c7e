import * as assert from 'assert';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { collectGarbage } from '../../server/src/lsp/collectGarbage';
import { LibraryStore } from '../../server/src/lsp/library';
import { CORPUS, corpusFiles } from '../helpers';

describe('library store on the corpus', function () {
  this.timeout(60_000);
  const dir = join(CORPUS, 'wikisource_national_gwr');
  const storage = mkdtempSync(join(tmpdir(), 'wr-library-'));
  after(() => rmSync(storage, { recursive: true, force: true }));

  it('builds cold (past the full-collection threshold), then starts warm from its cache with the same answers', async () => {
    const cold = new LibraryStore(storage, () => undefined);
    const built = await cold.build({ roots: [dir], paths: [] });
    assert.ok(built.parsed >= 50, `${built.parsed} parsed`);
    const warm = new LibraryStore(storage, () => undefined);
    const again = await warm.build({ roots: [dir], paths: [] });
    assert.strictEqual(again.parsed, 0, 'nothing re-parsed on a warm start');
    assert.strictEqual(warm.index.size, cold.index.size);
    // A paragraph of the 2010 report, as a draft would quote it: found in both, at the same line, same report facts.
    const text = corpusFiles('wikisource_national_gwr').find((f) => f.name.startsWith('2010'))!.text;
    const para = text.split('\n').find((l) => l.length > 120)!;
    const a = cold.index.similar(para, 3), b = warm.index.similar(para, 3);
    assert.ok(a.length && a[0].similarity > 0.95 && a[0].uri.includes('2010'), JSON.stringify(a.map((m) => [m.uri, m.similarity])));
    assert.deepStrictEqual(b.map((m) => [m.uri, m.line, m.report]), a.map((m) => [m.uri, m.line, m.report]));
  });

  it('can force a full collection without --expose-gc (used after a cold build)', () => {
    let junk: number[][] | undefined = Array.from({ length: 200 }, () => new Array(50_000).fill(1.5));
    const before = process.memoryUsage().heapUsed;
    assert.ok(junk.length);
    junk = undefined;
    assert.strictEqual(collectGarbage(), true);
    const freed = before - process.memoryUsage().heapUsed;
    assert.ok(freed > 50e6, `${Math.round(freed / 1e6)} MB freed`);
  });
});
