import type { PreferredTerm } from '../config';
import { carriedFix, editIn, type NormData, textLines } from './norms';
import type { Check } from './types';

const compiled = new WeakMap<PreferredTerm, RegExp>();

/** One pattern for a term's avoided forms: strings literally, or the user's regular expressions (bounded by config). */
function patternOf(term: PreferredTerm): RegExp {
  let re = compiled.get(term);
  if (!re) {
    const parts = term.avoid.map((a) => (term.regex ? `(?:${a})` : a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // Longer forms first, so 人民代表大会代表 wins over 人民代表.
    parts.sort((a, b) => b.length - a.length);
    re = new RegExp(parts.join('|'), 'gu');
    compiled.set(term, re);
  }
  return re;
}

/**
 * `term.preferred`: the office's own 规范用语 and 禁用词, from `terms` in .workreportrc.json
 * (`{"use": "人大代表", "avoid": ["人民代表"], "note": "…"}`; `"regex": true` for patterns). Each avoided form found
 * is flagged with the preferred one as its fix; the preferred form itself is never flagged.
 */
export const termPreferred: Check<NormData> = {
  code: 'term.preferred',
  defaultSeverity: 'warning',
  description: { zh: '不符合本单位规范用语', en: 'Not the preferred term' },
  docs: {
    finds: {
      zh: '本单位不用的写法，来自 `.workreportrc.json` 的 `terms`（见 [configuration.md](configuration.md)）；推荐写法本身包含它时不提示。',
      en: 'A form the office avoids, from `terms` in `.workreportrc.json` (see below); never inside the preferred form itself',
    },
    fixes: { zh: '改为推荐写法', en: 'The preferred form' },
    example: { draft: '　　做好残废人就业帮扶工作。\n', terms: [{ use: '残疾人', avoid: ['残废人'] }] },
  },
  fixAll: true,
  fixes: carriedFix,
  *run(model, ctx) {
    const terms = ctx.config.terms;
    if (!terms.length) return;
    for (const line of textLines(model)) {
      for (const term of terms) {
        const re = patternOf(term);
        re.lastIndex = 0;
        for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
          if (!m[0]) {
            re.lastIndex++;
            continue;
          }
          // Part of the preferred form (avoid 人民代表 inside 人民代表大会 when that is what `use` says)? Not a slip.
          const around = line.text.slice(
            Math.max(0, m.index - term.use.length),
            m.index + m[0].length + term.use.length,
          );
          if (around.includes(term.use) && term.use.includes(m[0])) continue;
          const e = editIn(line, m.index, m.index + m[0].length, term.use);
          yield {
            start: e.start,
            end: e.end,
            message: {
              zh: `按本单位规范用语，「${m[0]}」应为「${term.use}」${term.note ? `（${term.note}）` : ''}。`,
              en: `The preferred term for “${m[0]}” is “${term.use}”${term.note ? ` (${term.note})` : ''}.`,
            },
            data: { edits: [e], fixTitle: { zh: `改为「${term.use}」`, en: `Write “${term.use}”` } },
          };
        }
      }
    }
  },
};
