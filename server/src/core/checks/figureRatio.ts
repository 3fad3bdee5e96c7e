import { formatRate, rateChecks } from '../figures/rates';
import type { Check } from './types';

/** `figure.ratio`: a stated rate (解决率, 办结率, 整改率…) that its own counts do not give, beyond the rounding of its precision. */
export const figureRatio: Check = {
  code: 'figure.ratio',
  defaultSeverity: 'warning',
  description: { zh: '比率与其计数不符', en: 'Rate does not match its counts' },
  fixes(_model, data) {
    if (typeof data.start !== 'number' || typeof data.end !== 'number' || typeof data.replacement !== 'string')
      return [];
    return [
      {
        title: { zh: `改为按计数算得的 ${data.replacement}`, en: `Replace with the computed ${data.replacement}` },
        edits: [{ start: data.start, end: data.end, newText: data.replacement }],
        preferred: true,
      },
    ];
  },
  *run(model) {
    for (const r of rateChecks(model)) {
      if (r.consistent) continue;
      const want = formatRate(r.computed, r.rate.decimals);
      const sym = r.rate.unit === '‰' ? '‰' : '%';
      yield {
        start: r.rate.start,
        end: r.rate.end,
        message: {
          zh: `${r.stem}率与计数不符：${r.numerator.text} ÷ ${r.denominator.text} = ${r.computed.toFixed(Math.max(2, r.rate.decimals + 1))}%，按所写精度应为 ${want}${sym}，此处为 ${r.rate.text}。`,
          en: `The ${r.stem} rate does not match its counts: ${r.numerator.text} ÷ ${r.denominator.text} = ${r.computed.toFixed(Math.max(2, r.rate.decimals + 1))}%, ${want}${sym} at the stated precision, not ${r.rate.text}.`,
        },
        related: [
          { start: r.numerator.start, end: r.numerator.end, message: { zh: '分子', en: 'numerator' } },
          { start: r.denominator.start, end: r.denominator.end, message: { zh: '分母', en: 'denominator' } },
        ],
        data: {
          line: r.rate.line,
          start: r.rate.start,
          end: r.rate.end,
          replacement: `${want}${r.rate.text.match(/[%％‰]/)?.[0] ?? '%'}`,
        },
      };
    }
  },
};
