import * as assert from 'assert';
import { fuzz } from './fuzz';

describe('incremental == full (short fuzz; `npm run fuzz` runs 10,000 edits)', function () {
  this.timeout(120_000);
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 150 random edits through the server give the same symbols, folding and findings as a fresh server`, async () => {
      assert.strictEqual(await fuzz(seed, 150, 10), 150);
    });
  }
});
