/** npm run eval (bench/eval): slips planted in the real reports, by family, and the unmodified reports. */
import * as assert from 'assert';
import { runConsecutive } from '../../bench/eval/consecutive';
import { FIXTURES } from '../../bench/eval/reports';
import { FAMILIES, runEval } from '../../bench/eval/run';

describe('npm run eval: recall on planted slips, false alarms on the real reports', function () {
  this.timeout(120000);
  it('keeps every family at its measured recall and no figure or leftover finding on any unmodified report', () => {
    // The repository's copies of the reports, never ../shared: a clone alone gets the same answer.
    const r = runEval({ root: FIXTURES });
    const floor: Record<string, number> = {
      'figure.conflict': 0.9,
      'figure.part-whole': 0.9,
      'figure.count': 0.95,
      'stale.year': 0.9,
      'term.formulation': 0.95,
      'norm.number': 0.95,
    };
    for (const f of FAMILIES) {
      process.stdout.write(
        `      ${f}: ${r.families[f].found}/${r.families[f].planted} = ${(100 * r.families[f].recall).toFixed(1)} %\n`,
      );
      assert.ok(r.families[f].planted >= 30, `${f}: too few plants`);
      assert.ok(r.families[f].recall >= floor[f], `${f}: recall ${r.families[f].recall.toFixed(3)} < ${floor[f]}`);
    }
    assert.deepStrictEqual(r.falseAlarms, []);
    // The wording checks on the unmodified reports: each finding read (docs/checks-on-real-reports.md).
    assert.deepStrictEqual(
      r.wording.filter((w) => w.code === 'term.formulation').map((w) => w.text),
      ['长期护理险制度'],
    );
  });
});

describe("npm run eval: last year's figure left in this year's national report (pairs matched by reading)", function () {
  this.timeout(120000);
  it('stale.figure flags at least 80 % of them, and few figures of the unmodified reports', () => {
    const r = runConsecutive(undefined, FIXTURES);
    process.stdout.write(`      stale.figure: ${r.found}/${r.pairs} = ${((100 * r.found) / r.pairs).toFixed(1)} %\n`);
    assert.ok(r.pairs >= 150, 'the annotated pairs are there');
    assert.ok(r.found / r.pairs >= 0.8, `${r.found}/${r.pairs}`);
    // Figures that really stayed the same (or were matched wrongly) on the 15 unmodified pairs: read in the docs.
    const unmodified = r.unmodified.reduce((n, u) => n + u.findings, 0);
    assert.ok(unmodified <= 8, `${unmodified} findings on the unmodified reports`);
  });
});
