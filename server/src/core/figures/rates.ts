/**
 * Stated rates against the counts they are computed from: 收集意见建议1157件，目前已解决959件，解决率为83%.
 * The numerator is the count whose clause carries the rate's verb (解决, 办结, 整改…); the denominator the nearest
 * count before it, of the same unit, whose clause does not. Anything less certain yields nothing.
 */
import { modelLayer } from '../model/layers';
import type { ReportModel } from '../model/types';
import { extractFigures, type Figure } from './extract';

export interface RateCheck {
  rate: Figure;
  /** The verb before 率: 解决, 办结, 整改. */
  stem: string;
  numerator: Figure;
  denominator: Figure;
  computed: number;
  /** Within the stated precision (rounded or truncated)? */
  consistent: boolean;
}

const TOTAL = /收集|收到|受理|交办|提出|梳理|发现|反映|排查|查出|涉及|共|总计|合计/;
const DONE = (stem: string) => new RegExp(`(?:已|均已|已经|全部)${stem}|${stem}(?:到位|完毕|完成)|已${stem[0]}`);
const RATE_BEFORE = /([\u4e00-\u9fff]{2})率(?:为|达到|达|是|提高到|提升到)?$/;

function withinPrecision(stated: number, decimals: number, computed: number): boolean {
  const f = 10 ** decimals;
  const eps = 1e-9;
  return (
    Math.abs(Math.round(computed * f) / f - stated) < eps / f + 1e-12 ||
    Math.abs(Math.floor(computed * f + eps) / f - stated) < 1e-9 ||
    Math.abs(computed - stated) <= 0.5 / f + eps
  );
}

/** Every stated rate of the report with its counts (a layer of the model). */
export const rateChecks = modelLayer('rates', computeRateChecks);

function computeRateChecks(model: ReportModel): RateCheck[] {
  const figures = extractFigures(model);
  const out: RateCheck[] = [];
  figures.forEach((rate, i) => {
    if (rate.kind !== 'percent' || rate.approx) return;
    const m = RATE_BEFORE.exec(rate.clause.slice(0, rate.clauseOffset));
    if (!m) return;
    const stem = m[1].slice(-2);
    // Counts of the same sentence before the rate, nearest first, not approximate, no other rate between.
    const counts: Figure[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const f = figures[k];
      if (f.sentence !== rate.sentence || f.kind === 'percent') break;
      if (f.kind === 'count' && !f.approx) counts.push(f);
    }
    // The numerator's clause carries the rate's verb as done: 已解决959件, 93个问题已整改到位.
    const numerator = counts.find((f) => DONE(stem).test(f.clause));
    if (!numerator) return;
    // The denominator is what was received or found: 收集意见建议1157件, 审计发现的96个问题.
    const denominator = counts.find(
      (f) => f.start < numerator.start && f.unit === numerator.unit && TOTAL.test(f.clause) && !f.clause.includes(stem),
    );
    if (!denominator || denominator.value <= 0) return;
    const computed = (100 * numerator.value) / denominator.value;
    const stated = rate.unit === '‰' ? rate.value / 10 : rate.value;
    out.push({
      rate,
      stem,
      numerator,
      denominator,
      computed,
      consistent: withinPrecision(stated, rate.decimals, computed),
    });
  });
  return out;
}

/** The computed rate written with the stated precision (the quick fix's text). */
export function formatRate(computed: number, decimals: number): string {
  return computed.toFixed(decimals);
}
