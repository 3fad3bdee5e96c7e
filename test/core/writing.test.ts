import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { completions, parseReport, TextDoc } from '../../server/src/core';
import { check, outlineLines, parse, ROOT, seedLibrary, sharedSeed } from '../helpers';

type Snippet = { prefix: string[]; body: string[]; description: string };
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'work-report.code-snippets'), 'utf8')) as Record<
  string,
  Snippet
>;

/** Expands a snippet body as VS Code would with every placeholder left at its default. */
function expand(body: string[]): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  const re = /\$\{(\d+):([^${}]*)\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  return text
    .replace(/\$\{(\d+):([^${}]*)\}/g, '$2')
    .replace(/\$\{(\d+)\}/g, (_, n) => defaults.get(n) ?? '')
    .replace(/\$\d+/g, '');
}

describe('snippets', () => {
  it('each has a Chinese prefix, a pinyin-initials prefix, a Chinese description and well-formed placeholders', () => {
    assert.ok(Object.keys(snippets).length >= 12);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p)) && s.prefix.some((p) => /^[a-z]+$/.test(p)), name);
      assert.match(s.description, /[\u4e00-\u9fff]/, name);
      const text = s.body.join('\n');
      assert.ok(
        !/\$\{[^}]*$/.test(text) && (text.match(/\$\{/g) ?? []).length === (text.match(/\}/g) ?? []).length,
        `${name}: unbalanced placeholders`,
      );
      assert.ok(!/\$\{\d+:[^}]*\$\{/.test(text), `${name}: nested placeholders`);
    }
  });
  it("the skeleton, expanded with its defaults, parses to the report's shape with no numbering or year findings, and invents no figure", () => {
    const text = expand(snippets['报告框架'].body);
    const model = parse(text);
    assert.strictEqual(model.header.title?.text, '某某市人民代表大会常务委员会工作报告');
    // No invented data: the session and every figure are placeholders, each flagged until filled in.
    assert.strictEqual(model.header.session, undefined);
    const blanks = check(text, { only: 'draft.placeholder' }).map((d) => text.slice(d.start, d.end));
    const slots = snippets['报告框架'].body.join('\n').match(/\$\{\d+:[XN]\}/g)!.length;
    assert.ok(slots >= 12 && blanks.every((b) => /^[XN]$/.test(b)), blanks.join(' '));
    assert.ok(blanks.length >= slots, blanks.join(' ')); // a slot written twice ($5) is flagged twice
    const top = model.sections.map((s) => `${s.kind} ${s.title}`);
    assert.deepStrictEqual(top, ['part 过去一年的主要工作', 'part 2024年主要任务']);
    assert.strictEqual(model.sections[0].children.filter((s) => s.kind === 'chapter').length, 5);
    assert.ok(model.sections[0].children.every((c) => c.kind !== 'chapter' || c.children.length === 2));
    const found = check(text, { only: /^(numbering|stale|figure)\./ });
    assert.deepStrictEqual(
      found.map((d) => d.code),
      [],
    );
  });
  it('every snippet expands to text that parses', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const m = parse(expand(s.body));
      assert.ok(m.paragraphs.length + m.header.lines.length >= 1, name);
      if (/党的领导|立法工作|监督工作|代表工作|自身建设/.test(name))
        assert.deepStrictEqual(outlineLines(m).length, 4, name);
    }
  });
});

describe('completions', () => {
  const lib = seedLibrary();
  const at = (text: string, marker = '|') => ({ text: text.replace(marker, ''), offset: text.indexOf(marker) });
  const labels = (text: string, uri = 'file:///d/草稿-株洲市人大常委会工作报告.txt') => {
    const { text: t, offset } = at(text);
    return completions(parseReport(new TextDoc(uri, t)), uri, offset, lib);
  };
  it("offers the next number in the run's own form", () => {
    const lines = sharedSeed('004').split('\n');
    const draft = [...lines.slice(0, 21), '|'].join('\n');
    assert.deepStrictEqual(
      labels(draft).map((s) => s.label),
      ['四、'],
    );
    const half = ['一、立法', '(一)科学立法', '(二)民主立法', '|'].join('\n');
    assert.deepStrictEqual(
      labels(half).map((s) => s.label),
      ['二、', '(三)'],
    );
    const full = ['一、立法', '（一）科学立法', '1.条目', '|'].join('\n');
    assert.deepStrictEqual(
      labels(full).map((s) => s.label),
      ['二、', '（二）', '2.'],
    );
  });
  it("works out the subtitle's session from the library's latest report of the place", () => {
    const draft = ['株洲市人民代表大会常务委员会工作报告', '——|', '各位代表：'].join('\n');
    const [s] = labels(draft);
    assert.strictEqual(s.kind, 'subtitle');
    assert.match(s.insertText, /^——\$\{1:2024\}年\$\{2:1\}月\$\{3:10\}日在株洲市第十六届人民代表大会第三次会议上$/);
    assert.match(s.detail.zh, /按 2022 年报告（第十六届第二次会议）推算/);
  });
  it('offers titles named in the draft and the library after 《', () => {
    const draft = ['一、立法', '修订《株洲市城市综合管理条例》。审议《株洲市|'].join('\n');
    const got = labels(draft).map((s) => s.label);
    assert.strictEqual(got[0], '株洲市城市综合管理条例');
    assert.ok(got.includes('株洲市工业遗产保护条例'), 'from the 2022 seed');
    assert.ok(got.every((t) => t.includes('株洲市')));
  });
  it("offers the key counts with last year's values, in the draft's comma style", () => {
    const draft = [
      '株洲市人民代表大会常务委员会工作报告',
      '——2024年1月10日在株洲市第十六届人民代表大会第三次会议上',
      '各位代表：',
      '2023年工作回顾',
      '2023年，全年共|',
    ].join('\n');
    const got = labels(draft);
    assert.ok(got.length >= 5);
    const meeting = got.find((s) => s.label.includes('常委会会议'))!;
    assert.strictEqual(meeting.insertText, '召开常委会会议${1:9}次');
    assert.match(meeting.detail.zh, /2022年为 9次/);
  });
});
