import type { ReportModel, Section } from '../model/types';
import type { Prints } from './prints';

export interface SectionCopy {
  copy: Section;
  original: Section;
  paragraphs: number[];
  others: Section[];
  /** Last line of the copy: the section's end, less the part's closing paragraphs it runs into. */
  endLine: number;
}

/** A part's closing paragraphs (各位代表…, thanks, shortcomings): they follow its last section but are not of it. */
const CLOSING =
  /^(?:各位代表|同志们)[，,！!：:\s]|衷心的?感谢|崇高的敬意|在肯定成绩的同时|存在的问题和不足|清醒地认识到/;

function isAncestor(a: Section, b: Section): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** Paragraph indices [lo, hi) of each section, found by binary search on the paragraphs' lines (they are in order). */
function memberRanges(model: ReportModel): Map<Section, [number, number]> {
  const lines = model.paragraphs.map((p) => p.line);
  const lowerBound = (line: number) => {
    let lo = 0,
      hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = new Map<Section, [number, number]>();
  for (const s of model.flat) out.set(s, [lowerBound(s.line), lowerBound(s.endLine + 1)]);
  return out;
}

/**
 * A section is a copy when it has at least two paragraphs and every one of them (long enough to count) repeats a
 * paragraph of one earlier section of the same kind. The outermost copy is reported; its paragraphs are not.
 * Candidates for the original are only the sections around a source of the copy's first paragraph, and a candidate
 * is tested by ranges: the work grows with the paragraphs and their nesting, not with sections × sections.
 */
export function sectionCopies(
  model: ReportModel,
  sources: Map<number, number[]>,
  prints: (Prints | undefined)[],
): { sections: SectionCopy[]; inSectionCopy: Set<number> } {
  const sections: SectionCopy[] = [];
  const inSectionCopy = new Set<number>();
  const reported = new Set<Section>();
  const ranges = memberRanges(model);
  // The innermost section around each paragraph (model.flat is in document order, parents before children).
  const owner: (Section | undefined)[] = new Array(model.paragraphs.length);
  for (const s of model.flat) {
    const [lo, hi] = ranges.get(s)!;
    for (let i = lo; i < hi; i++) owner[i] = s;
  }
  const members = (s: Section) => {
    const [lo, hi] = ranges.get(s)!;
    return Array.from({ length: hi - lo }, (_, k) => lo + k);
  };
  for (const s of model.flat) {
    if (s.kind === 'lead' || s.endLine <= s.line) continue;
    let anc = s.parent;
    while (anc && !reported.has(anc)) anc = anc.parent;
    if (anc) continue;
    const [lo, full] = ranges.get(s)!;
    // A section pasted at the end of its run swallows the part's closing paragraphs: they are not part of the copy.
    let hi = full;
    while (hi > lo + 1 && !sources.has(hi - 1) && CLOSING.test(model.paragraphs[hi - 1].text)) hi--;
    const mine: number[] = [];
    let all = true;
    for (let i = lo; i < hi && all; i++)
      if (prints[i]) {
        mine.push(i);
        all = sources.has(i);
      }
    if (!all || mine.length < 2) continue;
    const candidates = new Set<Section>();
    for (const e of sources.get(mine[0])!) {
      for (let t = owner[e]; t; t = t.parent) {
        if (t.kind === s.kind && t.line < s.line && t.endLine < s.line && !isAncestor(t, s)) candidates.add(t);
      }
    }
    const holds = (t: Section) => {
      const [tlo, thi] = ranges.get(t)!;
      return mine.every((i) => sources.get(i)!.some((e) => e >= tlo && e < thi));
    };
    const originals = [...candidates].filter(holds).sort((a, b) => a.line - b.line);
    if (!originals.length) continue;
    reported.add(s);
    const paragraphs = members(s).filter((i) => i < hi);
    for (const i of paragraphs) inSectionCopy.add(i);
    const endLine = hi === full ? s.endLine : model.paragraphs[hi - 1].line;
    sections.push({ copy: s, original: originals[0], paragraphs, others: originals.slice(1), endLine });
  }
  return { sections, inSectionCopy };
}
