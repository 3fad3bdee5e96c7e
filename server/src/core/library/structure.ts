/** The draft's chapters beside last year's, aligned by title similarity: same, moved, added, removed. */
import { sectionLabel } from '../model/label';
import type { ReportModel } from '../model/types';
import { similarity, textGrams } from '../repeat/shingles';
import { structureEntries, type LibraryEntry } from './entry';
import type { ReportInfo } from './info';

export interface StructureRow {
  draft?: { label: string; line: number };
  past?: { label: string; line: number };
  status: 'same' | 'moved' | 'added' | 'removed';
  similarity: number;
}

/** `last`: last year's report of the draft's place; without it every chapter is added. */
export function alignStructure(
  model: ReportModel,
  last: LibraryEntry | undefined,
): { past?: ReportInfo; rows: StructureRow[] } {
  const mine = structureEntries(model).map((s) => ({ label: sectionLabel(s), title: s.title, line: s.line }));
  if (!last)
    return {
      rows: mine.map((d) => ({ draft: { label: d.label, line: d.line }, status: 'added' as const, similarity: 0 })),
    };
  const pastGrams = last.chapters.map((c) => textGrams(c.title));
  const used = new Set<number>();
  const pairs: { d: number; p: number; sim: number }[] = [];
  mine.forEach((d, di) => {
    const g = textGrams(d.title);
    let best = -1,
      bestSim = 0;
    pastGrams.forEach((pg, pi) => {
      if (used.has(pi)) return;
      const s = similarity(g, pg).dice;
      if (s > bestSim) {
        best = pi;
        bestSim = s;
      }
    });
    if (best >= 0 && bestSim >= 0.4) {
      used.add(best);
      pairs.push({ d: di, p: best, sim: bestSim });
    }
  });
  const rows: StructureRow[] = [];
  const byDraft = new Map(pairs.map((x) => [x.d, x]));
  // A matched chapter moved when its order among the matched ones changed.
  const order = pairs.map((x) => x.p);
  const sorted = [...order].sort((a, b) => a - b);
  mine.forEach((d, di) => {
    const pr = byDraft.get(di);
    if (!pr) {
      rows.push({ draft: { label: d.label, line: d.line }, status: 'added', similarity: 0 });
      return;
    }
    const c = last.chapters[pr.p];
    const moved = order.indexOf(pr.p) !== sorted.indexOf(pr.p);
    rows.push({
      draft: { label: d.label, line: d.line },
      past: { label: c.label, line: c.line },
      status: moved ? 'moved' : 'same',
      similarity: pr.sim,
    });
  });
  last.chapters.forEach((c, pi) => {
    if (!used.has(pi)) rows.push({ past: { label: c.label, line: c.line }, status: 'removed', similarity: 0 });
  });
  return { past: last.info, rows };
}
