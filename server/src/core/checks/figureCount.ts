import { arabicValue } from '../figures/numbers';
import { parseChineseNumeral } from '../text/numerals';
import { offsetIn } from '../model/lines';
import type { Check } from './types';

const TITLES = /((?:《[^》]{1,60}》[、和及与,，]?){2,})(等)?([一二三四五六七八九十两]{1,3}|[0-9０-９]{1,2})(部|项|件|个|条|本|份)/g;
const ASPECTS = /(?:抓好|做好|突出|聚焦|围绕|重点抓好)?(?:以下)?([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:个)?方面(?:的)?(?:重点)?工作[：:]$/;

function countValue(s: string): number | undefined {
  return parseChineseNumeral(s, true) ?? arabicValue(s)?.value;
}

/**
 * `figure.count`: a count word that does not match what it lists — 对《A》《B》《C》三部法规 with two titles, or
 * 抓好五个方面工作： followed by four items. With 等 (and others) only listing more than the number is wrong.
 */
export const figureCount: Check = {
  code: 'figure.count',
  defaultSeverity: 'warning',
  description: { zh: '数量与所列项目不符', en: 'Count does not match the items listed' },
  *run(model) {
    for (const p of model.paragraphs) {
      const line = model.lines[p.line];
      const t = line.text;
      TITLES.lastIndex = 0;
      for (let m = TITLES.exec(t); m; m = TITLES.exec(t)) {
        const listed = (m[1].match(/《/g) ?? []).length;
        const stated = countValue(m[3]);
        if (stated === undefined) continue;
        if (m[2] ? listed <= stated : listed === stated) continue;
        const at = m.index + m[1].length + (m[2]?.length ?? 0);
        yield {
          start: offsetIn(line, at), end: offsetIn(line, at + m[3].length + m[4].length),
          message: { zh: `数量不符：列出了 ${listed} 个《》，此处写「${m[3]}${m[4]}」。`, en: `Count mismatch: ${listed} titles listed, but “${m[3]}${m[4]}”.` },
          data: { line: p.line },
        };
      }
      const a = ASPECTS.exec(t);
      if (a) {
        const stated = countValue(a[1]);
        // The entries that follow, under the same parent, until the parent ends.
        const parent = [...model.flat].reverse().find((s) => s.line < p.line && s.endLine >= p.line);
        // Numbered entries and marked lead-ins (**…**, ——…) only: sentence lead-ins are too loose to count.
        const marked = (s: { number: string | null; line: number }) => s.number !== null || /^(?:\*\*|——)/.test(model.lines[s.line].text);
        const siblings = model.flat.filter((s) => s.line > p.line && s.parent === parent && (!parent || s.line <= parent.endLine) && marked(s));
        const kind = siblings[0]?.kind;
        const items = siblings.filter((s) => s.kind === kind && s.rank === siblings[0].rank).length;
        if (stated !== undefined && items >= 2 && items !== stated) {
          const at = t.indexOf(a[1], a.index);
          yield {
            start: offsetIn(line, at), end: offsetIn(line, at + a[1].length),
            message: { zh: `数量不符：写「${a[1]}个方面」，其后列出 ${items} 项。`, en: `Count mismatch: “${a[1]} aspects”, ${items} listed after it.` },
            data: { line: p.line },
          };
        }
      }
    }
  },
};
