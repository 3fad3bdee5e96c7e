import { arabicValue } from '../figures/numbers';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { offsetIn } from '../model/lines';
import { memoByText } from '../text/memo';
import type { ReportModel, Section } from '../model/types';
import type { Check } from './types';

const TITLES =
  /((?:《[^》]{1,60}》[、和及与,，]?){2,})(等)?([一二三四五六七八九十两]{1,3}|[0-9０-９]{1,2})(部|项|件|个|条|本|份)/g;
/**
 * A lead-in that announces how many items follow: N个方面, N方面, 以下N个方面, N项(重点)工作, N大任务, N件事 — at the
 * end of its paragraph (the items are the numbered entries after it) or right before 一是 (the items are the
 * enumeration). With or without 个, a colon, or a 今年/明年 before it.
 */
const LEAD =
  /(([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:个)?(?:方面|项(?:重点)?(?:工作|任务)|大任务|件事))(?:的)?(?:重点|主要)?(?:工作|任务|措施|目标|方向|内容)?(?:来看)?\s*[。：:]?\s*(一是|$)/g;

/** The lead-ins of a paragraph's text, remembered per text (the regex is the costly part of this check). */
const leadIns = memoByText((t: string) => [...t.matchAll(LEAD)]);

function countValue(s: string): number | undefined {
  return parseChineseNumeral(s, true) ?? arabicValue(s)?.value;
}

/** How many of 一是, 二是, 三是… follow one another from `from` on, in this paragraph and the next ones that go on. */
function enumerationLength(texts: string[], from: number): number {
  let n = 0;
  let k = 0;
  let hay = texts[0].slice(from);
  for (;;) {
    const token = `${toChineseNumeral(n + 1)}是`;
    const at = hay.indexOf(token);
    if (at >= 0) {
      n++;
      hay = hay.slice(at + token.length);
      continue;
    }
    // The enumeration goes on in the next paragraph only when that paragraph opens with the next ordinal.
    k++;
    if (k >= texts.length || !texts[k].startsWith(token)) return n;
    hay = texts[k];
  }
}

/**
 * The numbered entries right after a lead-in paragraph: the list that starts on the next entry (within two lines)
 * with the first number (一, 1, （一）), counted while its entries go on under the same parent.
 */
function numberedRun(model: ReportModel, line: number): number {
  const after = model.flat.filter((s) => s.line > line && s.line <= line + 400);
  const first = after[0];
  if (!first || first.line > line + 3) return 0;
  // Unnumbered items count when marked as lead-ins (**…。** or ——…), the way drafters set them.
  const marked = (s: Section) => /^(?:\*\*|——)/.test(model.lines[s.line].text);
  if (first.number === null ? !marked(first) : countValue(first.number) !== 1) return 0;
  let n = 0;
  for (const s of after) {
    if (s.parent !== first.parent || s.kind !== first.kind) {
      if (s.rank < first.rank || (s.parent !== first.parent && !isInside(s, first.parent))) break;
      continue;
    }
    // Every entry of the list counts, its number slipped or not (一 二 三 三 四 五 is six items: the numbering
    // checks report the slip); a number that starts again at 1 starts another list.
    if (first.number === null ? !marked(s) : s.number === null || (n > 0 && countValue(s.number) === 1)) break;
    n++;
  }
  return n;
}

function isInside(s: Section, parent: Section | undefined): boolean {
  if (!parent) return true;
  for (let q = s.parent; q; q = q.parent) if (q === parent) return true;
  return false;
}

export const figureCount: Check = {
  code: 'figure.count',
  defaultSeverity: 'warning',
  description: { zh: '数量与所列项目不符', en: 'Count does not match the items listed' },
  docs: {
    finds: {
      zh: '数量与所列项目不符：《A》《B》三部（只有两个书名；带 等 时只有列出的更多才算错）；引语说 N个方面、N方面、以下N个方面、N项（重点）工作、N大任务、N件事（有无 个、有无冒号）而其后的编号条目（同一上级下从第一个编号起的一组）或 一是…二是…（跨段延续）数目不同。',
      en: 'A count that does not match what it lists: 《A》《B》三部 (two titles; with 等 only listing more is wrong); a lead-in announcing N items — N个方面, N方面, 以下N个方面, N项(重点)工作, N大任务, N件事, with or without 个 or a colon — followed by a different number of numbered entries (the run from the first number under one parent, or marked lead-ins) or of 一是…二是… (across paragraphs that go on)',
    },
    example: { draft: '　　审议通过了《株洲市城市绿化条例》《株洲市电梯安全条例》三部法规。\n' },
  },
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
          start: offsetIn(line, at),
          end: offsetIn(line, at + m[3].length + m[4].length),
          message: {
            zh: `数量不符：列出了 ${listed} 个《》，此处写「${m[3]}${m[4]}」。`,
            en: `Count mismatch: ${listed} titles listed, but “${m[3]}${m[4]}”.`,
          },
        };
      }
      for (const a of leadIns(t)) {
        const stated = countValue(a[2]);
        if (stated === undefined || stated < 2) continue;
        let items: number;
        if (a[3]) {
          const later = model.paragraphs.slice(p.index + 1, p.index + 40).map((q) => q.text);
          items = enumerationLength([t, ...later], a.index + a[0].length - 2);
        } else {
          items = numberedRun(model, p.line);
        }
        if (items < 2 || items === stated) continue;
        const at = a.index;
        yield {
          start: offsetIn(line, at),
          end: offsetIn(line, at + a[2].length),
          message: {
            zh: `数量不符：写「${a[1]}」，其后列出 ${items} 项。`,
            en: `Count mismatch: “${a[1]}”, ${items} listed after it.`,
          },
        };
      }
    }
  },
};
