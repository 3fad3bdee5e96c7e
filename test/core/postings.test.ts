import * as assert from 'assert';
import { Postings } from '../../server/src/core/text/postings';

describe('library postings (typed arrays, radix-sorted)', () => {
  it('give every key its references in insertion order, as a Map of arrays would, for keys across all 32 bits', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    const pairs: [number, number][] = [];
    for (let i = 0; i < 20_000; i++) pairs.push([i % 7 === 0 ? random() : random() % 500, i]);
    pairs.push([0, 99_999], [0xffffffff, 100_000]);
    const want = new Map<number, number[]>();
    for (const [k, r] of pairs) want.set(k, [...(want.get(k) ?? []), r]);
    const p = Postings.build(pairs.length, (emit) => {
      for (const [k, r] of pairs) emit(k, r);
    });
    for (const [k, refs] of want) assert.deepStrictEqual([...p.get(k)], refs, `key ${k}`);
    assert.strictEqual(p.get(123_456_789).length, want.has(123_456_789) ? want.get(123_456_789)!.length : 0);
    assert.strictEqual(Postings.build(0, () => undefined).get(1).length, 0);
  });
});
