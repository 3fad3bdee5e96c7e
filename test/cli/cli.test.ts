import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, SHARED_SEEDS, sharedSeed, sharedSeedPath } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const seed = sharedSeedPath;
const tmp = mkdtempSync(join(tmpdir(), 'wr-cli-'));

describe('work-report CLI', () => {
  it('outline --json follows the contract: {file, sections: [{title, kind, number, line, children}]}', () => {
    const r = run('outline', seed('004'), '--json');
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.file, seed('004'));
    assert.strictEqual(j.sections.length, 2);
    const [part] = j.sections;
    assert.deepStrictEqual([part.title, part.kind, part.number, part.line], ['过去一年的主要工作', 'part', null, 4]);
    const ch = part.children[0];
    assert.deepStrictEqual(
      [ch.title, ch.kind, ch.number, ch.line],
      ['坚持党的全面领导,政治引领得到新提升', 'chapter', '一', 6],
    );
    assert.ok(Array.isArray(ch.children) && ch.children[0].kind === 'lead');
    assert.strictEqual(j.header.speaker, '衢州市人大常委会主任 吴国升');
  });

  it('outline prints an indented tree', () => {
    const r = run('outline', seed('003'));
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^邵阳市人民代表大会常务委员会工作报告 — 2023年12月26日/);
    assert.match(r.out, /\n\s+17 {4}一、坚持党的领导,在强化政治引领中展现人大站位 {2}\[chapter\]/);
  });

  it('check --json reports repeats with LSP ranges and exits 1 on warnings', () => {
    const r = run('check', seed('000'), seed('004'), '--json');
    assert.strictEqual(r.code, 1, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(
      j.map((f: any) => f.diagnostics.filter((d: any) => d.code.startsWith('repeat.')).length),
      [4, 0],
    );
    // Seed 004's only findings are the punctuation norms (its half-width commas and 各位代表:), information only.
    assert.deepStrictEqual(
      [...new Set(j[1].diagnostics.map((x: any) => `${x.code} ${x.severity}`))],
      ['norm.punctuation information'],
    );
    const d = j[0].diagnostics.find((x: any) => x.code === 'repeat.paragraph');
    assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'related', 'severity']);
    assert.deepStrictEqual(
      [d.code, d.severity, d.range.start],
      ['repeat.paragraph', 'warning', { line: 77, character: 0 }],
    );
    assert.deepStrictEqual(d.related[0].range.start, { line: 61, character: 0 });
  });

  it('check exits 0 on clean reports and prints file:line:col lines otherwise', () => {
    assert.strictEqual(run('check', seed('001'), seed('002'), seed('003')).code, 0);
    const r = run('check', seed('000'));
    assert.match(
      r.out,
      /\n.+000_c52fe57955686e89\.txt:78:1: warning: 本段与第 62 行的段落重复。 \[repeat\.paragraph\]\n/,
    );
    assert.match(r.out, /^.+000_c52fe57955686e89\.txt:36:1: warning: 编号从「四」开始.*\[numbering\.gap\]$/m);
  });

  it('checks every report in a folder (not its README), and says so when a folder holds none', () => {
    let r = run('check', SHARED_SEEDS, '--json');
    assert.strictEqual(r.code, 1, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(
      j.map((f: any) => f.file.replace(/.*[\\/]/, '')),
      [
        '000_c52fe57955686e89.txt',
        '001_7e7b6acc9ba73c07.txt',
        '002_925634a4c4223f1c.txt',
        '003_ae64ff212c67bb34.txt',
        '004_552b82713600b852.txt',
      ],
    );
    assert.deepStrictEqual(
      j.map((f: any) => f.diagnostics.some((d: any) => !/^(norm|term)\./.test(d.code))),
      [true, false, false, false, false],
    );
    const empty = mkdtempSync(join(tmpdir(), 'wr-cli-empty-'));
    r = run('check', empty, seed('001'));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /文件夹中没有 \.txt、\.md 或 \.docx 报告/);
    r = run('outline', SHARED_SEEDS);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /是文件夹：请给出一个报告文件/);
  });

  it('reads GBK/GB18030 files', () => {
    const gbk = join(tmp, 'gbk-工作报告.txt');
    const text = '各位代表：\n一、坚持党的领导\n（一）加强政治建设\n';
    writeFileSync(gbk, Buffer.from(new TextEncoderGbk().encode(text)));
    const r = run('outline', gbk, '--json');
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual([j.sections[0].title, j.sections[0].children[0].title], ['坚持党的领导', '加强政治建设']);
  });

  it('refuses binary input and missing files with exit 2 and a clear message', () => {
    const bin = join(tmp, '工作报告.txt');
    writeFileSync(
      bin,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    let r = run('check', bin);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /二进制文件/);
    r = run('outline', join(tmp, 'missing.txt'));
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /无法读取.*ENOENT/);
  });

  it('exits 2 on bad usage and explains in English when asked', () => {
    assert.strictEqual(run().code, 2);
    assert.strictEqual(run('frobnicate', seed('000')).code, 2);
    assert.strictEqual(run('outline', seed('000'), seed('001')).code, 2);
    const r = run('check', seed('000'), '--bogus', '--lang', 'en');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /unknown option: --bogus/);
    assert.strictEqual(run('--help').code, 0);
    // reviews: a draft and at least one returned copy, which must be a Word document.
    assert.strictEqual(run('reviews', seed('000')).code, 2);
    const notWord = run('reviews', seed('000'), seed('001'));
    assert.strictEqual(notWord.code, 2);
    assert.match(notWord.err, /不是 Word 文档（\.docx）/);
    assert.match(notWord.out, /0 条意见/);
  });

  it('reads .workreportrc.json: severities, ignored files, and says what is wrong in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-rc-'));
    writeFileSync(join(dir, '草稿-工作报告.txt'), sharedSeed('000'));
    require('fs').mkdirSync(join(dir, '旧稿'));
    writeFileSync(join(dir, '旧稿', '旧-工作报告.txt'), sharedSeed('000'));
    const numberingOff = {
      'numbering.order': 'off',
      'numbering.repeat': 'off',
      'numbering.gap': 'off',
      'numbering.style': 'off',
      'numbering.reference': 'off',
    };
    writeFileSync(
      join(dir, '.workreportrc.json'),
      JSON.stringify({
        severity: {
          ...numberingOff,
          'repeat.section': 'information',
          'repeat.paragraph': 'off',
          'repeat.sentence': 'hint',
        },
        ignore: ['旧稿/**'],
        repeat: { nearThreshold: 7 },
      }),
    );
    const r = run('check', join(dir, '草稿-工作报告.txt'), join(dir, '旧稿', '旧-工作报告.txt'), '--json');
    assert.strictEqual(r.code, 0, 'information and hints only');
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(
      j[0].diagnostics.filter((d: any) => !/^(norm|term)\./.test(d.code)).map((d: any) => `${d.code} ${d.severity}`),
      ['repeat.sentence hint', 'repeat.section information', 'repeat.section information'],
    );
    assert.deepStrictEqual(j[1].diagnostics, []);
    assert.match(r.err, /repeat\.nearThreshold: expected a number from 0\.3 to 1/);
  });

  it('checks an empty file without complaint', () => {
    const empty = join(tmp, 'empty-工作报告.txt');
    writeFileSync(empty, '');
    const r = run('check', empty, '--json');
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.out), [{ file: empty, diagnostics: [] }]);
    assert.ok(sharedSeed('000').length > 0);
  });
});

