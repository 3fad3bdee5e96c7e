/**
 * Writes that cannot land on the wrong file, and folder walks that cannot loop: the export never replaces its own
 * input (through a link either), never writes through a link planted at its target, is bounded in size and never
 * writes a document that is not well-formed; `check DIR` and `compare --library` end on folders whose links loop.
 */
import * as assert from 'assert';
import { unzipSync, strFromU8 } from 'fflate';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readDocx, unwritableChars } from '../../server/src/core';
import { assertBounded, boundedCli } from '../bounded';
import { ROOT } from '../helpers';

const SEED = readFileSync(join(ROOT, 'seeds', '2022-株洲市人大常委会工作报告.txt'), 'utf8');

describe('the CLI writes only where it was asked, and walks folders that loop', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-hostile-write-'));

  it('export -o LINK where LINK points at the input: refused, the input untouched', () => {
    const input = join(dir, '报告-工作报告.txt');
    writeFileSync(input, SEED);
    symlinkSync(input, join(dir, 'link.docx'));
    const r = boundedCli(['export', input, '-o', join(dir, 'link.docx')]);
    assertBounded(r);
    assert.strictEqual(r.status, 2);
    assert.match(r.err, /is the report itself/);
    assert.strictEqual(readFileSync(input, 'utf8'), SEED);
  });

  it('a link planted where the export writes (into another folder): the link is replaced, its target untouched', () => {
    const out = join(dir, 'out');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'victim.docx'), 'not to be touched');
    const input = join(out, '2022-工作报告.txt');
    writeFileSync(input, SEED);
    symlinkSync(join(elsewhere, 'victim.docx'), join(out, '2022-工作报告.docx'));
    const r = boundedCli(['export', input]);
    assertBounded(r);
    assert.strictEqual(r.status, 0, r.err);
    assert.strictEqual(readFileSync(join(elsewhere, 'victim.docx'), 'utf8'), 'not to be touched');
    assert.deepStrictEqual(readdirSync(elsewhere), ['victim.docx']);
    assert.ok(!lstatSync(join(out, '2022-工作报告.docx')).isSymbolicLink());
    assert.ok(readDocx(readFileSync(join(out, '2022-工作报告.docx'))).ok);
  });

  it('a paragraph with 120,000 ** exports in linear time; 60,000 bold spans are refused by the bold-mark limit', () => {
    const input = join(dir, 'stars-工作报告.txt');
    writeFileSync(input, SEED + '这是正文' + '**'.repeat(20_000) + '。\n');
    const r = boundedCli(['export', input, '-o', join(dir, 'stars.docx')]);
    assertBounded(r);
    assert.strictEqual(r.status, 0, r.err);
    assert.ok(r.seconds < 10, `${r.seconds} s`);
    writeFileSync(input, SEED + '这是正文' + '**'.repeat(120_000) + '。\n');
    const many = boundedCli(['export', input, '-o', join(dir, 'stars.docx')]);
    assertBounded(many);
    assert.strictEqual(many.status, 2);
    assert.match(many.err, /over the limit exportBoldMarks:/);
    writeFileSync(input, SEED + '这是正文' + '**字'.repeat(60_000) + '。\n');
    const spans = boundedCli(['export', input, '-o', join(dir, 'stars.docx')]);
    assertBounded(spans, 300);
    assert.match(spans.err, /over the limit exportBoldMarks:/);
  });

  it('U+FFFE and control characters are left out, said, and the document stays well-formed', () => {
    // (A lone surrogate cannot be in a UTF-8 file; over LSP it can: see hostileServer.test.ts.)
    const input = join(dir, 'chars-工作报告.txt');
    writeFileSync(input, SEED.replace('各位代表', '各位\uFFFE代\u0001表\u000B'));
    const r = boundedCli(['export', input, '-o', join(dir, 'chars.docx')]);
    assertBounded(r);
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.err, /3 control or invalid characters/);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'chars.docx')))['word/document.xml']);
    assert.strictEqual(unwritableChars(xml), 0);
    assert.match(xml, /各位代表/);
  });

  it('an 11 MB report: refused by the export limit before it is laid out, in bounded memory', () => {
    const input = join(dir, 'huge-工作报告.txt');
    writeFileSync(input, SEED.repeat(Math.ceil((11 * 1024 * 1024) / Buffer.byteLength(SEED))));
    const r = boundedCli(['export', input, '-o', join(dir, 'huge.docx')]);
    assertBounded(r, 500);
    assert.strictEqual(r.status, 2);
    assert.match(r.err, /over the limit export(Chars|Lines):/);
    assert.throws(() => lstatSync(join(dir, 'huge.docx')));
  });

  it('check DIR and compare --library over folders whose links loop: each report once, and an end', () => {
    const root = join(dir, 'loops');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'a', '2022-工作报告.txt'), SEED);
    for (let i = 0; i < 8; i++) {
      symlinkSync(root, join(root, 'a', 'b', `up${i}`));
      symlinkSync(join(root, 'a'), join(root, `side${i}`));
    }
    const check = boundedCli(['check', '--format', 'json', root]);
    assertBounded(check);
    assert.strictEqual(JSON.parse(check.out).length, 1, check.out.slice(0, 500));
    const draft = join(dir, '草稿-工作报告.txt');
    writeFileSync(draft, SEED);
    const compare = boundedCli(['compare', draft, '--library', root, '--json']);
    assertBounded(compare);
    assert.strictEqual(compare.status, 0, compare.err);
  });
});
