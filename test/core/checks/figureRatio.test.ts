import * as assert from 'assert';
import { rateChecks } from '../../../server/src/core';
import { corpusFiles, parse, realReports, sharedSeed } from '../../helpers';
import { assertSilent, findings, testCheck } from './tester';

const SENTENCE = '市十六届人大一次会议以来，共收集到460件代表建议，已办结434件，办结率94.35%。';

testCheck(
  'figure.ratio',
  {
    valid: [SENTENCE],
    invalid: [
      ...[
        SENTENCE.replace('460件', '470件'),
        SENTENCE.replace('434件', '430件'),
        SENTENCE.replace('94.35%', '94.53%'),
      ].map((changed) => ({ text: changed, errors: [{ line: 0, message: /÷/ }] })),
      {
        name: 'shows the arithmetic, and fixes the rate',
        text: SENTENCE.replace('94.35%', '95.35%'),
        errors: [{ line: 0, text: '95.35%', message: /434件 ÷ 460件 = 94\.348%，按所写精度应为 94\.35%/ }],
        output: SENTENCE,
      },
    ],
  },
  () => {
    it("the seeds' rates are consistent (83%, 94.35%, 95.49%, 96.9%)", () => {
      const rates = ['001', '002', '003', '004'].flatMap((p) => rateChecks(parse(sharedSeed(p))));
      assert.deepStrictEqual(
        rates.map((r) => `${r.numerator.value}/${r.denominator.value}=${r.rate.text}:${r.consistent}`),
        ['959/1157=83%:true', '434/460=94.35%:true', '360/377=95.49%:true', '93/96=96.9%:true'],
      );
    });

    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('figure.ratio', realReports()));

    it('property: every rate sentence of the seeds and corpus fires when a count or the rate moves beyond rounding', () => {
      const texts = [
        ...['000', '001', '002', '003', '004'].map(sharedSeed),
        ...corpusFiles('provincial_gwr_2026').map((f) => f.text),
      ];
      let n = 0;
      for (const text of texts) {
        for (const r of rateChecks(parse(text))) {
          n++;
          assert.ok(r.consistent);
          const step = 10 ** -r.rate.decimals;
          const perturb = (f: { start: number; end: number; text: string }, to: string) =>
            text.slice(0, f.start) + to + text.slice(f.end);
          const bumpCount = (f: { value: number; text: string }) =>
            f.text.replace(/^[0-9,]+/, String(Math.round(f.value * 1.05) + 2));
          const variants = [
            perturb(
              r.numerator,
              bumpCount(r.numerator).replace(
                /^\d+/,
                String(Math.max(0, r.numerator.value - Math.ceil(r.denominator.value * 0.03) - 1)),
              ),
            ),
            perturb(r.denominator, bumpCount(r.denominator)),
            perturb(r.rate, `${(r.computed + 3 * step + (r.rate.decimals ? 0 : 1)).toFixed(r.rate.decimals)}%`),
          ];
          for (const v of variants)
            assert.ok(
              findings('figure.ratio', { text: v }).length > 0,
              `no finding for ${v.slice(Math.max(0, r.rate.start - 60), r.rate.end + 2)}`,
            );
        }
      }
      assert.ok(n >= 4, `${n} rate sentences`);
    });
  },
);
