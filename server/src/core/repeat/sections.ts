import type { ReportModel, Section } from '../model/types';
import type { Prints } from './prints';

export interface SectionCopy { copy: Section; original: Section; paragraphs: number[]; others: Section[] }

function paragraphsIn(model: ReportModel, s: Section): number[] {
  const out: number[] = [];
  for (const p of model.paragraphs) if (p.line >= s.line && p.line <= s.endLine) out.push(p.index);
  return out;
}

function isAncestor(a: Section, b: Section): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * A section is a copy when it has at least two paragraphs and every one of them (long enough to count) repeats a
 * paragraph of one earlier section of the same kind. The outermost copy is reported; its paragraphs are not.
 */
export function sectionCopies(model: ReportModel, sources: Map<number, number[]>, prints: (Prints | undefined)[]): { sections: SectionCopy[]; inSectionCopy: Set<number> } {
  const sections: SectionCopy[] = [];
  const inSectionCopy = new Set<number>();
  const reported = new Set<Section>();
  const members = new Map<Section, number[]>();
  const membersOf = (s: Section) => {
    let m = members.get(s);
    if (!m) { m = paragraphsIn(model, s); members.set(s, m); }
    return m;
  };
  for (const s of model.flat) {
    if (s.kind === 'lead' || s.endLine <= s.line) continue;
    let anc = s.parent;
    while (anc && !reported.has(anc)) anc = anc.parent;
    if (anc) continue;
    const mine = membersOf(s).filter((i) => prints[i]);
    if (mine.length < 2 || !mine.every((i) => sources.has(i))) continue;
    const candidates = model.flat.filter((t) => t.line < s.line && t.kind === s.kind && !isAncestor(t, s) && t.endLine < s.line);
    const holds = (t: Section) => {
      const theirs = new Set(membersOf(t));
      return mine.every((i) => sources.get(i)!.some((e) => theirs.has(e)));
    };
    const originals = candidates.filter(holds);
    if (!originals.length) continue;
    reported.add(s);
    for (const i of membersOf(s)) inSectionCopy.add(i);
    sections.push({ copy: s, original: originals[0], paragraphs: membersOf(s), others: originals.slice(1) });
  }
  return { sections, inSectionCopy };
}

