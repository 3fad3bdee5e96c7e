/**
 * Finds repeated text once per document version, for the four repeat checks: verbatim copies (by comparison key),
 * edited copies (3-gram Dice / containment), whole repeated sections, and repeated sentences. Candidates come from
 * an inverted index of winnowed fingerprints kept up to date across versions, so the work grows with the shared
 * text, not with the square of the paragraph count; fingerprints shared by too many units are skipped, which bounds
 * pathological input.
 */
import type { RepeatOptions } from '../config';
import type { ReportModel } from '../model/types';
import { CandidateIndex } from './candidates';
import { printsOf, similarityOf, type PrintCache, type Prints } from './prints';
import { sectionCopies, type SectionCopy } from './sections';
import { sentenceRuns, type SentenceRun } from './sentenceRuns';

export type { Prints, PrintCache, SectionCopy, SentenceRun };

/**
 * A later copy and the earlier ones: `earlier` lists the first EARLIER_KEPT of them (the first copy first), `copies`
 * counts them all. Listing every earlier copy on every later one grew with the square of the copies (50,000
 * identical paragraphs ran out of memory); the list is only ever shown in part.
 */
export interface ParagraphCopy {
  later: number;
  earlier: number[];
  copies: number;
  dice: number;
  containment: number;
  exact: boolean;
}

export const EARLIER_KEPT = 20;

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

/** What the analysis keeps per document across versions: the service holds one per open document. */
export interface RepeatCache {
  prints: PrintCache;
  paragraphs: CandidateIndex<Prints>;
  sentences: CandidateIndex<Prints>;
}

export function newRepeatCache(): RepeatCache {
  return { prints: new Map(), paragraphs: new CandidateIndex(), sentences: new CandidateIndex() };
}

/** A pasted section keeps its heading when renumbered: headings compare without their numbering marker. */
function headingKey(key: string): string {
  return 'H' + key.replace(/^(?:#+)?\*{0,2}[（(]?[零〇一二两三四五六七八九十百0-9]+[）)]?[、.．]?/, '');
}

/**
 * Every repeat of the model under these options. Not memoised here: a ReportAnalysis (core/service.ts) holds one
 * per text and configuration; `state` carries the shingles and candidate indexes of the document's last version.
 */
export function analyseRepeats(
  model: ReportModel,
  opts: RepeatOptions,
  state: RepeatCache = newRepeatCache(),
): RepeatAnalysis {
  const cache = state.prints;
  const used = new Set<string>();
  const paras = model.paragraphs;

  // Verbatim copies, grouped by comparison key.
  const byKey = new Map<string, { list: number[]; count: number }>();
  const exact: ParagraphCopy[] = [];
  const prints: (Prints | undefined)[] = paras.map((p) => {
    const pr = printsOf(p.text, cache, used);
    return pr.content.length >= opts.minParagraphLength ? pr : undefined;
  });
  for (const p of paras) {
    if (!prints[p.index]) continue;
    const key = p.isHeading ? headingKey(p.key) : p.key;
    const group = byKey.get(key);
    if (group) {
      exact.push({ later: p.index, earlier: group.list, copies: group.count, dice: 1, containment: 1, exact: true });
      group.count++;
      // Copies share the list while it is full: what a later copy shows of its earlier ones is the first few.
      if (group.list.length < EARLIER_KEPT) group.list = [...group.list, p.index];
    } else byKey.set(key, { list: [p.index], count: 1 });
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
    if (
      s.dice < nearThresholdFor(shorter, opts) &&
      !(s.containment >= opts.containmentThreshold && shorter >= MIN_CONTAINED)
    )
      continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
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
      best = { later: p.index, earlier: [units[unit].first], copies: 1, dice: 1, containment: 1, exact: false };
    }
    for (const s of similar.get(unit) ?? []) {
      const earlier = units[s.unit].first;
      if (earlier >= p.index) continue;
      if (!best || s.dice > best.dice)
        best = {
          later: p.index,
          earlier: [earlier],
          copies: 1,
          dice: s.dice,
          containment: s.containment,
          exact: false,
        };
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
  return { exact, near, sections, sentences, inSectionCopy };
}
