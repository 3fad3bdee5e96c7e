import LEXICON from './formulations.json';
import { perLine, slipFindings, textLines, type TextSlip } from './norms';
import type { Check } from './types';

const COUNT_WORDS = '一二两三四五六七八九十';

interface Numbered { form: string; allow?: string[] }

/** A numbered formulation with any count word where its own stand: 四个意识 → /[一…十]个意识/. */
function countPattern(form: string): RegExp {
  return new RegExp([...form].map((c) => (COUNT_WORDS.includes(c) ? `[${COUNT_WORDS}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''), 'g');
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

/**
 * Windows of `t` one edit from `form`. Any such window holds the form's first or second half (each less its
 * middle character) exactly, so those two strings are searched and only the windows around them compared.
 */
function nearMisses(t: string, form: string): { at: number; text: string }[] {
  const L = form.length;
  const h = L >> 1;
  const anchors: [string, number][] = [[form.slice(0, h - 1), 0], [form.slice(h + 1), h + 1]];
  const exact: number[] = [];
  for (let k = t.indexOf(form); k >= 0; k = t.indexOf(form, k + 1)) exact.push(k);
  const found = new Map<number, string>();
  for (const [anchor, offset] of anchors) {
    for (let k = t.indexOf(anchor); k >= 0; k = t.indexOf(anchor, k + 1)) {
      for (const start of [k - offset - 1, k - offset, k - offset + 1]) {
        for (const len of [L - 1, L, L + 1]) {
          if (start < 0 || start + len > t.length || found.has(start)) continue;
          const w = t.slice(start, start + len);
          if (!oneEditApart(form, w) || ALL_FORMS.has(w)) continue;
          // Another formulation of its own starts here (社会主义核心价值体系 is not 社会主义核心价值观 misspelt).
          if (OTHERS.some((o) => t.startsWith(o, start))) continue;
          // A window that only touches the exact form (建设有中国特色社会主义) is the form itself.
          if (exact.some((x) => x < start + len && start < x + L)) continue;
          found.set(start, w);
          break;
        }
      }
    }
  }
  return [...found].map(([at, text]) => ({ at, text }));
}

function slip(at: number, have: string, want: string): TextSlip {
  return {
    from: at, to: at + have.length, newText: want,
    message: { zh: `提法有误：「${have}」应为「${want}」。`, en: `Official formulation: “${have}” should read “${want}”.` },
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
  for (const form of PHRASES) {
    if (t.length < form.length - 1) continue;
    for (const miss of nearMisses(t, form)) out.push(slip(miss.at, miss.text, form));
  }
  return out;
});

/**
 * `term.formulation`: an official formulation (提法) from the shipped lexicon (formulations.json, with its sources)
 * written almost but not exactly: a numbered one with another count word (三个意识, 二个维护), a long one with one
 * character changed, dropped, added or swapped (中国特色社会主意). The fix writes the exact form.
 */
export const termFormulation: Check = {
  code: 'term.formulation',
  defaultSeverity: 'warning',
  description: { zh: '提法与规范表述不一致', en: 'Official formulation not exact' },
  *run(model) {
    for (const line of textLines(model)) yield* slipFindings(line, formulationSlips(line));
  },
};
