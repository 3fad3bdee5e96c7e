/**
 * What typo.char learns from real reports, computed alike by the data's build (bench/typoData.ts) and the
 * evaluation (bench/eval/typos.ts, which leaves the report under test out): how often each character stands in no
 * dictionary word, and the windows that would be suspected where a real report writes them (not a word, one
 * sound-alike or look-alike character away from a common one, standing alone there) — a real report's usage,
 * never flagged.
 */
import { detectSlips } from '../server/src/core/typos/detect';
import type { TypoModel } from '../server/src/core/typos/model';

export interface CorpusStats {
  solo: Map<string, number>;
  windows: Set<string>;
}

export function corpusStats(text: string, model: TypoModel): CorpusStats {
  const solo = new Map<string, number>();
  const windows = new Set<string>();
  for (const line of text.split('\n')) detectSlips(line, model, { collect: (w) => windows.add(w) });
  for (const m of text.matchAll(/[\u4e00-\u9fff]+/g)) {
    const run = m[0];
    const covered = new Uint8Array(run.length);
    for (let s = 0; s < run.length - 1; s++) {
      const bits = model.wordsFrom(run, s, run.length);
      for (let L = 2; L <= 4; L++) if (bits & (1 << L)) covered.fill(1, s, s + L);
    }
    for (let i = 0; i < run.length; i++) if (!covered[i]) solo.set(run[i], (solo.get(run[i]) ?? 0) + 1);
  }
  return { solo, windows };
}