/** A GBK encoder for the handful of characters the test uses (Node has a GBK decoder but no encoder). */
class TextEncoderGbk {
  private static readonly TABLE: Record<string, number[]> = {
    各: [0xb8, 0xf7],
    位: [0xce, 0xbb],
    代: [0xb4, 0xfa],
    表: [0xb1, 0xed],
    '：': [0xa3, 0xba],
    一: [0xd2, 0xbb],
    '、': [0xa1, 0xa2],
    坚: [0xbc, 0xe1],
    持: [0xb3, 0xd6],
    党: [0xb5, 0xb3],
    的: [0xb5, 0xc4],
    领: [0xc1, 0xec],
    导: [0xb5, 0xbc],
    '（': [0xa3, 0xa8],
    '）': [0xa3, 0xa9],
    加: [0xbc, 0xd3],
    强: [0xc7, 0xbf],
    政: [0xd5, 0xfe],
    治: [0xd6, 0xce],
    建: [0xbd, 0xa8],
    设: [0xc9, 0xe8],
  };
  encode(s: string): Uint8Array {
    const out: number[] = [];
    for (const ch of s) {
      if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else {
        const b = TextEncoderGbk.TABLE[ch];
        if (!b) throw new Error(`no GBK bytes for ${ch}`);
        out.push(...b);
      }
    }
    // Check the table against Node's own decoder, so a wrong entry fails here and not as a parser bug.
    const back = new TextDecoder('gbk').decode(new Uint8Array(out));
    if (back !== s) throw new Error(`GBK table is wrong: ${back}`);
    return new Uint8Array(out);
  }
}

