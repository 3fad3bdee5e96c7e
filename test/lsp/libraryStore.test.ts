import * as assert from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { collectGarbage } from '../../server/src/lsp/collectGarbage';
import { LibraryStore } from '../../server/src/lsp/library';
import { CACHE_FILE } from '../../server/src/lsp/libraryCache';
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
    const a = cold.index.similar(para, 3),
      b = warm.index.similar(para, 3);
    assert.ok(
      a.length && a[0].similarity > 0.95 && a[0].uri.includes('2010'),
      JSON.stringify(a.map((m) => [m.uri, m.similarity])),
    );
    assert.deepStrictEqual(
      b.map((m) => [m.uri, m.line, m.report]),
      a.map((m) => [m.uri, m.line, m.report]),
    );
  });

  it('heals a damaged cache: truncated, zeroed or with one byte flipped, it is said, rebuilt and sound again', async () => {
    const store = mkdtempSync(join(tmpdir(), 'wr-library-heal-'));
    const small = mkdtempSync(join(tmpdir(), 'wr-library-small-'));
    for (const f of corpusFiles('provincial_gwr_2026').slice(0, 6))
      writeFileSync(join(small, `${f.name.replace(/\.txt$/, '')}-工作报告.txt`), f.text);
    const reference = new LibraryStore(store, () => undefined);
    const first = await reference.build({ roots: [small], paths: [] });
    assert.strictEqual(first.parsed, 6);
    const file = join(store, CACHE_FILE);
    const good = readFileSync(file);
    const probe = corpusFiles('provincial_gwr_2026')[2]
      .text.split('\n')
      .find((l) => l.length > 150)!;
    const answer = reference.index.similar(probe, 3).map((m) => [m.uri, m.line, m.similarity]);
    assert.ok(answer.length > 0);
    const damages: [string, (b: Buffer) => Buffer][] = [
      ['truncated', (b) => b.subarray(0, Math.floor(b.length / 2))],
      ['zeroed', (b) => Buffer.alloc(b.length)],
      [
        'one byte flipped',
        (b) => {
          const c = Buffer.from(b);
          c[c.length - 3] ^= 0xff;
          return c;
        },
      ],
      ['empty', () => Buffer.alloc(0)],
    ];
    for (const [what, damage] of damages) {
      writeFileSync(file, damage(good));
      const logs: string[] = [];
      const s1 = new LibraryStore(store, (m) => logs.push(m));
      const r = await s1.build({ roots: [small], paths: [] });
      assert.strictEqual(r.parsed, 6, `${what}: every report read again`);
      assert.ok(
        logs.some((l) => /cache ignored/.test(l)),
        `${what}: said (${logs.join('; ')})`,
      );
      assert.deepStrictEqual(
        s1.index.similar(probe, 3).map((m) => [m.uri, m.line, m.similarity]),
        answer,
        what,
      );
      const s2 = new LibraryStore(store, () => undefined);
      assert.strictEqual(
        (await s2.build({ roots: [small], paths: [] })).parsed,
        0,
        `${what}: the rewritten cache is whole`,
      );
    }
    assert.deepStrictEqual(readdirSync(store), [CACHE_FILE], 'no temporary files left');
  });

  it('can force a full collection without --expose-gc (used after a cold build)', () => {
    let junk: number[][] | undefined = Array.from({ length: 200 }, () => new Array(50_000).fill(1.5));
    const before = process.memoryUsage().heapUsed;
    assert.ok(junk.length);
    junk = undefined; // eslint-disable-line no-useless-assignment -- dropping the last reference is the point
    assert.strictEqual(collectGarbage(), true);
    const freed = before - process.memoryUsage().heapUsed;
    assert.ok(freed > 50e6, `${Math.round(freed / 1e6)} MB freed`);
  });
});
