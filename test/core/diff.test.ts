import * as assert from 'assert';
import { diffChars, repeatHover, TextDoc } from '../../server/src/core';
import { parse, rng, sharedSeed } from '../helpers';

describe('character diff', () => {
  const join = (ops: { op: string; text: string }[], keep: string[]) =>
    ops
      .filter((o) => keep.includes(o.op))
      .map((o) => o.text)
      .join('');
  it('reconstructs both sides and finds a minimal edit', () => {
    const a = '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
    const b = '全年共召开常委会会议10次、主任会议22次，审议通过法规3部。';
    const ops = diffChars(a, b);
    assert.strictEqual(join(ops, ['equal', 'delete']), a);
    assert.strictEqual(join(ops, ['equal', 'insert']), b);
    assert.deepStrictEqual(
      ops.filter((o) => o.op !== 'equal').map((o) => `${o.op}:${o.text}`),
      ['delete:9', 'insert:10', 'delete:地方性'],
    );
  });
  it('handles empty and identical inputs, and bounds long ones', () => {
    assert.deepStrictEqual(diffChars('', ''), []);
    assert.deepStrictEqual(diffChars('相同', '相同'), [{ op: 'equal', text: '相同' }]);
    assert.deepStrictEqual(diffChars('', '新'), [{ op: 'insert', text: '新' }]);
    const long = diffChars('甲'.repeat(5000), '乙'.repeat(5000));
    assert.deepStrictEqual(
      long.map((o) => o.op),
      ['delete', 'insert'],
    );
  });
  it('randomised: every diff reconstructs both inputs', () => {
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '人大常委会代表监督，。';
    for (let n = 0; n < 300; n++) {
      const mk = () =>
        Array.from({ length: Math.floor(r() * 30) }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
      const a = mk(),
        b = mk();
      const ops = diffChars(a, b);
      assert.strictEqual(join(ops, ['equal', 'delete']), a);
      assert.strictEqual(join(ops, ['equal', 'insert']), b);
    }
  });
});

describe('character diff on random edits and unrelated texts', () => {
  const join = (ops: { op: string; text: string }[], keep: string[]) =>
    ops
      .filter((o) => keep.includes(o.op))
      .map((o) => o.text)
      .join('');
  it('always reconstructs both sides (200 random edit scripts on seed paragraphs)', () => {
    const random = rng(20261201);
    const paras = sharedSeed('000')
      .split('\n')
      .filter((l) => l.length > 200);
    for (let t = 0; t < 200; t++) {
      const a = paras[t % paras.length];
      let b = a;
      for (let e = 0, edits = 1 + Math.floor(random() * 12); e < edits; e++) {
        const at = Math.floor(random() * b.length);
        const cut = Math.floor(random() * 8);
        b = b.slice(0, at) + (random() < 0.5 ? '改动' : '') + b.slice(at + cut);
      }
      const ops = diffChars(a, b);
      assert.strictEqual(join(ops, ['equal', 'delete']), a);
      assert.strictEqual(join(ops, ['equal', 'insert']), b);
    }
  });

  it('shows two unrelated 4,000-character paragraphs as one replaced block, in bounded memory', () => {
    const random = rng(7);
    const text = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000))).join('');
    const a = text(4000),
      b = text(4000);
    const ops = diffChars(a, b);
    assert.deepStrictEqual(
      ops.map((o) => o.op),
      ['delete', 'insert'],
    );
  });
});

describe('repeat hover', () => {
  it('marks what only this copy has in bold and what only the other has struck through, escaping markdown', () => {
    const text = [
      '全年共召开常委会会议9次*、主任会议22次，审议通过地方性法规3部。',
      '全年共召开常委会会议10次*、主任会议22次，审议通过法规3部。',
    ].join('\n');
    const model = parse(text);
    const doc = new TextDoc('x', text);
    const md = repeatHover(
      model,
      'zh',
      { start: doc.offsetAt({ line: 1, character: 0 }), end: text.length },
      { start: 0, end: text.indexOf('\n') },
    );
    assert.match(md, /^\*\*与第 1 行比较\*\*/);
    assert.ok(md.includes('~~9~~**10**'), md);
    assert.ok(md.includes('~~地方性~~'), md);
    assert.ok(md.includes('次\\*、'), 'markdown characters of the document are escaped');
    assert.match(md, /加粗.*仅本处有/);
  });
});