describe('work-report fix --numbering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wr-fix-'));
  const text = ['一、立法工作', '（一）科学立法', '（三）民主立法', '三、监督工作', '三、代表工作', ''].join('\n');
  it('prints the renumbered text, changing only the numbers, and each change on stderr', () => {
    const file = join(dir, '草稿-工作报告.txt');
    writeFileSync(file, text);
    const r = run('fix', '--numbering', file);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(
      r.out,
      ['一、立法工作', '（一）科学立法', '（二）民主立法', '二、监督工作', '三、代表工作', ''].join('\n'),
    );
    assert.strictEqual(
      r.err,
      ['重新编号：改动 2 处', '  第 3 行：（三） → （二）', '  第 4 行：三、 → 二、', ''].join('\n'),
    );
  });
  it('leaves a run alone whose numbers are all there, only out of order, and says so on stderr', () => {
    const file = join(dir, '顺序-工作报告.txt');
    const permuted = [
      '一、立法工作',
      '（二）民主立法',
      '（一）科学立法',
      '三、监督工作',
      '二、代表工作',
      '（三）甲',
    ].join('\n');
    writeFileSync(file, permuted);
    const r = run('fix', '--numbering', file);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(
      r.out,
      ['一、立法工作', '（二）民主立法', '（一）科学立法', '三、监督工作', '二、代表工作', '（一）甲', ''].join('\n'),
    );
    const err = r.err.split('\n');
    assert.deepStrictEqual(err.slice(0, 2), ['重新编号：改动 1 处', '  第 6 行：（三） → （一）']);
    assert.match(err[2], /^第 1 行起的一组编号「一、三、二、」齐全，只是顺序颠倒，未重新编号.*「按编号调整顺序」/);
    assert.match(err[3], /^第 2 行起的一组编号「（二）（一）」齐全/);
  });
  it('writes in place with --write, keeping a .bak of the original', () => {
    const file = join(dir, '原稿-工作报告.txt');
    writeFileSync(file, text);
    const r = run('fix', '--numbering', '--write', file);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(require('fs').readFileSync(`${file}.bak`, 'utf8'), text);
    assert.match(require('fs').readFileSync(file, 'utf8'), /（二）民主立法\n二、监督工作\n三、代表工作/);
    assert.match(r.err, /第 4 行：三、 → 二、\n已重新编号/);
    assert.strictEqual(run('check', file).code, 0, 'no findings after the fix');
  });
  it('needs --numbering', () => {
    assert.strictEqual(run('fix', join(dir, '草稿-工作报告.txt')).code, 2);
  });
});

describe('work-report compare', () => {
  it('compares a draft with a library folder (JSON), leaving the draft out of its own library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-cmp-'));
    const base = require('fs').readFileSync(join(ROOT, 'seeds', '2019-株洲市人大常委会工作报告.txt'), 'utf8') as string;
    const draft = join(dir, '2020-株洲市人大常委会工作报告.txt');
    writeFileSync(
      draft,
      base.replace(
        '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
        '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
      ),
    );
    const r = run('compare', draft, '--library', join(ROOT, 'seeds'), '--json');
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.reports, 5);
    assert.strictEqual(j.summary.lastYear.info.year, 2019);
    assert.ok(j.figures.find((f: any) => f.metric === '常委会会议').sameAsLastYear);
    const text = run('compare', draft, '--library', join(ROOT, 'seeds'));
    assert.match(text.out, /有 \d+% 的文字见于 5 份往年报告/);
    assert.strictEqual(run('compare', draft).code, 2, '--library is required');
  });

  it('lists each distinct past report once, never the draft: not by its path, nor a copy of it under another name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-cmp-dedupe-'));
    const seedsDir = join(ROOT, 'seeds');
    const y2019 = require('fs').readFileSync(join(seedsDir, '2019-株洲市人大常委会工作报告.txt'), 'utf8') as string;
    const y2022 = require('fs').readFileSync(join(seedsDir, '2022-株洲市人大常委会工作报告.txt'), 'utf8') as string;
    writeFileSync(join(dir, '2019-株洲市人大常委会工作报告.txt'), y2019);
    writeFileSync(join(dir, '2022-株洲市人大常委会工作报告.txt'), y2022);
    writeFileSync(join(dir, '株洲2022（另存副本）.txt'), y2022.replace(/\n/g, '\r\n'));
    const draftText = y2022.replace(
      '2022年12月29日在株洲市第十六届人民代表大会第二次会议上',
      '2023年12月28日在株洲市第十六届人民代表大会第三次会议上',
    );
    const draft = join(dir, '2023-株洲市人大常委会工作报告.txt');
    writeFileSync(draft, draftText);
    writeFileSync(join(dir, '2023草稿备份.txt'), draftText);
    const j = JSON.parse(run('compare', draft, '--library', dir, '--json').out);
    assert.strictEqual(j.reports, 2);
    assert.deepStrictEqual(
      j.library.map((e: any) => [
        e.file.slice(dir.length + 1),
        e.year,
        (e.alsoAt ?? []).map((a: string) => a.slice(dir.length + 1)),
      ]),
      [
        ['2019-株洲市人大常委会工作报告.txt', 2019, []],
        ['2022-株洲市人大常委会工作报告.txt', 2022, ['株洲2022（另存副本）.txt']],
      ],
    );
    assert.strictEqual(j.summary.lastYear.info.year, 2022);
  });
});
