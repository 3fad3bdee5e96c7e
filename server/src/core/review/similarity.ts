/**
 * Character-bigram Dice between two texts: 2·|A ∩ B| / (|A| + |B|) over the multisets of adjacent character pairs.
 * Chinese has no spaces to split words on, and two characters are about a word: a paragraph with a few words
 * changed keeps most of its bigrams, an unrelated one on the same subject shares only the common phrases.
 */

/** The bigrams of a text with their counts. */
export type Bigrams = Map<string, number>;

export function bigrams(s: string): Bigrams {
  const out: Bigrams = new Map();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** How many bigrams a text has (its length less one). */
export function bigramCount(s: string): number {
  return Math.max(0, s.length - 1);
}

/** Dice of two bigram multisets; 1 for two texts of one character or none that are equal. */
export function dice(a: Bigrams, na: number, b: Bigrams, nb: number): number {
  if (!na || !nb) return na === nb ? 1 : 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, n] of small) {
    const m = large.get(g);
    if (m) common += Math.min(n, m);
  }
  return (2 * common) / (na + nb);
}

/** The highest Dice two texts of these bigram counts can reach (all of the shorter one shared). */
export function diceBound(na: number, nb: number): number {
  return na + nb ? (2 * Math.min(na, nb)) / (na + nb) : 1;
}

export function diceOf(a: string, b: string): number {
  return dice(bigrams(a), bigramCount(a), bigrams(b), bigramCount(b));
}
