import * as assert from 'assert';
import { diffChars, repeatHover, TextDoc } from '../../server/src/core';
import { diffTokens, type DiffCost } from '../../server/src/core/text/diff';
import { parse, rng, sharedSeed } from '../helpers';

const changes = (ops: { op: string; text: string }[]) =>
  ops.filter((o) => o.op !== 'equal').map((o) => `${o.op}:${o.text}`);
const side = (ops: { op: string; text: string }[], keep: string) =>
  ops
    .filter((o) => o.op === 'equal' || o.op === keep)
    .map((o) => o.text)
    .join('');

/** The offsets in `a` (equal and delete ops) and in `b` (equal and insert ops) where one op ends and the next begins. */
function cuts(ops: { op: string; text: string }[]): { a: number[]; b: number[] } {
  const out = { a: [] as number[], b: [] as number[] };
  let x = 0,
    y = 0;
  for (const o of ops) {
    if (o.op !== 'insert') out.a.push((x += o.text.length));
    if (o.op !== 'delete') out.b.push((y += o.text.length));
  }
  return out;
}
const DIGIT = /[0-9.%]/;
/** True when an op boundary falls inside a number of `s` (between two of its digits, its point or its %). */
const splitsNumber = (s: string, at: number[]) =>
  at.some((i) => i > 0 && i < s.length && /[0-9]/.test(s[i - 1]) && DIGIT.test(s[i]));

