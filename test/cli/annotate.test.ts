/** `check DRAFT.docx --annotate OUT.docx` through the built CLI: what it writes, what it refuses, its exit codes. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, sharedSeedPath } from '../helpers';
import { commentsOf, unzipParts, utf8 } from '../word/annotateSupport';

const CLI = join(ROOT, 'dist', 'cli.js');
function run(args: string[], lang = 'zh_CN.UTF-8') {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: lang } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('work-report check --annotate', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'wr-cli-annotate-'));
  const draft = join(tmp, '2022年工作报告.docx');
  const out = join(tmp, '2022年工作报告（批注）.docx');

  before(() => {
    const e = run(['export', sharedSeedPath('000'), '-o', draft]);
    assert.strictEqual(e.code, 0, e.err);
  });

  it('writes a copy with a comment per finding, prints the findings as check does, exits 1 on warnings', () => {
    const plain = run(['check', draft, '--json']);
    const r = run(['check', draft, '--annotate', out, '--json']);
    assert.strictEqual(r.code, 1, r.err);
    assert.strictEqual(r.out, plain.out);
    const findings = JSON.parse(r.out)[0].diagnostics;
    assert.match(r.err, new RegExp(`已写出 .*（批注）\\.docx（${findings.length} 条批注）`));
    const comments = [...commentsOf(utf8(unzipParts(readFileSync(out))['word/comments.xml'])).values()];
    assert.strictEqual(comments.length, findings.length);
    const repeat = findings.find((d: { code: string }) => d.code === 'repeat.paragraph');
    const c = comments.find((x) => x.text.endsWith('（repeat.paragraph）'))!;
    assert.deepStrictEqual([c.author, c.initials], ['工作报告助手', '助手']);
    // The message without the paragraph the CLI names: the comment stands on it.
    assert.strictEqual(c.text, `${repeat.message.replace(/（Word 第 \d+ 段）$/, '')}（repeat.paragraph）`);
    // Again: the earlier copy is kept as .bak.
    const again = run(['check', draft, '--annotate', out]);
    assert.strictEqual(again.code, 1);
    assert.match(again.err, /原文件保存为 .*\.bak/);
    assert.ok(existsSync(`${out}.bak`));
  });

  it('refuses a text report, the document itself, another kind of file, several inputs, another command', () => {
    const text = run(['check', sharedSeedPath('000'), '--annotate', join(tmp, 'x.docx')]);
    assert.strictEqual(text.code, 2);
    assert.match(text.err, /不是 Word 文档：批注只能写进 \.docx\/\.docm/);
    const en = run(['check', sharedSeedPath('000'), '--annotate', join(tmp, 'x.docx'), '--lang', 'en']);
    assert.match(en.err, /is not a Word document: comments go into a \.docx\/\.docm only/);
    const before = readFileSync(draft);
    const self = run(['check', draft, '--annotate', draft]);
    assert.strictEqual(self.code, 2);
    assert.match(self.err, /是原文档本身/);
    assert.deepStrictEqual(readFileSync(draft), before);
    const notes = join(tmp, 'notes.txt');
    writeFileSync(notes, 'mine');
    const kind = run(['check', draft, '--annotate', notes]);
    assert.strictEqual(kind.code, 2);
    assert.match(kind.err, /须是 \.docx 文件/);
    assert.strictEqual(readFileSync(notes, 'utf8'), 'mine');
    assert.strictEqual(run(['check', draft, draft, '--annotate', join(tmp, 'y.docx')]).code, 2);
    assert.strictEqual(run(['outline', draft, '--annotate', join(tmp, 'y.docx')]).code, 2);
    assert.ok(!existsSync(join(tmp, 'x.docx')) && !existsSync(join(tmp, 'y.docx')));
  });

  it('is in the help, in Chinese and English', () => {
    const help = run(['--help']).out;
    assert.match(help, /--annotate OUT\.docx：把检查结果写成 Word 批注/);
    assert.match(help, /write the\s+findings as Word comments/);
  });
});
