/**
 * Finds repeated text once per document version, for the four repeat checks: verbatim copies (by comparison key),
 * edited copies (3-gram Dice / containment), whole repeated sections, and repeated sentences. Candidates come from
 * an inverted index of winnowed fingerprints, so the work grows with the shared text, not with the square of the
 * paragraph count; fingerprints shared by too many units are skipped, which bounds pathological input.
 * Shingles are memoised by text in a cache that outlives the version, so an edit re-shingles only what changed.
 */
import type { RepeatOptions } from '../config';
import { DEFAULT_STOP_PHRASES } from '../config';
import type { ReportModel, Section } from '../model/types';
import { offsetIn } from '../model/lines';
import { CandidateIndex } from './candidates';
import { sentenceSlices } from './sentences';
import { contentOf, contentWithIndex, GRAM, gramHashes, gramSet, overlap, similarity, winnow } from './shingles';

/** Shingles of one text. `grams` (the sorted set) is built on first comparison: most units are never compared. */
export interface Prints {
  content: string; hashes: Uint32Array; prints: Uint32Array; grams?: Uint32Array;
  /** Content characters before each text position (see contentWithIndex). */
  before: Uint32Array;
  /** A paragraph's sentences that are long enough to check, for the stop list `stopKey`; built once per text. */
  sentences?: { stopKey: string; list: { from: number; to: number; pr: Prints }[] };
}

function gramsOf(p: Prints): Uint32Array {
  return (p.grams ??= gramSet(p.hashes));
}

export interface ParagraphCopy { later: number; earlier: number[]; dice: number; containment: number; exact: boolean }
export interface SectionCopy { copy: Section; original: Section; paragraphs: number[]; others: Section[] }
export interface SentenceRun {
  paragraph: number; start: number; end: number;
  earlierParagraph: number; earlierStart: number; earlierEnd: number;
  sentences: number; exact: boolean; dice: number;
}

export interface RepeatAnalysis {
  /** Verbatim copies: each later copy with every earlier one (paragraph indices). */
  exact: ParagraphCopy[];
  /** Edited copies and short paragraphs contained in longer ones, with the closest earlier paragraph. */
  near: ParagraphCopy[];
  sections: SectionCopy[];
  sentences: SentenceRun[];
  /** Paragraphs inside a reported section copy: reported once, on the section. */
  inSectionCopy: Set<number>;
}

/** A short paragraph counts as contained in a longer one only from this many content characters. */
const MIN_CONTAINED = 30;

/**
 * Short paragraphs built on one template (铁：…万吨。 / 钢：…万吨。) share most of their 3-grams, so the bar
 * rises for them: the configured threshold from 60 content characters up, 0.8 at 30 and below.
 */
export function nearThresholdFor(shorterLength: number, opts: RepeatOptions): number {
  const strict = Math.max(opts.nearThreshold, 0.8);
  const t = Math.min(1, Math.max(0, (60 - shorterLength) / 30));
  return opts.nearThreshold + (strict - opts.nearThreshold) * t;
}


export type PrintCache = Map<string, Prints>;

/** What the analysis keeps per document across versions (see CheckContext.cache). */
export interface RepeatCache {
  prints: PrintCache;
  paragraphs: CandidateIndex<{ prints: Uint32Array }>;
  sentences: CandidateIndex<{ prints: Uint32Array }>;
}

export function newRepeatCache(): RepeatCache {
  return { prints: new Map(), paragraphs: new CandidateIndex(), sentences: new CandidateIndex() };
}

function printsOf(text: string, cache: PrintCache | undefined, used: Set<string>): Prints {
  used.add(text);
  const hit = cache?.get(text);
  if (hit) return hit;
  const { content, before } = contentWithIndex(text);
  const hashes = gramHashes(content);
  const p: Prints = { content, hashes, prints: winnow(hashes), before };
  cache?.set(text, p);
  return p;
}

/** A sentence's shingles, cut from its paragraph's: the 3-grams that lie wholly inside the sentence. */
function slicePrints(p: Prints, from: number, to: number): Prints {
  const a = p.before[from], b = p.before[to];
  const content = p.content.slice(a, b);
  const hashes = b - a >= GRAM ? p.hashes.slice(a, b - GRAM + 1) : gramHashes(content);
  return { content, hashes, prints: winnow(hashes), before: new Uint32Array(0) };
}

/**
 * Winnowed fingerprints are a sample of the 3-grams: when two units share too few of them, their full similarity
 * cannot reach the bar, and the exact comparison is skipped.
 */
function mayBeSimilar(a: Prints, b: Prints, dice: number, containment: number): boolean {
  const n = overlap(a.prints, b.prints);
  const fpDice = (2 * n) / Math.max(1, a.prints.length + b.prints.length);
  const fpContainment = n / Math.max(1, Math.min(a.prints.length, b.prints.length));
  return fpDice >= dice * 0.5 || fpContainment >= containment * 0.6;
}

type Sim = { dice: number; containment: number };
const FAR: Sim = { dice: 0, containment: 0 };

