import { parseChineseNumeral } from '../text/numerals';
import { numberingRuns } from '../numbering/runs';
import type { Check } from './types';

const REFERENCE = /(?:本报告)?第([一二三四五六七八九十]{1,3})部分/g;

/**
 * `numbering.reference`: a cross-reference such as 第三部分 to a chapter number the report does not have (any
 * more). A hint: the text may refer to another document's parts.
 */
export const numberingReference: Check = {
  code: 'numbering.reference',
  defaultSeverity: 'hint',
  description: { zh: '引用的部分不存在', en: 'Reference to a missing part' },
  docs: {
    finds: {
      zh: '引用了报告中没有的部分，如 第五部分、本报告第五部分。',
      en: 'A cross-reference such as 第五部分 / 本报告第五部分 to a part number the report does not have',
    },
    example: {
      draft: '一、过去一年的工作\n　　全年共审议法规草案十二件。\n二、今年的主要任务\n　　具体安排见本报告第五部分。\n',
    },
  },
  *run(model) {
    const chapters = numberingRuns(model).filter((r) => r.family === 'chapter');
    if (!chapters.length) return;
    const numbers = new Set(chapters.flatMap((r) => r.entries.map((e) => e.value)));
    for (const p of model.paragraphs) {
      if (!p.text.includes('部分')) continue; // cheaper than the expression, on every paragraph of every edit
      REFERENCE.lastIndex = 0;
      for (let m = REFERENCE.exec(p.text); m; m = REFERENCE.exec(p.text)) {
        const v = parseChineseNumeral(m[1]);
        if (v === undefined || numbers.has(v)) continue;
        const line = model.lines[p.line];
        const at = line.text.indexOf(m[0], m.index);
        const start = line.map ? line.map[at] : line.contentStart + at;
        yield {
          start,
          end: start + m[0].length,
          message: {
            zh: `「${m[0]}」：本报告没有第${m[1]}部分（现有 ${[...numbers].sort((a, b) => a! - b!).length} 个部分）。`,
            en: `“${m[0]}”: this report has no part ${v}.`,
          },
        };
      }
    }
  },
};
