/**
 * Numbering runs: the numbered siblings of one family (chapters — with numbered parts —, sections, items,
 * sub-items) under one parent, in order. A run restarts where the outline says: a new part, a new chapter for its
 * sections, a new section for its items.
 */
import { RANK } from '../model/classify';
import { modelLayer } from '../model/layers';
import { timeFrame } from '../model/timeFrame';
import type { ReportModel, Section, SectionKind } from '../model/types';

export type Family = 'chapter' | 'section' | 'item' | 'subitem' | 'list';

export function familyOf(s: Section): Family | undefined {
  if (s.number === null || s.value === null) return undefined;
  if (s.rank === RANK.list) return 'list';
  if (s.kind === 'chapter' || s.kind === 'part') return 'chapter';
  return s.kind as Exclude<SectionKind, 'heading' | 'part' | 'chapter' | 'lead'>;
}

export interface Run {
  family: Family;
  parent: Section | undefined;
  entries: Section[];
}

/** The report's numbering runs in document order (a layer of the model). */
export const numberingRuns = modelLayer('numberingRuns', computeRuns);

function computeRuns(model: ReportModel): Run[] {
  const runs: Run[] = [];
  const visit = (parent: Section | undefined, children: readonly Section[]) => {
    const byFamily = new Map<Family, Section[]>();
    for (const c of children) {
      const f = familyOf(c);
      if (f) {
        const list = byFamily.get(f) ?? [];
        list.push(c);
        byFamily.set(f, list);
      }
      visit(c, c.children);
    }
    for (const [family, entries] of byFamily) {
      if (family !== 'list') {
        runs.push({ family, parent, entries });
        continue;
      }
      // Lists inside the body: each list that starts again at 一 is a run of its own.
      for (const e of entries) {
        const last = runs[runs.length - 1];
        if (e.value === 1 || last?.family !== 'list' || last.parent !== parent)
          runs.push({ family, parent, entries: [e] });
        else last.entries.push(e);
      }
    }
  };
  visit(undefined, model.sections);
  // A plan part without a title (the text turns to next year's work: 常委会明年将重点抓好以下工作：) starts a
  // chapter run of its own, as a titled plan part would.
  const planStart = timeFrame(model)?.planStart;
  if (
    planStart !== undefined &&
    !model.flat.some((s) => s.line === planStart && (s.kind === 'part' || s.kind === 'heading'))
  ) {
    for (const run of [...runs]) {
      if (run.family !== 'chapter') continue;
      const at = run.entries.findIndex((e) => e.line >= planStart);
      // Only where the numbers start again (五、… then 二、 or 一、): a plan that goes on numbering is one run.
      if (at <= 0 || run.entries[at].value! > run.entries[at - 1].value!) continue;
      runs.push({ family: run.family, parent: run.parent, entries: run.entries.slice(at) });
      run.entries = run.entries.slice(0, at);
    }
  }
  runs.sort((a, b) => a.entries[0].line - b.entries[0].line);
  return runs;
}

export type Fault = { kind: 'order' | 'repeat' | 'gap'; entry: Section; expected: number; run: Run };

/**
 * Each entry against what came before it in its run: a number already used is a repeat, one below the highest so
 * far an order fault, one more than a step above it (or a run not starting at 1) a gap. `expected` is the number
 * that would continue the run: one more than the highest so far.
 */
export function numberingFaults(model: ReportModel): Fault[] {
  const out: Fault[] = [];
  for (const run of numberingRuns(model)) {
    const seen = new Set<number>();
    const all = new Set(run.entries.map((e) => e.value!));
    let max = 0;
    run.entries.forEach((e) => {
      const v = e.value!;
      if (seen.has(v)) out.push({ kind: 'repeat', entry: e, expected: max + 1, run });
      else if (v < max) out.push({ kind: 'order', entry: e, expected: max + 1, run });
      else if (v > max + 1) {
        // 一、三、二: the 二 is out of order, not missing; a gap is a number the run never has.
        let missing = false;
        for (let k = max + 1; k < v && !missing; k++) missing = !all.has(k);
        if (missing) out.push({ kind: 'gap', entry: e, expected: max + 1, run });
      }
      seen.add(v);
      max = Math.max(max, v);
    });
  }
  return out;
}
