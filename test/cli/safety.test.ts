/**
 * Hostile and fragile inputs through the CLI: special files behind report names, a pathological glob, and
 * `fix --write` when the write cannot be completed, with backups taken, on every encoding the reader accepts.
 * Each input is made here, and every run is bounded by a timeout that fails the test instead of hanging it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as iconv from 'iconv-lite';
import { ROOT, sharedSeed } from '../helpers';
import { hostileFolder } from '../hostile';
import { PATHOLOGICAL } from '../../bench/pathological';
import { globMatcher, ignoreMatcher } from '../../server/src/config/glob';

const CLI = join(ROOT, 'dist', 'cli.js');
function run(args: string[], opts: { timeout?: number; shell?: string } = {}) {
  const r = opts.shell
    ? spawnSync(
        'bash',
        ['-c', `${opts.shell}; exec "${process.execPath}" "${CLI}" ${args.map((a) => `'${a}'`).join(' ')}`],
        { encoding: 'utf8', timeout: opts.timeout ?? 15000 },
      )
    : spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf8',
        timeout: opts.timeout ?? 15000,
        env: { ...process.env, LANG: 'en_US.UTF-8' },
      });
  assert.strictEqual(r.error, undefined, `timed out or failed to start: ${String(r.error)}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('special files are refused, never read endlessly or waited on', () => {
  let h: Awaited<ReturnType<typeof hostileFolder>>;
  before(async () => {
    h = await hostileFolder();
  });
  after(() => h.close());

  it('check DIR checks the real report and says why each special file was skipped', () => {
    const r = run(['check', h.dir, '--json']);
    assert.strictEqual(r.code, 2, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(
      j.map((f: any) => f.file.slice(h.dir.length + 1)),
      ['2022-株洲市人大常委会工作报告.txt'],
    );
    assert.ok(j[0].diagnostics.length > 0);
    assert.match(r.err, /管道-工作报告\.txt: not a regular file \(a FIFO\)/);
    assert.match(r.err, /附件-工作报告\.txt: not a regular file \(a device\)/);
    assert.match(r.err, /套接字-工作报告\.txt: (not a regular file|ENXIO|a socket)/);
  });

  it('check and outline on a special file itself: exit 2 with one line', () => {
    for (const name of ['管道-工作报告.txt', '附件-工作报告.txt']) {
      const r = run(['outline', join(h.dir, name)]);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.err.trim().split('\n').length, 1, r.err);
    }
  });

  it('compare with a library folder holding them', () => {
    const r = run(['compare', join(h.dir, '2022-株洲市人大常委会工作报告.txt'), '--library', h.dir, '--json']);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(JSON.parse(r.out).reports, 0);
  });

  it('a .workreportrc.json that is a link to /dev/zero is an error in the configuration, not a hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-rczero-'));
    writeFileSync(join(dir, '工作报告.txt'), sharedSeed('004'));
    symlinkSync('/dev/zero', join(dir, '.workreportrc.json'));
    const r = run(['check', join(dir, '工作报告.txt')]);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /\.workreportrc\.json: a device/);
  });
});

describe('globs (picomatch)', () => {
  it('matches what a user means: no partial names, {a,b}, [0-9], negation', () => {
    assert.strictEqual(globMatcher('**/draft.txt')('mydraft.txt'), false);
    assert.strictEqual(globMatcher('**/draft.txt')('a/draft.txt'), true);
    assert.strictEqual(globMatcher('a/**/b.txt')('a/xb.txt'), false);
    assert.strictEqual(globMatcher('a/**/b.txt')('a/b.txt'), true);
    assert.strictEqual(globMatcher('a/**/b.txt')('a/x/y/b.txt'), true);
    assert.strictEqual(globMatcher('{旧稿,草稿}/*.txt')('草稿/1.txt'), true);
    assert.strictEqual(
      globMatcher('20[0-9][0-9]-*.txt')('x/2023-株洲.txt'),
      true,
      'a pattern without / matches a base name anywhere',
    );
    assert.strictEqual(globMatcher('20[0-9][0-9]-*.txt')('x/20a3-株洲.txt'), false);
    const ignored = ignoreMatcher(['旧稿/**', '!旧稿/保留.txt']);
    assert.deepStrictEqual(['旧稿/a.txt', '旧稿/保留.txt', '新稿/a.txt'].map(ignored), [true, false, false]);
  });

  it('a pathological pattern over a deep path stays fast (it took > 30 s before)', () => {
    const deep = Array.from({ length: 60 }, () => 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa').join('/') + '/c.txt';
    const t = process.hrtime.bigint();
    for (const n of [6, 10, 14])
      assert.strictEqual(globMatcher(Array.from({ length: n }, () => '**a').join('') + '**b')(deep), false);
    assert.ok(
      Number(process.hrtime.bigint() - t) / 1e6 < 2000,
      'bounded: well under the 30 s it took with the old translation',
    );
  });

  it('the CLI with that pattern in .workreportrc.json returns promptly', () => {
    let dir = mkdtempSync(join(tmpdir(), 'wr-glob-'));
    writeFileSync(join(dir, '.workreportrc.json'), JSON.stringify({ ignore: ['**a**a**a**a**a**a**b'] }));
    for (let i = 0; i < 30; i++) {
      dir = join(dir, 'aaaaaaaaaaaaaaaa');
      mkdirSync(dir);
    }
    writeFileSync(join(dir, '工作报告.txt'), sharedSeed('004'));
    const r = run(['check', join(dir, '工作报告.txt')], { timeout: 10000 });
    assert.strictEqual(r.code, 0, r.err);
  });
});

