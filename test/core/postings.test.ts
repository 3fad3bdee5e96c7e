import * as assert from 'assert';
import { Postings } from '../../server/src/core/text/postings';

describe('library postings (typed arrays, radix-sorted)', () => {
  it('give every key its references in insertion order, as a Map of arrays would, for keys across all 32 bits', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    // A report's few postings, a few thousand, and a library's hundreds of thousands (the sort's two digit widths).
    for (const size of [10, 20_000, 300_000]) {
      const pairs: [number, number][] = [];
      for (let i = 0; i < size; i++) pairs.push([i % 7 === 0 ? random() : random() % 500, i]);
      pairs.push([0, 999_999], [0xffffffff, 1_000_000], [0x7ff << 11, 1_000_001], [0x400000, 1_000_002]);
      const want = new Map<number, number[]>();
      for (const [k, r] of pairs) want.set(k, [...(want.get(k) ?? []), r]);
      const p = Postings.build(pairs.length, (emit) => {
        for (const [k, r] of pairs) emit(k, r);
      });
      for (const [k, refs] of want) assert.deepStrictEqual([...p.get(k)], refs, `${size}: key ${k}`);
      const keys: number[] = [];
      p.forEach((k) => keys.push(k));
      assert.deepStrictEqual(
        keys,
        [...want.keys()].sort((a, b) => a - b),
        `${size}: every key once, ascending`,
      );
      assert.strictEqual(p.get(123_456_789).length, want.has(123_456_789) ? want.get(123_456_789)!.length : 0);
    }
    assert.strictEqual(Postings.build(0, () => undefined).get(1).length, 0);
  });
});
