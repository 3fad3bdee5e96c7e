/**
 * The lexicon of term.formulation (formulations.json, written by bench/formulations/learnMain.ts from the corpus and
 * the party's documents) and what it says of eras: the year a report speaks in, and whether a wording was in use
 * then.
 */
import LEXICON from './formulations.json';
import { timeFrame } from '../model/timeFrame';
import type { ReportModel } from '../model/types';

/** A numbered formulation: 两个维护, 四个意识 (its members), 五位一体. */
export interface Numbered {
  form: string;
  reports: number;
  years?: [number, number];
  /** Matched with any count word (二个维护 → 两个维护): no other count of it is a formulation in the corpus. */
  counted?: boolean;
  /** Its members in their canonical order, where they are short enough to be listed with 、. */
  members?: string[];
  /** The year its current members were fixed: an older report listing others is of its own time. */
  since?: number;
  /** Member lists of earlier times (四个全面 with 全面建成小康社会, 2015–2020), with their years. */
  former?: { members: string[]; years: [number, number] }[];
  /** Other orders the corpus writes the members in (then not a slip). */
  orders?: string[][];
}

/** A fixed phrase: from the documents (strict) or learned from an era's reports. */
export interface PhraseEntry {
  form: string;
  reports: number;
  years?: [number, number];
  strict?: boolean;
  /** Wordings one edit away that real reports used in their time (中国特色的社会主义, 1982–1998). */
  variants?: { form: string; years: [number, number] }[];
}

export interface Lexicon {
  numbered: Numbered[];
  phrases: PhraseEntry[];
  others: string[];
}

export const lexicon: Lexicon = LEXICON as unknown as Lexicon;

/** Years either side of a wording's attested span in which it still counts as of its time (the corpus has gaps). */
export const ERA_SLACK = 2;

/**
 * The year a report speaks in: the year it plans for (a report delivered in March 2024 reviews 2023 and speaks in
 * 2024's words), from its time frame; else the year its file name starts with. Undefined for a draft with no year
 * anywhere, which is then read in today's words.
 */
export function reportYear(model: ReportModel, fileName = ''): number | undefined {
  const f = /(?:^|\/)(\d{4})_/.exec(fileName);
  if (f) return Number(f[1]);
  return timeFrame(model)?.planned ?? namedYears(model.text);
}

const CN_DIGITS = '〇一二三四五六七八九';

/**
 * For an old report the time frame cannot date (its years written 一九八二年): the pair of consecutive years its
 * text names most, in any digits; it speaks in the later one.
 */
function namedYears(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/([12１２](?: ?[0-9０-９]){3}|[一二][〇零○一二三四五六七八九]{3}) ?年/g)) {
    const y = Number(
      [...m[1].replace(/ /g, '')]
        .map((c) =>
          /[0-9]/.test(c)
            ? c
            : /[０-９]/.test(c)
              ? String(c.charCodeAt(0) - 0xff10)
              : String(CN_DIGITS.indexOf(c.replace(/[零○]/, '〇'))),
        )
        .join(''),
    );
    if (y >= 1949 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined,
    most = 0;
  for (const [y, n] of counts) {
    const pair = n + (counts.get(y + 1) ?? 0);
    if (pair > most || (pair === most && best !== undefined && y > best)) [best, most] = [y, pair];
  }
  return best !== undefined && most >= 3 ? best + 1 : undefined;
}

/** Was a wording attested over `years` in use in `year` (undefined: today, when only current wordings are)? */
export function inUse(years: [number, number] | undefined, year: number | undefined): boolean {
  if (!years) return false;
  const y = year ?? Infinity;
  return (
    years[0] - ERA_SLACK <= y && (year === undefined ? years[1] >= latestYear() - ERA_SLACK : y <= years[1] + ERA_SLACK)
  );
}

let latest: number | undefined;
/** The newest year the lexicon knows: a draft with no year speaks in it. */
export function latestYear(): number {
  latest ??= Math.max(
    ...lexicon.phrases.flatMap((p) => p.years ?? []),
    ...lexicon.numbered.flatMap((n) => n.years ?? []),
  );
  return latest;
}

/** Has a form begun by `year` (a formulation is not checked in reports written before it existed)? */
export function begun(years: [number, number] | undefined, year: number | undefined): boolean {
  return !years || year === undefined || years[0] - ERA_SLACK <= year;
}
