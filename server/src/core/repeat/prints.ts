/**
 * Shingles of paragraphs and sentences, cached per text across versions, and their pairwise similarity, memoised
 * on the cached objects: an edit recomputes only what it touched.
 */
import { newUnitId } from './candidates';
import { contentWithIndex, GRAM, gramHashes, gramSet, overlap, similarity, winnow } from './shingles';

/** Shingles of one text. `grams` (the sorted set) is built on first comparison: most units are never compared. */
export interface Prints {
  /** The candidate index's name for this unit (one per text, kept while the text is cached). */
  readonly id: number;
  content: string;
  hashes: Uint32Array;
  prints: Uint32Array;
  grams?: Uint32Array;
  /** Content characters before each text position (see contentWithIndex). */
  before: Uint32Array;
  /** A paragraph's sentences that are long enough to check, for the stop list `stopKey`; built once per text. */
  sentences?: { stopKey: string; list: { from: number; to: number; pr: Prints }[] };
}

export function gramsOf(p: Prints): Uint32Array {
  return (p.grams ??= gramSet(p.hashes));
}

export type PrintCache = Map<string, Prints>;

export function printsOf(text: string, cache: PrintCache | undefined, used: Set<string>): Prints {
  used.add(text);
  const hit = cache?.get(text);
  if (hit) return hit;
  const { content, before } = contentWithIndex(text);
  const hashes = gramHashes(content);
  const p: Prints = { id: newUnitId(), content, hashes, prints: winnow(hashes), before };
  cache?.set(text, p);
  return p;
}

/** A sentence's shingles, cut from its paragraph's: the 3-grams that lie wholly inside the sentence. */
export function slicePrints(p: Prints, from: number, to: number): Prints {
  const a = p.before[from],
    b = p.before[to];
  const content = p.content.slice(a, b);
  // A view of the paragraph's hashes, not a copy: both live as long as the paragraph's text is cached.
  const hashes = b - a >= GRAM ? p.hashes.subarray(a, b - GRAM + 1) : gramHashes(content);
  return { id: newUnitId(), content, hashes, prints: winnow(hashes), before: new Uint32Array(0) };
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

export type Sim = { dice: number; containment: number };
const FAR: Sim = { dice: 0, containment: 0 };

/**
 * Similarity of two shingle sets (FAR when the fingerprints already rule it out), memoised on the Prints objects —
 * cached per text, so stable across versions: an edit recomputes only the pairs of what it changed.
 */
const similarities = new Map<string, WeakMap<Prints, WeakMap<Prints, Sim>>>();
let lastBar: { dice: number; containment: number; byPair: WeakMap<Prints, WeakMap<Prints, Sim>> } | undefined;
export function similarityOf(a: Prints, b: Prints, dice: number, containment: number): Sim {
  // FAR depends on the bar: one memo per pair of thresholds (there are two in use, more only if settings change);
  // calls come in runs with the same bar, so the last one is at hand without building its key.
  let byPair = lastBar && lastBar.dice === dice && lastBar.containment === containment ? lastBar.byPair : undefined;
  if (!byPair) {
    const key = `${dice}/${containment}`;
    byPair = similarities.get(key);
    if (!byPair) {
      byPair = new WeakMap();
      similarities.set(key, byPair);
    }
    lastBar = { dice, containment, byPair };
  }
  let m = byPair.get(a);
  if (!m) {
    m = new WeakMap();
    byPair.set(a, m);
  }
  let s = m.get(b);
  if (!s) {
    s = mayBeSimilar(a, b, dice, containment) ? similarity(gramsOf(a), gramsOf(b)) : FAR;
    m.set(b, s);
  }
  return s;
}
