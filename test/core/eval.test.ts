/** npm run eval (bench/eval): slips planted in the real reports, by family, and the unmodified reports. */
import * as assert from 'assert';
import { FAMILIES, runEval } from '../../bench/eval/run';

describe('npm run eval: recall on planted slips, false alarms on the real reports', function () {
  this.timeout(120000);
  it('keeps every family at its measured recall and no figure or leftover finding on any unmodified report', () => {
    const r = runEval();
    const floor: Record<string, number> = {
      'figure.conflict': 0.9,
      'figure.part-whole': 0.9,
      'figure.count': 0.95,
      'stale.year': 0.9,
    };
    for (const f of FAMILIES) {
      process.stdout.write(
        `      ${f}: ${r.families[f].found}/${r.families[f].planted} = ${(100 * r.families[f].recall).toFixed(1)} %\n`,
      );
      assert.ok(r.families[f].planted >= 30, `${f}: too few plants`);
      assert.ok(r.families[f].recall >= floor[f], `${f}: recall ${r.families[f].recall.toFixed(3)} < ${floor[f]}`);
    }
    assert.deepStrictEqual(r.falseAlarms, []);
  });
});
