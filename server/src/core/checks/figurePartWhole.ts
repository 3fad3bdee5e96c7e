import { extractFigures, type Figure } from '../figures/extract';
import type { Check } from './types';

const TOTAL = /共|总计|合计/;

/**
 * `figure.part-whole`: parts larger than their whole. A total (共N件) followed in the same sentence by 其中 parts of
 * the same unit that sum past it, or a count done (已办结M件) larger than the count it is part of.
 */
export const figurePartWhole: Check = {
  code: 'figure.part-whole',
  defaultSeverity: 'warning',
  description: { zh: '部分大于整体', en: 'Parts exceed their whole' },
  *run(model) {
    const figures = extractFigures(model);
    const bySentence = new Map<number, Figure[]>();
    for (const f of figures) {
      if (f.kind !== 'count' || f.approx) continue;
      const list = bySentence.get(f.sentence) ?? [];
      list.push(f);
      bySentence.set(f.sentence, list);
    }
    for (const list of bySentence.values()) {
      for (let i = 0; i < list.length; i++) {
        const whole = list[i];
        if (!TOTAL.test(whole.clause.slice(0, whole.clauseOffset))) continue;
        const rest = list.slice(i + 1).filter((f) => f.unit === whole.unit);
        const sentenceText = model.text.slice(whole.end, rest.length ? rest[rest.length - 1].end : whole.end);
        if (!rest.length || !sentenceText.includes('其中')) continue;
        const parts = rest.filter((f) => f.start > whole.end + sentenceText.indexOf('其中'));
        const sum = parts.reduce((n, f) => n + f.value, 0);
        const over = parts.find((f) => f.value > whole.value);
        if (!over && (parts.length < 2 || sum <= whole.value)) continue;
        const at = over ?? parts[parts.length - 1];
        yield {
          start: at.start, end: at.end,
          message: over
            ? { zh: `部分大于整体：其中 ${over.text} 多于总数 ${whole.text}。`, en: `A part exceeds its whole: ${over.text} of ${whole.text}.` }
            : { zh: `各部分之和超过总数：${parts.map((f) => f.text).join(' + ')} = ${sum}${whole.unit}，多于 ${whole.text}。`, en: `The parts sum past the total: ${parts.map((f) => f.text).join(' + ')} = ${sum} > ${whole.text}.` },
          related: [{ start: whole.start, end: whole.end, message: { zh: '总数', en: 'the total' } }],
          data: { line: at.line },
        };
      }
    }
  },
};
