import { formatRate, rateChecks } from '../figures/rates';
import type { Check } from './types';

/** `figure.ratio`: a stated rate (解决率, 办结率, 整改率…) that its own counts do not give, beyond the rounding of its precision. */
/** A rate finding's data: the rate's span, and the rate its counts give, written at its precision. */
interface RateData {
  start: number;
  end: number;
  replacement: string;
}

export const figureRatio: Check<RateData> = {
  code: 'figure.ratio',
  defaultSeverity: 'warning',
  description: { zh: '比率与其计数不符', en: 'Rate does not match its counts' },
  docs: {
    finds: {
      zh: '所写的比率（解决率、办结率、整改率……）与同一句中的计数不符，超出所写精度的舍入：分子是说已办成的计数（已解决959件、93个问题已整改到位），分母是它前面收到或发现的计数（收集……1157件、发现的96个问题）；消息中列出除法。',
      en: 'A stated rate (解决率, 办结率, 整改率…) that its own counts do not give beyond the rounding of its stated precision: the numerator is the count whose clause says it is done (已解决959件, 93个问题已整改到位), the denominator the count before it that was received or found (收集…1157件, 发现的96个问题), all in one sentence; the message shows the division',
    },
    fixes: { zh: '改为按计数算得的比率', en: 'Replace with the computed rate' },
    example: { draft: '　　全年共收到代表建议100件，已办结90件，办结率为95%。\n' },
  },
  fixes(_model, data) {
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
          start: r.rate.start,
          end: r.rate.end,
          replacement: `${want}${r.rate.text.match(/[%％‰]/)?.[0] ?? '%'}`,
        },
      };
    }
  },
};
