import { analyseRepeats, newRepeatCache, type RepeatAnalysis, type RepeatCache } from '../repeat/analysis';
import type { ReportModel } from '../model/types';
import type { CheckContext, RelatedFinding } from './types';

/** The repeat analysis shared by the four repeat checks: computed once per version, shingles cached per document. */
export function repeatsOf(model: ReportModel, ctx: CheckContext): RepeatAnalysis {
  let state = ctx.cache.get('repeat') as RepeatCache | undefined;
  if (!state) { state = newRepeatCache(); ctx.cache.set('repeat', state); }
  return analyseRepeats(model, ctx.config.repeat, state);
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function paragraphRelated(model: ReportModel, index: number, zh: string, en: string): RelatedFinding {
  const p = model.paragraphs[index];
  return { start: p.start, end: p.end, message: { zh: `第 ${p.line + 1} 行：${zh}`, en: `Line ${p.line + 1}: ${en}` } };
}
