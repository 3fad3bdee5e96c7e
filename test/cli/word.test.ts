import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, sharedSeedPath } from '../helpers';
import { docx, numberingXml, para } from '../word/docxFixture';

const CLI = join(ROOT, 'dist', 'cli.js');
function run(args: string[], opts: { input?: Buffer; lang?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, LANG: opts.lang ?? 'zh_CN.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const seed = sharedSeedPath;
const strip = (sections: any[]): any[] =>
  sections.map((s) => ({
    title: s.title,
    kind: s.kind,
    number: s.number,
    marker: s.marker,
    children: strip(s.children),
  }));

describe('work-report CLI with Word documents', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'wr-word-'));

  it("export SEED -o X.docx, then outline X.docx --json gives the seed's outline (every seed)", () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const out = join(tmp, `${p}.docx`);
      const e = run(['export', seed(p), '-o', out]);
      assert.strictEqual(e.code, 0, e.err);
      assert.match(e.err, /已写出/);
      // What the editor asks about before exporting, said after it (seed 000 has warnings and (一) markers left).
      if (p === '000') assert.match(e.err, /仍有 \d+ 处警告、.*\d+ 个编号是半角 \(一\)/);
      const a = JSON.parse(run(['outline', seed(p), '--json']).out);
      const b = JSON.parse(run(['outline', out, '--json']).out);
      assert.deepStrictEqual(strip(b.sections), strip(a.sections), p);
      assert.strictEqual(b.header.title, a.header.title);
    }
  });

  it('check on a .docx finds what it finds in the text, each finding naming its Word paragraph (text, json, sarif)', () => {
    const out = join(tmp, 'check.docx');
    run(['export', seed('000'), '-o', out]);
    const text = run(['check', seed('000')]);
    const word = run(['check', out]);
    assert.strictEqual(word.code, 1);
    const codes = (s: string) =>
      s
        .trim()
        .split('\n')
        .map((l) => /\[([\w.-]+)\]$/.exec(l)![1]);
    assert.deepStrictEqual(codes(word.out), codes(text.out));
    for (const line of word.out.trim().split('\n')) {
      const m = /^.*check\.docx:(\d+):\d+: (warning|info): .*（Word 第 (\d+) 段） \[[\w.-]+\]$/.exec(line);
      assert.ok(m, line);
      assert.ok(!/第 \d+ 行/.test(line), `lines become paragraphs: ${line}`);
    }
    const json = JSON.parse(run(['check', out, '--format', 'json']).out);
    assert.ok(json[0].diagnostics.every((d: any) => Number.isInteger(d.paragraph) && d.paragraph > 0));
    const sarif = JSON.parse(run(['check', out, '--format', 'sarif']).out);
    assert.ok(sarif.runs[0].results.every((r: any) => r.properties.wordParagraph > 0));
    const en = run(['check', out, '--lang', 'en']);
    assert.match(en.out, /\(Word paragraph \d+\) \[/);
    // The places a message names are paragraphs too — the earlier copy, the other statement — and related notes.
    assert.match(word.out, /本段与第 \d+ 段重复/);
    assert.ok(!/\bline \d+/i.test(en.out), en.out);
    assert.match(en.out, /repeats paragraph \d+/);
    const related = json[0].diagnostics.flatMap((d: any) => d.related.map((r: any) => r.message));
    assert.ok(related.length && related.every((m: string) => /^第 \d+ 段：/.test(m)), related.join(' | '));
  });

  it("Word's automatic numbering counts: a gap typed over a Word list is found in the .docx", () => {
    const body = [
      para('某市人民代表大会常务委员会工作报告'),
      para('各位代表：'),
      para(
        '现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。过去一年，常委会依法履职，各项工作取得新进展。',
      ),
      para('坚持党的全面领导', { numId: 1 }),
      para('常委会坚持以习近平新时代中国特色社会主义思想为指导，全年召开党组会议12次。'),
      para('四、加强立法工作'),
      para('制定地方性法规3件，修改2件。'),
    ].join('');
    const file = join(tmp, '工作报告-auto.docx');
    writeFileSync(file, docx({ body, numbering: numberingXml([['chineseCounting', '%1、']], [{ numId: 1 }]) }));
    const r = run(['check', file]);
    assert.match(r.out, /工作报告-auto\.docx:6:1: warning: .*「二」.*（Word 第 6 段） \[numbering\.gap\]/);
  });

  it('a folder check and compare take .docx reports; Word lock files (~$) are not reports', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(dir);
    run(['export', seed('000'), '-o', join(dir, '2022年工作报告.docx')]);
    writeFileSync(join(dir, '~$22年工作报告.docx'), Buffer.from('lock file'));
    const r = run(['check', dir, '--format', 'json']);
    assert.deepStrictEqual(
      JSON.parse(r.out).map((f: any) => f.file.split('/').pop()),
      ['2022年工作报告.docx'],
    );
    const c = run(['compare', seed('000'), '--library', dir, '--json']);
    assert.strictEqual(c.code, 0, c.err);
    assert.ok(JSON.parse(c.out).summary, c.out);
  });

  it('standard input with --stdin-filename X.docx is read as Word', () => {
    const bytes = readFileSync(join(tmp, '000.docx'));
    const r = run(['outline', '-', '--stdin-filename', 'draft.docx', '--json'], { input: bytes });
    assert.strictEqual(r.code, 0, r.err);
    assert.ok(JSON.parse(r.out).sections.length > 0);
  });

  it('export keeps an existing output as a backup, refuses to write over the report itself, needs -o for stdin', () => {
    const out = join(tmp, 'again.docx');
    writeFileSync(out, 'edited in Word');
    const r = run(['export', seed('003'), '-o', out]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(readFileSync(`${out}.bak`, 'utf8'), 'edited in Word');
    assert.strictEqual(readFileSync(out).subarray(0, 2).toString(), 'PK');
    const self = join(tmp, 'self.docx');
    writeFileSync(self, readFileSync(join(tmp, '000.docx')));
    const s = run(['export', self, '-o', self]);
    assert.strictEqual(s.code, 2);
    assert.match(s.err, /是报告本身/);
    assert.strictEqual(run(['export', '-'], { input: Buffer.from('一、总体要求\n') }).code, 2);
    // Default output: the report's name with .docx, beside it; a new file gets the usual mode.
    const txt = join(tmp, '2024年工作报告.txt');
    writeFileSync(txt, readFileSync(seed('004')));
    assert.strictEqual(run(['export', txt]).code, 0);
    assert.ok(existsSync(join(tmp, '2024年工作报告.docx')));
    assert.strictEqual(statSync(join(tmp, '2024年工作报告.docx')).mode & 0o777, 0o666 & ~process.umask());
    const locked = join(tmp, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const denied = run(['export', txt, '-o', join(locked, 'x.docx')]);
    if (process.getuid?.() !== 0) assert.strictEqual(denied.code, 2);
  });

  it('fix --write refuses a Word document, a damaged or protected one is said plainly (exit 2)', () => {
    const w = run(['fix', '--numbering', join(tmp, '000.docx'), '--write']);
    assert.strictEqual(w.code, 2);
    assert.match(w.err, /是 Word 文档/);
    const bad = join(tmp, 'bad.docx');
    writeFileSync(bad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const b = run(['check', bad]);
    assert.strictEqual(b.code, 2);
    assert.match(b.err, /有密码保护，或是旧版 \.doc/);
    const junk = join(tmp, 'junk.docx');
    writeFileSync(junk, 'not a zip at all');
    assert.match(
      run(['outline', junk], { lang: 'en_US.UTF-8' }).err,
      /cannot be read as a Word document: not a Word \.docx file/,
    );
  });
});
