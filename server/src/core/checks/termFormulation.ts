import LEXICON from './formulations.json';
import { carriedFix, type NormData, perLine, slipFindings, textLines, type TextSlip } from './norms';
import type { Check } from './types';

const COUNT_WORDS = '一二两三四五六七八九十';

interface Numbered {
  form: string;
  allow?: string[];
}

/** A numbered formulation with any count word where its own stand: 四个意识 → /[一…十]个意识/. */
function countPattern(form: string): RegExp {
  return new RegExp(
    [...form]
      .map((c) => (COUNT_WORDS.includes(c) ? `[${COUNT_WORDS}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join(''),
    'g',
  );
}

const NUMBERED = (LEXICON.numbered as Numbered[]).map((e) => ({ ...e, re: countPattern(e.form) }));
const PHRASES: string[] = LEXICON.phrases.map((e) => e.form);
const ALL_FORMS = new Set([...NUMBERED.map((e) => e.form), ...PHRASES]);
const OTHERS: string[] = LEXICON.others;

/** Is `b` one edit from `a`: one character changed, dropped, added, or two neighbours swapped? */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** Does the form's last character, or the one before it, end one of the windows starting at `start`? */
function nearEnd(t: string, start: number, form: string): boolean {
  const L = form.length;
  for (const len of [L - 1, L, L + 1]) {
    const e = start + len;
    if (t[e - 1] === form[L - 1] || t[e - 2] === form[L - 2] || t[e - 1] === form[L - 2]) return true;
  }
  return false;
}

interface Anchor {
  text: string;
  form: string;
  offset: number;
}

/**
 * Any window one edit from a phrase holds the phrase's first or second half (each less its middle character)
 * exactly. Every phrase's two halves, in one expression: a line is read once for all of them, and only the windows
 * around a hit are compared.
 */
const ANCHORS: Anchor[] = PHRASES.flatMap((form) => {
  const h = form.length >> 1;
  return [
    { text: form.slice(0, h - 1), form, offset: 0 },
    { text: form.slice(h + 1), form, offset: h + 1 },
  ];
});
const ANCHOR_RE = new RegExp(
  [...new Set(ANCHORS.map((a) => a.text))]
    .sort((x, y) => y.length - x.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
const ANCHORS_BY_FIRST = new Map<string, Anchor[]>();
for (const a of ANCHORS) ANCHORS_BY_FIRST.set(a.text[0], [...(ANCHORS_BY_FIRST.get(a.text[0]) ?? []), a]);

/** Windows of `t` one edit from a phrase of the lexicon. */
function nearMisses(t: string): { at: number; text: string; form: string }[] {
  const found = new Map<string, { at: number; text: string; form: string }>();
  const exactOf = new Map<string, number[]>();
  const exact = (form: string) => {
    let xs = exactOf.get(form);
    if (!xs) {
      xs = [];
      for (let k = t.indexOf(form); k >= 0; k = t.indexOf(form, k + 1)) xs.push(k);
      exactOf.set(form, xs);
    }
    return xs;
  };
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(t); m; m = ANCHOR_RE.exec(t)) {
    const k = m.index;
    ANCHOR_RE.lastIndex = k + 1; // anchors may overlap
    for (const a of ANCHORS_BY_FIRST.get(t[k]) ?? []) {
      if (!t.startsWith(a.text, k)) continue;
      const { form, offset } = a;
      const L = form.length;
      const xs = exact(form);
      // Most anchors found are inside the exact form: nothing near there can be a slip of it.
      if (xs.includes(k - offset)) continue;
      for (const start of [k - offset - 1, k - offset, k - offset + 1]) {
        // The other end of the form must be there, give or take its first (last) character: most hits of an
        // anchor such as 会主义 are in 社会主义 with no 中国特 before it.
        if (
          offset
            ? !(t[start] === form[0] || t[start + 1] === form[1] || t[start] === form[1])
            : !nearEnd(t, start, form)
        )
          continue;
        // Same length first (a character changed or swapped): a shorter window would leave the changed character behind.
        for (const len of [L, L + 1, L - 1]) {
          const key = `${form}@${start}`;
          if (start < 0 || start + len > t.length || found.has(key)) continue;
          const w = t.slice(start, start + len);
          if (!oneEditApart(form, w) || ALL_FORMS.has(w)) continue;
          // Another formulation of its own starts here (社会主义核心价值体系 is not 社会主义核心价值观 misspelt).
          if (OTHERS.some((o) => t.startsWith(o, start))) continue;
          // A window that only touches the exact form (建设有中国特色社会主义) is the form itself.
          if (xs.some((x) => x < start + len && start < x + L)) continue;
          found.set(key, { at: start, text: w, form });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

function slip(at: number, have: string, want: string): TextSlip {
  return {
    from: at,
    to: at + have.length,
    newText: want,
    message: {
      zh: `提法有误：「${have}」应为「${want}」。`,
      en: `Official formulation: “${have}” should read “${want}”.`,
    },
    fixTitle: { zh: `改为「${want}」`, en: `Write “${want}”` },
  };
}

const formulationSlips = perLine((t: string): TextSlip[] => {
  const out: TextSlip[] = [];
  for (const e of NUMBERED) {
    e.re.lastIndex = 0;
    for (let m = e.re.exec(t); m; m = e.re.exec(t)) {
      if (m[0] === e.form || ALL_FORMS.has(m[0]) || e.allow?.includes(m[0])) continue;
      out.push(slip(m.index, m[0], e.form));
    }
  }
  for (const miss of nearMisses(t)) out.push(slip(miss.at, miss.text, miss.form));
  return out;
});

/**
 * `term.formulation`: an official formulation (提法) from the shipped lexicon (formulations.json, with its sources)
 * written almost but not exactly: a numbered one with another count word (三个意识, 二个维护), a long one with one
 * character changed, dropped, added or swapped (中国特色社会主意). The fix writes the exact form.
 */
export const termFormulation: Check<NormData> = {
  code: 'term.formulation',
  defaultSeverity: 'warning',
  description: { zh: '提法与规范表述不一致', en: 'Official formulation not exact' },
  docs: {
    finds: {
      zh: '内置词表（`server/src/core/checks/formulations.json`：两个确立、两个维护、四个自信、一国两制、三去一降一补等 10 个带数字的提法，习近平新时代中国特色社会主义思想、以习近平同志为核心的党中央、全过程人民民主、中国特色社会主义、社会主义核心价值观、铸牢中华民族共同体意识等 16 个固定表述，各注明在语料和示例报告中逐字出现的篇数）中的提法写得相近而不完全一致：带数字的提法换了数字（二个维护、三个确立）；7 字以上的表述错、漏、多或颠倒了一个字（中国特色社会主意、全过程人民主）。原文已有准确写法（建设有中国特色社会主义），或写的是另一个提法（社会主义核心价值体系、三个全面、三位一体——另有同名不同数提法的只精确匹配）时不提示。',
      en: 'An official formulation (提法) of the shipped lexicon (`server/src/core/checks/formulations.json`: 10 numbered ones such as 两个确立, 两个维护, 四个自信, 一国两制, 三去一降一补, and 16 fixed phrases such as 习近平新时代中国特色社会主义思想, 以习近平同志为核心的党中央, 全过程人民民主, 中国特色社会主义, 社会主义核心价值观, 铸牢中华民族共同体意识, each with the number of corpus and seed reports it occurs in verbatim) written almost but not exactly: a numbered one with another count word (二个维护, 三个确立), a phrase of seven characters or more with one character changed, dropped, added or swapped (中国特色社会主意, 全过程人民主); not where the exact form is there (建设有中国特色社会主义), nor another formulation (社会主义核心价值体系, 三个全面, 三位一体 — numbered formulations whose other counts are formulations of their own are matched exactly only)',
    },
    fixes: { zh: '改为规范表述', en: 'The exact form' },
    example: { draft: '　　坚持和发展全过程人民主，不断加强人大工作。\n' },
  },
  fixAll: true,
  fixes: carriedFix,
  *run(model) {
    for (const line of textLines(model)) yield* slipFindings(line, formulationSlips(line));
  },
};
