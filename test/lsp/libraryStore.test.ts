import * as assert from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { collectGarbage } from '../../server/src/lsp/collectGarbage';
import { LibraryStore } from '../../server/src/lsp/library';
import { CACHE_FILE } from '../../server/src/lsp/libraryCache';
import { CORPUS, corpusFiles, ROOT } from '../helpers';

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

  it('builds the same library on worker threads as on its own thread, and on its own when a worker cannot start', async () => {
    const src = mkdtempSync(join(tmpdir(), 'wr-library-workers-'));
    try {
      const reports = corpusFiles('wikisource_national_gwr').slice(0, 30);
      reports.forEach((f) => writeFileSync(join(src, `${f.name.replace(/\.txt$/, '')}-工作报告.txt`), f.text));
      // One report twice (a copy under another name, CRLF): one entry, parsed once, on whichever thread.
      writeFileSync(join(src, '副本-工作报告.txt'), reports[4].text.replace(/\n/g, '\r\n'));
      writeFileSync(join(src, '坏-工作报告.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0, 7]));
      const build = async (script: string | undefined) => {
        const logs: string[] = [];
        const store = new LibraryStore(undefined, (m) => logs.push(m), script);
        const r = await store.build({ roots: [src], paths: [] });
        return { r, logs, entries: store.index.all() };
      };
      const here = await build(undefined);
      const script = join(ROOT, 'dist', 'library-worker.js');
      const workers = await build(script);
      const broken = await build(join(src, 'no-such-worker.js'));
      assert.strictEqual(here.r.parsed, 30);
      assert.strictEqual(here.entries.length, 30);
      assert.ok(here.entries.some((e) => e.alsoAt?.length === 1));
      assert.ok(
        here.logs.some((l) => /坏-工作报告.txt: a binary file/.test(l)),
        here.logs.join('\n'),
      );
      for (const [what, b] of [
        ['worker threads', workers],
        ['a worker that cannot start', broken],
      ] as const) {
        assert.deepStrictEqual(b.r, here.r, what);
        assert.deepStrictEqual(b.logs, here.logs, what);
        assert.deepStrictEqual(b.entries, here.entries, what);
      }
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
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