describe('numbers in a diff are one token', () => {
  it('15 → 18: the whole figure deleted and the new one inserted, side by side (never 1̶5̶8)', () => {
    const a = '全年共召开常委会会议15次、主任会议16次，听取和审议专项工作报告34个。';
    const b = '全年共召开常委会会议18次、主任会议16次，听取和审议专项工作报告34个。';
    const ops = diffChars(a, b);
    assert.deepStrictEqual(ops, [
      { op: 'equal', text: '全年共召开常委会会议' },
      { op: 'delete', text: '15' },
      { op: 'insert', text: '18' },
      { op: 'equal', text: '次、主任会议16次，听取和审议专项工作报告34个。' },
    ]);
  });

  it('a rate with its decimal point and percent sign: 6.5% → 7.2%', () => {
    assert.deepStrictEqual(
      changes(
        diffChars('全市地区生产总值增长6.5%，高于全省平均水平。', '全市地区生产总值增长7.2%，高于全省平均水平。'),
      ),
      ['delete:6.5%', 'insert:7.2%'],
    );
    // Same digits, another number: 95.49% → 95.4% is a changed figure, not a deleted 9.
    assert.deepStrictEqual(changes(diffChars('解决率为95.49%', '解决率为95.4%')), ['delete:95.49%', 'insert:95.4%']);
  });

  it('an amount with a decimal part, the unit kept: 215.3亿元 → 230亿元', () => {
    assert.deepStrictEqual(
      diffChars('一般公共预算收入完成215.3亿元，增长8.1%。', '一般公共预算收入完成230亿元，增长8.1%。'),
      [
        { op: 'equal', text: '一般公共预算收入完成' },
        { op: 'delete', text: '215.3' },
        { op: 'insert', text: '230' },
        { op: 'equal', text: '亿元，增长8.1%。' },
      ],
    );
  });

  it('Chinese numerals that make a number: 十二 → 一百二十, 二〇二二 → 二〇二三, 1,200 → 1,500', () => {
    assert.deepStrictEqual(changes(diffChars('共召开主任会议十二次', '共召开主任会议一百二十次')), [
      'delete:十二',
      'insert:一百二十',
    ]);
    assert.deepStrictEqual(changes(diffChars('二〇二二年工作回顾', '二〇二三年工作回顾')), [
      'delete:二〇二二',
      'insert:二〇二三',
    ]);
    assert.deepStrictEqual(changes(diffChars('培训代表1,200人次', '培训代表1,500人次')), [
      'delete:1,200',
      'insert:1,500',
    ]);
    assert.deepStrictEqual(diffTokens('增长6.5%，共15,000人，十二次，第一'), [
      ...'增长',
      '6.5%',
      '，',
      ...'共',
      '15,000',
      ...'人，',
      '十二',
      ...'次，第',
      '一',
    ]);
  });

  it('a sentence without figures diffs character by character, exactly as before', () => {
    assert.deepStrictEqual(
      diffChars('紧紧围绕全市中心工作依法履职尽责，持续加强自身建设', '紧紧围绕市委中心工作依法履职，全面加强自身建设'),
      [
        { op: 'equal', text: '紧紧围绕' },
        { op: 'delete', text: '全' },
        { op: 'equal', text: '市' },
        { op: 'insert', text: '委' },
        { op: 'equal', text: '中心工作依法履职' },
        { op: 'delete', text: '尽责' },
        { op: 'equal', text: '，' },
        { op: 'delete', text: '持续' },
        { op: 'insert', text: '全面' },
        { op: 'equal', text: '加强自身建设' },
      ],
    );
    assert.deepStrictEqual(
      diffChars(
        '现在，我受株洲市第十六届人民代表大会常务委员会委托，向大会报告工作，请予审议。',
        '现在，我代表株洲市人民代表大会常务委员会，向大会报告工作，请予审议。',
      ),
      [
        { op: 'equal', text: '现在，我' },
        { op: 'delete', text: '受' },
        { op: 'insert', text: '代表' },
        { op: 'equal', text: '株洲市' },
        { op: 'delete', text: '第十六届' },
        { op: 'equal', text: '人民代表大会常务委员会' },
        { op: 'delete', text: '委托' },
        { op: 'equal', text: '，向大会报告工作，请予审议。' },
      ],
    );
  });

  it('real paragraphs with their figures changed: both sides rebuilt, no number ever cut in two', () => {
    const random = rng(2028);
    const paras = ['000', '001', '004']
      .flatMap((s) => sharedSeed(s).split('\n'))
      .filter((l) => /[0-9]{2}/.test(l) && l.length > 40 && l.length < 1500);
    assert.ok(paras.length > 20, `${paras.length} paragraphs`);
    for (const a of paras) {
      const b = a.replace(/[0-9]+(\.[0-9]+)?/g, (n) => (random() < 0.4 ? String(Math.round(Number(n) * 1.2 + 1)) : n));
      const ops = diffChars(a, b, 1500);
      assert.strictEqual(side(ops, 'delete'), a);
      assert.strictEqual(side(ops, 'insert'), b);
      const at = cuts(ops);
      assert.ok(!splitsNumber(a, at.a) && !splitsNumber(b, at.b), JSON.stringify(changes(ops)));
    }
  });

  it('keeps the cap: past `limit` characters the texts are one replaced block; at the limit, a diff', () => {
    const unit = '全年共召开常委会会议15次。';
    const a = unit.repeat(Math.floor(1500 / unit.length)),
      b = a.replace('15次', '18次');
    assert.ok(a.length <= 1500);
    assert.deepStrictEqual(changes(diffChars(a, b, 1500)), ['delete:15', 'insert:18']);
    const longA = a + '年'.repeat(1501 - a.length),
      longB = b + '年'.repeat(1501 - b.length);
    assert.deepStrictEqual(
      diffChars(longA, longB, 1500).map((o) => o.op),
      ['delete', 'insert'],
    );
  });

  it('costs in proportion to the length: four times the text, about four times the work (counted, not timed)', () => {
    const p = sharedSeed('000')
      .split('\n')
      .find((l) => l.length > 150 && l.length < 375 && (l.match(/[0-9]+/g) ?? []).length >= 2)!;
    assert.ok(p, 'a paragraph with figures');
    const first = p.match(/[0-9]+/)!;
    // A figure changed near the start, a sentence added at the end: the same edits whatever the length.
    const work = (copies: number) => {
      const a = p.repeat(copies);
      const b = a.replace(first[0], String(Number(first[0]) + 3)) + '新增一句。';
      const cost: DiffCost = { steps: 0 };
      const ops = diffChars(a, b, 1500, cost);
      assert.strictEqual(side(ops, 'insert'), b);
      assert.strictEqual(changes(ops).length, 3);
      return cost.steps;
    };
    const n = work(1),
      n4 = work(4);
    assert.ok(n4 < 5 * n && n4 > 3 * n, `N: ${n} steps, 4N: ${n4} steps`);
  });

  it('the repeat hover strikes the old figure whole and bolds the new one', () => {
    const text = ['全年共召开常委会会议15次、主任会议22次。', '全年共召开常委会会议18次、主任会议22次。'].join('\n');
    const model = parse(text);
    const doc = new TextDoc('x', text);
    const here = { start: doc.offsetAt({ line: 1, character: 0 }), end: text.length };
    const md = repeatHover(model, 'zh', here, { start: 0, end: text.indexOf('\n') });
    assert.ok(md.includes('会议~~15~~**18**次'), md);
  });
});
