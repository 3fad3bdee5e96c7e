import * as assert from 'assert';
import { foldingRanges } from '../../server/src/core';
import { parse, sharedSeed } from '../helpers';

describe('folding ranges', () => {
  it('fold each section of seed 003 from its heading to its last paragraph, and the title block', () => {
    const folds = foldingRanges(parse(sharedSeed('003')));
    assert.deepStrictEqual(folds.slice(0, 3), [
      { startLine: 2, endLine: 10, kind: 'region' },
      { startLine: 12, endLine: 70 },
      { startLine: 16, endLine: 24 },
    ]);
    assert.ok(folds.every((f) => f.endLine > f.startLine));
  });
  it('do not swallow the trailing page-turn note or the blank lines after a section', () => {
    const m = parse(sharedSeed('003'));
    const last = m.sections[0].children[4];
    assert.strictEqual(last.endLine, 70, '(下转3版) on line 72 is not part of chapter 五');
  });
});
