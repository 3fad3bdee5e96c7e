/**
 * Complexity, not speed: each pathological draft (bench/pathological.ts) is checked at N and 4N, and the time
 * ratio must stay far from quadratic growth (16×). Sizes are the bench's quarter so the suite stays quick; the bench
 * prints the same ratios at full size.
 */
import * as assert from 'assert';
import { parseReport, resetMemos, runChecks, TextDoc } from '../../server/src/core';
import { PATHOLOGICAL } from '../../bench/pathological';

function checkMs(text: string): number {
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) {
    resetMemos();
    const t0 = process.hrtime.bigint();
    const doc = new TextDoc('file:///p/工作报告.txt', text);
    runChecks(parseReport(doc), { positionAt: (o) => doc.positionAt(o) });
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return xs.sort((a, b) => a - b)[1];
}

describe('pathological drafts scale linearly (N vs 4N)', function () {
  this.timeout(60000);
  for (const p of PATHOLOGICAL) {
    it(`${p.name}`, () => {
      const n = Math.max(100, Math.floor(p.n / 2));
      const a = checkMs(p.make(n)),
        b = checkMs(p.make(4 * n));
      const ratio = b / Math.max(a, 1);
      process.stdout.write(
        `      ${p.name}: ${a.toFixed(0)} ms at ${n}, ${b.toFixed(0)} ms at ${4 * n}, ratio ${ratio.toFixed(2)}\n`,
      );
      assert.ok(ratio < 9, `ratio ${ratio.toFixed(2)}: growth is superlinear`);
    });
  }
});
