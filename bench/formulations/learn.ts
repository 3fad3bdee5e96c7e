/**
 * Learning the lexicon of term.formulation from texts: numbered formulations and their members (numbered.ts), the
 * fixed phrases of each era (mine.ts) beside the documents' strict ones, and for every phrase the wordings one edit
 * away that real reports used, with their years — an era's own wording (中国特色的社会主义, 1982–1998) is then no
 * slip in its time. A learned phrase whose variants live in the same years as itself is dropped: real reports vary
 * it, so a variant is a wording, not a slip.
 */
import type { Lexicon, PhraseEntry } from '../../server/src/core/checks/formulationLexicon';
import { PhraseIndex, type Phrase } from '../../server/src/core/checks/formulationMatch';
import { attestation, ERAS, type Text } from './corpus';
import { OTHERS, STRICT_PHRASES } from './documents';
import { mineEra } from './mine';
import { learnNumbered, type LearnedNumbered } from './numbered';

export interface Learned extends Lexicon {
  numbered: LearnedNumbered[];
  stats: { mined: number; dropped: number; learned: number; strict: number; variants: number };
}

/** The texts an era's phrases must recur in: three, or a tenth of the era's texts where it has many (2026). */
/** A learned phrase is checked when this many texts write it verbatim (or when it has an older wording). */
export const FIXED_IN = 8;

export const minTexts = (n: number) => Math.max(3, Math.ceil(n / 10));

/** Every variant of every phrase in the texts, with the texts it occurs in. */
export function variantsOf(texts: Text[], phrases: Phrase[]): Map<string, Map<string, Set<Text>>> {
  const index = new PhraseIndex(phrases, OTHERS);
  const out = new Map<string, Map<string, Set<Text>>>();
  for (const t of texts)
    for (const line of t.text.split('\n'))
      for (const miss of index.misses(line)) {
        const byForm = out.get(miss.form) ?? new Map<string, Set<Text>>();
        byForm.set(miss.text, (byForm.get(miss.text) ?? new Set()).add(t));
        out.set(miss.form, byForm);
      }
  return out;
}

const span = (ts: Set<Text>): [number, number] => {
  const ys = [...ts].map((t) => t.year);
  return [Math.min(...ys), Math.max(...ys)];
};

export function learn(texts: Text[]): Learned {
  const mined = new Set<string>();
  for (const [a, b] of ERAS) {
    const era = texts.filter((t) => a <= t.year && t.year <= b);
    if (era.length >= 3) for (const form of mineEra(era, minTexts(era.length)).keys()) mined.add(form);
  }
  const strict = new Set(STRICT_PHRASES);
  const learned = [...mined].filter((f) => !strict.has(f));
  const phrases: Phrase[] = [
    ...[...strict].map((form) => ({ form, strict: true })),
    ...learned.map((form) => ({ form })),
  ];
  // A learned phrase that two texts or more of its own years vary: not a fixed phrase.
  const first = variantsOf(texts, phrases);
  const varied = new Set(
    learned.filter((form) => {
      const own = attestation(texts, form)?.years;
      const inOwn = (t: Text) => !!own && own[0] <= t.year && t.year <= own[1];
      return [...(first.get(form)?.values() ?? [])].some((ts) => [...ts].filter(inOwn).length >= 2);
    }),
  );
  const kept = phrases.filter((p) => !varied.has(p.form));
  const variants = variantsOf(texts, kept);
  const entries: PhraseEntry[] = [];
  for (const p of kept) {
    const seen = attestation(texts, p.form);
    if (!seen && !p.strict) continue;
    // A learned phrase few reports share is not fixed enough to call its neighbours slips (drafts word policies in
    // their own ways); it stays only to say in which years its older wording was right.
    // A wording two texts or more use is of its time; one text's is a slip (the learning script lists them).
    const vs = [...(variants.get(p.form) ?? [])]
      .filter(([, ts]) => ts.size >= 2)
      .map(([form, ts]) => ({ form, years: span(ts) }));
    if (!p.strict && seen!.reports < FIXED_IN && !vs.length) continue;
    entries.push({
      form: p.form,
      reports: seen?.reports ?? 0,
      ...(seen ? { years: seen.years } : {}),
      ...(p.strict ? { strict: true } : {}),
      ...(vs.length ? { variants: vs.sort((x, y) => x.years[0] - y.years[0]) } : {}),
    });
  }
  entries.sort(
    (a, b) => Number(!!b.strict) - Number(!!a.strict) || b.reports - a.reports || a.form.localeCompare(b.form),
  );
  return {
    numbered: learnNumbered(texts),
    phrases: entries,
    others: OTHERS,
    stats: {
      mined: mined.size,
      dropped: varied.size,
      learned: entries.filter((e) => !e.strict).length,
      strict: entries.filter((e) => e.strict).length,
      variants: entries.reduce((n, e) => n + (e.variants?.length ?? 0), 0),
    },
  };
}
