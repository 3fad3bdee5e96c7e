/**
 * Complexity, counted: each pathological draft (bench/pathological.ts) at N and 4N, and the work of the repeat
 * analysis — the pairs of paragraphs and of sentences its candidate indexes hand over to be compared — must grow
 * far from quadratically (16×). Counting, not timing: a wall-clock ratio on a busy machine is noise, so the times
 * of all the checks at N and 4N are `npm run bench`'s (same drafts, full size). The other checks expose no counter
 * of their work; the bench is their only measure.
 */
import * as assert from 'assert';
import { analyseRepeats, DEFAULT_CONFIG } from '../../server/src/core';
import { CandidateIndex } from '../../server/src/core/repeat/candidates';
import type { Prints } from '../../server/src/core/repeat/prints';
import { PATHOLOGICAL } from '../../bench/pathological';
import { parse } from '../helpers';

/** A candidate index that counts the units it was given and the pairs it handed over to be compared. */
class CountingIndex extends CandidateIndex<Prints> {
  indexed = 0;
  compared = 0;
  override update(current: Prints[]): Array<[number, number]> {
    const pairs = super.update(current);
    this.indexed += current.length;
    this.compared += pairs.length;
    return pairs;
  }
}

function work(text: string) {
  const paragraphs = new CountingIndex(),
    sentences = new CountingIndex();
  analyseRepeats(parse(text), DEFAULT_CONFIG.repeat, { prints: new Map(), paragraphs, sentences });
  return { paragraphs, sentences };
}

describe('pathological drafts: the pairs the repeat analysis compares grow linearly (N vs 4N)', function () {
  this.timeout(60000);
  for (const p of PATHOLOGICAL) {
    it(p.name, () => {
      const n = Math.max(100, Math.floor(p.n / 2));
      const a = work(p.make(n)),
        b = work(p.make(4 * n));
      for (const kind of ['paragraphs', 'sentences'] as const) {
        const [small, big] = [a[kind], b[kind]];
        process.stdout.write(
          `      ${kind}: ${small.compared} pairs of ${small.indexed} at ${n}, ${big.compared} of ${big.indexed} at ${4 * n}\n`,
        );
        assert.ok(big.compared < 9 * Math.max(small.compared, 1), `${kind}: ${small.compared} → ${big.compared} pairs`);
      }
    });
  }
});
