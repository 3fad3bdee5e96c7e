import type { ReportModel } from '../model/types';

export interface ReportStats {
  /** Characters other than white space, as 字数 is counted in word processors. */
  characters: number;
  paragraphs: number;
  sections: number;
}

export function reportStats(model: ReportModel): ReportStats {
  let characters = 0;
  for (const l of model.lines) {
    const t = l.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0) continue;
      if (c >= 0xdc00 && c <= 0xdfff) continue; // count a surrogate pair once
      characters++;
    }
  }
  return { characters, paragraphs: model.paragraphs.length, sections: model.flat.length };
}
