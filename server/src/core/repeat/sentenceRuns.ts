import type { RepeatOptions } from '../config';
import { DEFAULT_STOP_PHRASES } from '../config';
import { offsetIn } from '../model/lines';
import type { ReportModel } from '../model/types';
import type { CandidateIndex } from './candidates';
import { printsOf, similarityOf, slicePrints, type PrintCache, type Prints } from './prints';
import { sentenceSlices } from './sentences';
import { contentLength } from './shingles';

export interface SentenceRun {
  paragraph: number;
  start: number;
  end: number;
  earlierParagraph: number;
  earlierStart: number;
  earlierEnd: number;
  sentences: number;
  exact: boolean;
  dice: number;
}

const stopPatterns = new Map<string, RegExp>();
/** One regex for all stop phrases (and quoted slogans), built once per list. */
function stopPattern(stop: string[]): RegExp {
  const key = stop.join('\u0000');
  let re = stopPatterns.get(key);
  if (!re) {
    const phrases = stop
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(['“[^”]*”', '"[^"]*"', ...phrases].join('|'), 'g');
    stopPatterns.set(key, re);
  }
  return re;
}

function eligibleLength(text: string, stop: RegExp): number {
  return contentLength(text.replace(stop, ''));
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

export function sentenceRuns(
  model: ReportModel,
  opts: RepeatOptions,
  cache: PrintCache | undefined,
  used: Set<string>,
  paragraphSources: Map<number, number[]>,
  inSectionCopy: Set<number>,
  index: CandidateIndex<Prints>,
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
        if (eligibleLength(sl.text, stop) >= opts.sentenceMinLength)
          pp.sentences.list.push({ from: sl.from, to: sl.to, pr: slicePrints(pp, sl.from, sl.to) });
      }
    }
    const line = model.lines[p.line];
    for (const sl of pp.sentences.list) {
      all.push({
        para: p.index,
        start: offsetIn(line, sl.from),
        end: offsetIn(line, sl.to),
        part: top(p.line),
        pr: sl.pr,
        order: all.length,
      });
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
    if (!prev || (!prev.exact && prev.earlier.order > x.order))
      match.set(y.order, { earlier: x, exact: false, dice: sim.dice });
  }

  const runs: SentenceRun[] = [];
  let current: SentenceRun | undefined;
  let lastOrder = -2;
  for (const s of all) {
    const m = match.get(s.order);
    const skip = !m || inSectionCopy.has(s.para) || (paragraphSources.get(s.para) ?? []).includes(m.earlier.para);
    if (skip) {
      current = undefined;
      continue;
    }
    if (
      current &&
      current.paragraph === s.para &&
      current.earlierParagraph === m.earlier.para &&
      lastOrder === s.order - 1
    ) {
      current.end = s.end;
      current.earlierStart = Math.min(current.earlierStart, m.earlier.start);
      current.earlierEnd = Math.max(current.earlierEnd, m.earlier.end);
      current.sentences++;
      current.exact &&= m.exact;
      current.dice = Math.min(current.dice, m.dice);
    } else {
      current = {
        paragraph: s.para,
        start: s.start,
        end: s.end,
        earlierParagraph: m.earlier.para,
        earlierStart: m.earlier.start,
        earlierEnd: m.earlier.end,
        sentences: 1,
        exact: m.exact,
        dice: m.dice,
      };
      runs.push(current);
    }
    lastOrder = s.order;
  }
  return runs;
}