describe('pathological drafts through the CLI', () => {
  it('50,000 identical paragraphs: one grouped finding, in bounded time (it ran out of memory before)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-50k-'));
    const file = join(dir, '工作报告.txt');
    writeFileSync(file, PATHOLOGICAL[0].make(50_000));
    const r = run(['check', file, '--json'], { timeout: 30000 });
    assert.strictEqual(r.code, 1, r.err);
    const d = JSON.parse(r.out)[0].diagnostics;
    assert.deepStrictEqual(
      d.map((x: any) => x.code),
      ['repeat.paragraph'],
    );
    assert.match(d[0].message, /it occurs 50000 times/);
    assert.strictEqual(d[0].related[0].range.start.line, 1, 'points at the first copy');
  });
});

describe('fix --write is safe', () => {
  const seed000 = sharedSeed('000');
  const dirWith = (name: string, bytes: Buffer | string) => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-fix-'));
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return { dir, file };
  };

  it('a write that fails part-way (file-size limit) leaves the report byte-identical, exit 2, one line', () => {
    const { dir, file } = dirWith('r.txt', seed000);
    const before = readFileSync(file);
    const r = run(['fix', '--numbering', '--write', file], { shell: 'ulimit -f 8' });
    assert.strictEqual(r.code, 2);
    assert.match(r.err.trim(), /^cannot write .*r\.txt: EFBIG/);
    assert.ok(readFileSync(file).equals(before));
    assert.deepStrictEqual(readdirSync(dir), ['r.txt'], 'no temporary file or backup left behind');
  });

  it('never overwrites a backup: FILE.bak taken → FILE.bak.1; FILE.bak a folder → FILE.bak.1', () => {
    const { dir, file } = dirWith('r.txt', seed000);
    writeFileSync(`${file}.bak`, 'an older backup');
    let r = run(['fix', '--numbering', '--write', file]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(readFileSync(`${file}.bak`, 'utf8'), 'an older backup');
    assert.strictEqual(readFileSync(`${file}.bak.1`, 'utf8'), seed000);
    assert.notStrictEqual(readFileSync(file, 'utf8'), seed000);
    const second = dirWith('r.txt', seed000);
    mkdirSync(`${second.file}.bak`);
    r = run(['fix', '--numbering', '--write', second.file]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(readFileSync(`${second.file}.bak.1`, 'utf8'), seed000);
    void dir;
  });

  it('keeps the encoding, BOM and line endings: GBK, UTF-16 LE/BE, UTF-8 with BOM, CRLF', () => {
    const crlf = seed000.replace(/\n/g, '\r\n');
    const cases: [string, Buffer, (b: Buffer) => string][] = [
      ['gbk', iconv.encode(seed000, 'gbk'), (b) => iconv.decode(b, 'gbk')],
      [
        'utf16le',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed000, 'utf16le')]),
        (b) => {
          assert.deepStrictEqual([...b.subarray(0, 2)], [0xff, 0xfe]);
          return b.subarray(2).toString('utf16le');
        },
      ],
      [
        'utf16be',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed000, 'utf16le').swap16()]),
        (b) => {
          assert.deepStrictEqual([...b.subarray(0, 2)], [0xfe, 0xff]);
          return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
        },
      ],
      [
        'bom',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed000)]),
        (b) => {
          assert.deepStrictEqual([...b.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
          return b.subarray(3).toString('utf8');
        },
      ],
      [
        'crlf',
        Buffer.from(crlf),
        (b) => {
          assert.ok(!/[^\r]\n/.test(b.toString('utf8')), 'every line ends in CRLF');
          return b.toString('utf8').replace(/\r\n/g, '\n');
        },
      ],
    ];
    const expected = run(['fix', '--numbering', dirWith('r.txt', seed000).file]).out;
    for (const [name, bytes, decode] of cases) {
      const { file } = dirWith(`${name}.txt`, bytes);
      const r = run(['fix', '--numbering', '--write', file]);
      assert.strictEqual(r.code, 0, `${name}: ${r.err}`);
      assert.ok(readFileSync(`${file}.bak`).equals(bytes), `${name}: the backup is the original`);
      assert.strictEqual(decode(readFileSync(file)).replace(/\n$/, ''), expected.replace(/\n$/, ''), name);
    }
  });

  it('refuses a read-only file with one line and exit 2, leaving it as it was', () => {
    const { file } = dirWith('r.txt', seed000);
    chmodSync(file, 0o444);
    const r = run(['fix', '--numbering', '--write', file]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err.trim(), /^.*r\.txt is read-only$/);
    assert.strictEqual(readFileSync(file, 'utf8'), seed000);
    assert.ok(!existsSync(`${file}.bak`));
  });

  it("writes through a symlink to its target, keeping the link and the target's mode", () => {
    const { dir, file } = dirWith('real.txt', seed000);
    chmodSync(file, 0o640);
    const link = join(dir, 'link.txt');
    symlinkSync(file, link);
    const r = run(['fix', '--numbering', '--write', link]);
    assert.strictEqual(r.code, 0, r.err);
    assert.ok(require('fs').lstatSync(link).isSymbolicLink());
    assert.notStrictEqual(readFileSync(file, 'utf8'), seed000);
    assert.strictEqual(require('fs').statSync(file).mode & 0o777, 0o640);
  });
});
