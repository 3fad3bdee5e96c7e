import { analyseRepeats, type PrintCache, type RepeatAnalysis } from '../repeat/analysis';
import type { ReportModel } from '../model/types';
import type { CheckContext, RelatedFinding } from './types';

/** The repeat analysis shared by the four repeat checks: computed once per version, shingles cached per document. */
export function repeatsOf(model: ReportModel, ctx: CheckContext): RepeatAnalysis {
  let cache = ctx.cache.get('repeat.prints') as PrintCache | undefined;
  if (!cache) { cache = new Map(); ctx.cache.set('repeat.prints', cache); }
  return analyseRepeats(model, ctx.config.repeat, cache);
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function paragraphRelated(model: ReportModel, index: number, zh: string, en: string): RelatedFinding {
  const p = model.paragraphs[index];
  return { start: p.start, end: p.end, message: { zh: `第 ${p.line + 1} 行：${zh}`, en: `Line ${p.line + 1}: ${en}` } };
}
