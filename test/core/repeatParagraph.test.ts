import * as assert from 'assert';
import { deleteParagraphLine, runChecks, TextDoc, type Check, type ReportDiagnostic } from '../../server/src/core';
import { repeatParagraph } from '../../server/src/core/checks/repeatParagraph';
import { parse, sharedSeed, shippedSeeds } from '../helpers';

function check(text: string, checks: readonly Check[] = [repeatParagraph]): ReportDiagnostic[] {
  const doc = new TextDoc('file:///draft/工作报告.txt', text);
  return runChecks(parse(text, doc.uri), { checks, positionAt: (o) => doc.positionAt(o) });
}

describe('repeat.paragraph', () => {
  it('fires on the 17 verbatim repeats of seed 000, on each later copy, pointing at every earlier copy', () => {
    const found = check(sharedSeed('000'));
    assert.deepStrictEqual(found.map((d) => d.range.start.line), [77, 99, 101, 103, 105, 107, 109, 111, 113, 115, 117, 119, 121, 123, 125, 127, 129]);
    const third = found.find((d) => d.range.start.line === 119)!;
    assert.deepStrictEqual(third.related.map((r) => r.range.start.line), [79, 99], 'the third copy of 五、 points at both earlier copies');
    assert.strictEqual(found[0].code, 'repeat.paragraph');
    assert.strictEqual(found[0].severity, 'warning');
    assert.match(found[0].message, /第 62 行/);
    assert.deepStrictEqual(found[0].data, { line: 77, firstLine: 61 });
  });

  it('stays silent on seeds 001–004 and on the shipped copies other than the 2022 Zhuzhou report', () => {
    for (const p of ['001', '002', '003', '004']) assert.deepStrictEqual(check(sharedSeed(p)), [], p);
    for (const s of shippedSeeds()) {
      const n = check(s.text).length;
      if (s.name.startsWith('2022-株洲')) assert.strictEqual(n, 17, 'the cleaned copy keeps every repeat');
      else assert.strictEqual(n, 0, s.name);
    }
  });

  it('ignores white space and punctuation width, not wording', () => {
    const a = '全年共召开常委会会议9次、主任会议22次, 审议通过地方性法规3部。';
    const typedAgain = '全年共召开常委会会议９次、主任会议２２次，审议通过地方性法规３部。';
    const edited = '全年共召开常委会会议10次、主任会议22次，审议通过地方性法规3部。';
    const found = check([a, '', typedAgain, '', edited].join('\n'));
    assert.deepStrictEqual(found.map((d) => d.range.start.line), [2]);
    assert.deepStrictEqual(found[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: typedAgain.length } });
  });

  it('does not fire on short formula lines that reports repeat on purpose', () => {
    assert.deepStrictEqual(check(['各位代表！', '正文一。', '各位代表！', '正文二。'].join('\n')), []);
  });

  it('reports 10,000 identical paragraphs in bounded output', () => {
    const para = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。';
    const found = check(Array(10_000).fill(para).join('\n'));
    assert.ok(found.length <= 500, `${found.length} findings`);
    assert.ok(found.length > 0);
  });
});

describe('check runner', () => {
  const boom: Check = { code: 'test.boom', defaultSeverity: 'error', description: { zh: '', en: '' }, run() { throw new Error('boom'); } };
  it('isolates a throwing check: the others still report and the error is passed on', () => {
    const errors: string[] = [];
    const text = sharedSeed('000');
    const doc = new TextDoc('x', text);
    const found = runChecks(parse(text), { checks: [boom, repeatParagraph], positionAt: (o) => doc.positionAt(o), onError: (c) => errors.push(c) });
    assert.deepStrictEqual(errors, ['test.boom']);
    assert.strictEqual(found.length, 17);
  });
  it('applies severity overrides and turns a check off', () => {
    const text = sharedSeed('000');
    const doc = new TextDoc('x', text);
    const model = parse(text);
    const asError = runChecks(model, { severities: { 'repeat.paragraph': 'error' }, positionAt: (o) => doc.positionAt(o) });
    assert.ok(asError.every((d) => d.severity === 'error'));
    assert.deepStrictEqual(runChecks(model, { severities: { 'repeat.paragraph': 'off' }, positionAt: (o) => doc.positionAt(o) }), []);
  });
  it('speaks English when asked', () => {
    const text = sharedSeed('000');
    const doc = new TextDoc('x', text);
    const [first] = runChecks(parse(text), { locale: 'en', positionAt: (o) => doc.positionAt(o) });
    assert.match(first.message, /repeats the one on line 62/);
  });
  it('stops when cancelled', () => {
    const text = sharedSeed('000');
    const doc = new TextDoc('x', text);
    assert.deepStrictEqual(runChecks(parse(text), { isCancelled: () => true, positionAt: (o) => doc.positionAt(o) }), []);
  });
});

describe('quick fix: delete the repeated paragraph', () => {
  const apply = (text: string, e: { start: number; end: number; newText: string }) => text.slice(0, e.start) + e.newText + text.slice(e.end);
  it('removes exactly that paragraph and one blank line around it', () => {
    const text = ['甲段落内容足够长，超过十个字。', '', '乙段落内容足够长，超过十个字。', '', '甲段落内容足够长，超过十个字。', '', '丙段落。', ''].join('\n');
    const edit = deleteParagraphLine(parse(text), 4)!;
    assert.strictEqual(apply(text, edit), ['甲段落内容足够长，超过十个字。', '', '乙段落内容足够长，超过十个字。', '', '丙段落。', ''].join('\n'));
  });
  it('handles the last line and CRLF', () => {
    const text = '甲段落内容足够长，超过十个字。\r\n\r\n甲段落内容足够长，超过十个字。';
    assert.strictEqual(apply(text, deleteParagraphLine(parse(text), 2)!), '甲段落内容足够长，超过十个字。');
    const mid = '甲段落内容足够长，超过十个字。\r\n甲段落内容足够长，超过十个字。\r\n乙。\r\n';
    assert.strictEqual(apply(mid, deleteParagraphLine(parse(mid), 1)!), '甲段落内容足够长，超过十个字。\r\n乙。\r\n');
  });
  it('applied to every repeat of seed 000, leaves one copy of each and no repeats', () => {
    let text = sharedSeed('000');
    for (let guard = 0; guard < 50; guard++) {
      const found = check(text);
      if (!found.length) break;
      const edit = deleteParagraphLine(parse(text), found[found.length - 1].range.start.line)!;
      const removed = text.slice(edit.start, edit.end);
      assert.ok(removed.trim().length > 0 && !removed.trim().includes('\n\n'), 'removes one paragraph');
      text = apply(text, edit);
    }
    assert.deepStrictEqual(check(text), []);
    const before = new Set(sharedSeed('000').split('\n').filter(Boolean));
    const after = new Set(text.split('\n').filter(Boolean));
    assert.deepStrictEqual([...before].filter((l) => !after.has(l)), [], 'every distinct paragraph survives');
  });
});