/**
 * Similarity of two shingle sets (FAR when the fingerprints already rule it out), memoised on the Prints objects —
 * cached per text, so stable across versions: an edit recomputes only the pairs of what it changed.
 */
const similarities = new Map<string, WeakMap<Prints, WeakMap<Prints, Sim>>>();
function similarityOf(a: Prints, b: Prints, dice: number, containment: number): Sim {
  // FAR depends on the bar: one memo per pair of thresholds (there are two in use, more only if settings change).
  const key = `${dice}/${containment}`;
  let byPair = similarities.get(key);
  if (!byPair) { byPair = new WeakMap(); similarities.set(key, byPair); }
  let m = byPair.get(a);
  if (!m) { m = new WeakMap(); byPair.set(a, m); }
  let s = m.get(b);
  if (!s) {
    s = mayBeSimilar(a, b, dice, containment) ? similarity(gramsOf(a), gramsOf(b)) : FAR;
    m.set(b, s);
  }
  return s;
}

/** A pasted section keeps its heading when renumbered: headings compare without their numbering marker. */
function headingKey(key: string): string {
  return 'H' + key.replace(/^(?:#+)?\*{0,2}[（(]?[零〇一二两三四五六七八九十百0-9]+[）)]?[、.．]?/, '');
}

const analyses = new WeakMap<ReportModel, RepeatAnalysis>();

export function analyseRepeats(model: ReportModel, opts: RepeatOptions, state: RepeatCache = newRepeatCache()): RepeatAnalysis {
  const hit = analyses.get(model);
  if (hit) return hit;
  const cache = state.prints;
  const used = new Set<string>();
  const paras = model.paragraphs;

  // Verbatim copies, grouped by comparison key.
  const byKey = new Map<string, number[]>();
  const exact: ParagraphCopy[] = [];
  const prints: (Prints | undefined)[] = paras.map((p) => {
    const pr = printsOf(p.text, cache, used);
    return pr.content.length >= opts.minParagraphLength ? pr : undefined;
  });
  for (const p of paras) {
    if (!prints[p.index]) continue;
    const key = p.isHeading ? headingKey(p.key) : p.key;
    const group = byKey.get(key);
    if (group) { exact.push({ later: p.index, earlier: [...group], dice: 1, containment: 1, exact: true }); group.push(p.index); }
    else byKey.set(key, [p.index]);
  }

  // Edited copies: compare distinct contents only (thousands of identical paragraphs cost one unit).
  const firstByContent = new Map<string, number>();
  const units: { content: string; first: number; pr: Prints; prints: Uint32Array }[] = [];
  const unitPrints: Prints[] = [];
  for (const p of paras) {
    const pr = prints[p.index];
    // Headings restate the text's own phrases (一、坚持… / ——必须坚持…): only verbatim copies of them count.
    if (!pr || p.isHeading || firstByContent.has(pr.content)) continue;
    firstByContent.set(pr.content, units.length);
    units.push({ content: pr.content, first: p.index, pr, prints: pr.prints });
    unitPrints.push(pr);
  }
  const similar = new Map<number, { unit: number; dice: number; containment: number }[]>();
  for (const [a, b] of state.paragraphs.update(unitPrints)) {
    const s = similarityOf(units[a].pr, units[b].pr, opts.nearThreshold, opts.containmentThreshold);
    const shorter = Math.min(units[a].content.length, units[b].content.length);
    if (s.dice < nearThresholdFor(shorter, opts) && !(s.containment >= opts.containmentThreshold && shorter >= MIN_CONTAINED)) continue;
    for (const [x, y] of [[a, b], [b, a]]) {
      const list = similar.get(x) ?? [];
      list.push({ unit: y, ...s });
      similar.set(x, list);
    }
  }
  const near: ParagraphCopy[] = [];
  const exactLater = new Set(exact.map((e) => e.later));
  const keysSeen = new Map<string, Set<string>>(); // content → comparison keys seen so far
  for (const p of paras) {
    const pr = prints[p.index];
    if (!pr || p.isHeading || exactLater.has(p.index)) continue;
    const keys = keysSeen.get(pr.content) ?? new Set<string>();
    const unit = firstByContent.get(pr.content)!;
    let best: ParagraphCopy | undefined;
    if (keys.size && !keys.has(p.key)) {
      // Same characters, other punctuation: an edited copy at 100 %.
      best = { later: p.index, earlier: [units[unit].first], dice: 1, containment: 1, exact: false };
    }
    for (const s of similar.get(unit) ?? []) {
      const earlier = units[s.unit].first;
      if (earlier >= p.index) continue;
      if (!best || s.dice > best.dice) best = { later: p.index, earlier: [earlier], dice: s.dice, containment: s.containment, exact: false };
    }
    keys.add(p.key);
    keysSeen.set(pr.content, keys);
    if (best) near.push(best);
  }

  const sources = new Map<number, number[]>();
  for (const c of [...exact, ...near]) sources.set(c.later, c.earlier);
  const { sections, inSectionCopy } = sectionCopies(model, sources, prints);
  const sentences = sentenceRuns(model, opts, cache, used, sources, inSectionCopy, state.sentences);

  if (cache) for (const k of cache.keys()) if (!used.has(k)) cache.delete(k);
  const result: RepeatAnalysis = { exact, near, sections, sentences, inSectionCopy };
  analyses.set(model, result);
  return result;
}

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
function sectionCopies(model: ReportModel, sources: Map<number, number[]>, prints: (Prints | undefined)[]): { sections: SectionCopy[]; inSectionCopy: Set<number> } {
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

const stopPatterns = new Map<string, RegExp>();
/** One regex for all stop phrases (and quoted slogans), built once per list. */
function stopPattern(stop: string[]): RegExp {
  const key = stop.join('\u0000');
  let re = stopPatterns.get(key);
  if (!re) {
    const phrases = stop.filter(Boolean).sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(['“[^”]*”', '"[^"]*"', ...phrases].join('|'), 'g');
    stopPatterns.set(key, re);
  }
  return re;
}

function eligibleLength(text: string, stop: RegExp): number {
  return contentOf(text.replace(stop, '')).length;
}

/** The top-level outline entry a line belongs to (parts and chapters scope near-sentence matches). */
function topLevelOf(model: ReportModel): (line: number) => number {
  const starts = model.sections.map((s) => s.line);
  return (line) => {
    let k = -1;
    for (let i = 0; i < starts.length && starts[i] <= line; i++) k = i;
    return k;
  };
}

function sentenceRuns(
  model: ReportModel, opts: RepeatOptions, cache: PrintCache | undefined, used: Set<string>,
  paragraphSources: Map<number, number[]>, inSectionCopy: Set<number>, index: CandidateIndex<{ prints: Uint32Array }>,
): SentenceRun[] {
  const stop = stopPattern([...DEFAULT_STOP_PHRASES, ...opts.stopPhrases]);
  const top = topLevelOf(model);
  const stopKey = `${stop.source}|${opts.sentenceMinLength}`;
  type S = { para: number; start: number; end: number; part: number; pr: Prints; order: number };
  const all: S[] = [];
  for (const p of model.paragraphs) {
    if (p.isHeading) continue;
    const pp = printsOf(p.text, cache, used);
    if (pp.sentences?.stopKey !== stopKey) {
      pp.sentences = { stopKey, list: [] };
      for (const sl of sentenceSlices(p.text)) {
        if (eligibleLength(sl.text, stop) >= opts.sentenceMinLength) pp.sentences.list.push({ from: sl.from, to: sl.to, pr: slicePrints(pp, sl.from, sl.to) });
      }
    }
    const line = model.lines[p.line];
    for (const sl of pp.sentences.list) {
      all.push({ para: p.index, start: offsetIn(line, sl.from), end: offsetIn(line, sl.to), part: top(p.line), pr: sl.pr, order: all.length });
    }
  }
  // For each sentence, the first earlier sentence in another paragraph that it repeats.
  const match = new Map<number, { earlier: S; exact: boolean; dice: number }>();
  const firstByContent = new Map<string, S>();
  for (const s of all) {
    const e = firstByContent.get(s.pr.content);
    if (e && e.para !== s.para) match.set(s.order, { earlier: e, exact: true, dice: 1 });
    if (!e) firstByContent.set(s.pr.content, s);
  }
  const distinct = [...firstByContent.values()];
  for (const [a, b] of index.update(distinct.map((s) => s.pr))) {
    const [x, y] = distinct[a].order < distinct[b].order ? [distinct[a], distinct[b]] : [distinct[b], distinct[a]];
    if (x.para === y.para || x.part !== y.part) continue;
    const sim = similarityOf(x.pr, y.pr, opts.sentenceThreshold, 1);
    if (sim.dice < opts.sentenceThreshold) continue;
    const prev = match.get(y.order);
    if (!prev || (!prev.exact && prev.earlier.order > x.order)) match.set(y.order, { earlier: x, exact: false, dice: sim.dice });
  }

  const runs: SentenceRun[] = [];
  let current: SentenceRun | undefined;
  let lastOrder = -2;
  for (const s of all) {
    const m = match.get(s.order);
    const skip = !m || inSectionCopy.has(s.para) || (paragraphSources.get(s.para) ?? []).includes(m.earlier.para);
    if (skip) { current = undefined; continue; }
    if (current && current.paragraph === s.para && current.earlierParagraph === m.earlier.para && lastOrder === s.order - 1) {
      current.end = s.end;
      current.earlierStart = Math.min(current.earlierStart, m.earlier.start);
      current.earlierEnd = Math.max(current.earlierEnd, m.earlier.end);
      current.sentences++;
      current.exact &&= m.exact;
      current.dice = Math.min(current.dice, m.dice);
    } else {
      current = {
        paragraph: s.para, start: s.start, end: s.end, earlierParagraph: m.earlier.para,
        earlierStart: m.earlier.start, earlierEnd: m.earlier.end, sentences: 1, exact: m.exact, dice: m.dice,
      };
      runs.push(current);
    }
    lastOrder = s.order;
  }
  return runs;
}
