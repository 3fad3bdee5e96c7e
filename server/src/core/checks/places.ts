import type { Localized } from '../localized';

/**
 * How a finding's message names another place of the report: a line of the text, or — when the text was read
 * from a Word document — the paragraph number a Word user sees. English forms are lower-case; a message that
 * starts with one capitalises it.
 */
export interface Places {
  /** 第 62 行 / line 62 — Word: 第 40 段 / paragraph 40. */
  line(line: number): Localized;
  /** English with its preposition: on line 62 — Word: in paragraph 40 (Chinese as `line`). */
  at(line: number): Localized;
  /** The paragraph there: 第 62 行的段落 / the paragraph on line 62 — Word: 第 40 段 / paragraph 40. */
  paragraph(line: number): Localized;
}

export const TEXT_PLACES: Places = {
  line: (l) => ({ zh: `第 ${l + 1} 行`, en: `line ${l + 1}` }),
  at: (l) => ({ zh: `第 ${l + 1} 行`, en: `on line ${l + 1}` }),
  paragraph: (l) => ({ zh: `第 ${l + 1} 行的段落`, en: `the paragraph on line ${l + 1}` }),
};

/** Places of a Word document's text: `paragraphOfLine[i]` is the Word paragraph of line i (1-based; 0 = none). */
export function wordPlaces(paragraphOfLine: readonly number[]): Places {
  const of = (l: number) => paragraphOfLine[l] || undefined;
  const word = (l: number) => ({ zh: `第 ${of(l)} 段`, en: `paragraph ${of(l)}` });
  return {
    line: (l) => (of(l) ? word(l) : TEXT_PLACES.line(l)),
    at: (l) => (of(l) ? { zh: word(l).zh, en: `in ${word(l).en}` } : TEXT_PLACES.at(l)),
    paragraph: (l) => (of(l) ? word(l) : TEXT_PLACES.paragraph(l)),
  };
}

/** A related place's note: 第 62 行：先出现的段落 / Line 62: the earlier copy. */
export function placeNote(places: Places, line: number, zh: string, en: string): Localized {
  const at = places.line(line);
  return { zh: `${at.zh}：${zh}`, en: `${at.en.charAt(0).toUpperCase()}${at.en.slice(1)}: ${en}` };
}
