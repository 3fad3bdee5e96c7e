import { begun, inUse, lexicon, reportYear, type Lexicon, type PhraseEntry } from './formulationLexicon';
import { PhraseIndex } from './formulationMatch';
import { memberSlips, type MemberSlip } from './formulationMembers';
import { carriedFix, type NormData, perLine, slipFindings, textLines, type TextSlip } from './norms';
import type { Check } from './types';

export { oneEditApart } from './formulationMatch';

const COUNT_WORDS = '一二两三四五六七八九十';

/** A numbered formulation with any count word where its own stand: 四个意识 → /[一…十]个意识/. */
function countPattern(form: string): RegExp {
  return new RegExp(
    [...form]
      .map((c) => (COUNT_WORDS.includes(c) ? `[${COUNT_WORDS}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join(''),
    'g',
  );
}

/** A lexicon made ready to read lines with (the shipped one, or one the learning script is trying out). */
export interface Formulations {
  lexicon: Lexicon;
  counted: { form: string; re: RegExp }[];
  forms: Set<string>;
  phrases: Map<string, PhraseEntry>;
  index: PhraseIndex;
}

export function compile(lex: Lexicon): Formulations {
  return {
    lexicon: lex,
    counted: lex.numbered.filter((e) => e.counted).map((e) => ({ form: e.form, re: countPattern(e.form) })),
    forms: new Set([...lex.numbered.map((e) => e.form), ...lex.phrases.map((e) => e.form)]),
    phrases: new Map(lex.phrases.map((e) => [e.form, e])),
    index: new PhraseIndex(lex.phrases, lex.others),
  };
}

/** A slip as the line's text alone shows it; the report's year decides later whether it is one (`eraSlips`). */
interface Candidate {
  slip: TextSlip;
  phrase?: PhraseEntry;
  window?: string;
  member?: MemberSlip;
}

function slip(at: number, have: string, want: string, message?: TextSlip['message']): TextSlip {
  return {
    from: at,
    to: at + have.length,
    newText: want,
    message: message ?? {
      zh: `提法有误：「${have}」应为「${want}」。`,
      en: `Official formulation: “${have}” should read “${want}”.`,
    },
    fixTitle: { zh: `改为「${want}」`, en: `Write “${want}”` },
  };
}

function candidates(t: string, f: Formulations): Candidate[] {
  const out: Candidate[] = [];
  for (const e of f.counted) {
    e.re.lastIndex = 0;
    for (let m = e.re.exec(t); m; m = e.re.exec(t)) {
      const w = m[0];
      // One count word changed (七河五湖 is another place's formulation, not 三河三湖 misspelt); a two-character
      // name (三个代表, 三个确立) only in quotes, where it cannot be 一个代表 of a delegation.
      const changed = [...w].filter((c, i) => c !== e.form[i]).length;
      const short = e.form.replace(/^[一二两三四五六七八九十]个?/, '').length <= 2;
      if (f.forms.has(w) || changed !== 1 || (short && t[m.index - 1] !== '“')) continue;
      out.push({ slip: slip(m.index, w, e.form) });
    }
  }
  for (const miss of f.index.misses(t))
    out.push({ slip: slip(miss.at, miss.text, miss.form), phrase: f.phrases.get(miss.form), window: miss.text });
  const counts = out.length;
  for (const m of memberSlips(t, f.lexicon.numbered)) {
    const message = { zh: m.zh, en: m.en };
    const s: TextSlip =
      m.newText === undefined
        ? { from: m.from, to: m.to, message }
        : { ...slip(m.from, t.slice(m.from, m.to), m.newText, message), to: m.to };
    out.push({ slip: s, member: m });
  }
  // A count word the member list already explains (“三个自信”：道路自信、…) is said once, by the list.
  const overlaps = (a: TextSlip, b: TextSlip) => a.from < b.to && b.from < a.to;
  return out.filter((c, i) => i >= counts || !out.slice(counts).some((m) => overlaps(m.slip, c.slip)));
}

/** The slips of a line in a report of `year` (undefined: a draft in today's words). */
export function eraSlips(cands: Candidate[], year: number | undefined): TextSlip[] {
  const out: TextSlip[] = [];
  for (const c of cands) {
    if (c.phrase) {
      if (!begun(c.phrase.years, year)) continue;
      const variant = c.phrase.variants?.find((v) => v.form === c.window);
      if (variant && inUse(variant.years, year)) continue;
      if (variant) {
        const [a, b] = variant.years;
        const want = c.slip.newText!;
        out.push({
          ...c.slip,
          message: {
            zh: `提法已更新：「${c.window}」是 ${a}—${b} 年报告的写法，现为「${want}」。`,
            en: `Formulation of another time: “${c.window}” is how reports of ${a}–${b} wrote it; now “${want}”.`,
          },
        });
        continue;
      }
    }
    const m = c.member;
    if (m?.since !== undefined && year !== undefined && year < m.since - 1) continue;
    if (m?.former && inUse(m.former, year)) continue;
    out.push(c.slip);
  }
  return out.sort((a, b) => a.from - b.from);
}

const SHIPPED = compile(lexicon);
const lineCandidates = perLine((t: string) => candidates(t, SHIPPED));

/** Every slip of a text read with another lexicon (the learning script's leave-one-out estimate). */
export function slipsWith(f: Formulations, text: string, year: number | undefined): TextSlip[] {
  return text.split('\n').flatMap((line) => eraSlips(candidates(line, f), year));
}

/**
 * `term.formulation`: an official formulation (提法) written almost but not exactly, by the lexicon
 * formulations.json (learned from the corpus by bench/formulations, members from the documents): a numbered one
 * with another count word (三个确立), its members changed, dropped, mixed with another's, out of order, or under a
 * count word that does not match them; a fixed phrase with one character changed, dropped, added or swapped. A
 * wording is judged in the report's own year: 中国特色的社会主义 is the 1980s' form, not a slip then.
 */
export const termFormulation: Check<NormData> = {
  code: 'term.formulation',
  defaultSeverity: 'warning',
  description: { zh: '提法与规范表述不一致', en: 'Official formulation not exact' },
  docs: {
    finds: {
      zh: '按内置词表（`server/src/core/checks/formulations.json`，由 `npm run learn:formulations` 从语料的 88 篇报告学得，成员表取自党的文件，各注明在语料中出现的篇数和年份）检查提法：带数字的提法换了数字（“二个维护”“三个确立”；语料中另有同名不同数提法的——三个意识、七河五湖、一个中国——不按数字比对；两字的名称只比对引号内的）；成员被改（政治意识、大局意识、核心意识、服务意识）、错成别的提法的成员（……核心意识、道路自信）、漏列（经济建设、政治建设、社会建设、生态文明建设）或顺序颠倒（理论自信、道路自信、制度自信、文化自信）；数字与所列项数不符（“三个自信”：道路自信、理论自信、制度自信、文化自信）；固定表述错、漏、多或颠倒了一个字（中国特色社会主意、全过程人民主；从语料学得的表述只查中间的字，且不计“的”“和”等虚词的增减）。按报告自己的年份判断：各时期报告自己的写法不算错（1980—1990年代的 中国特色的社会主义，2003—2011年的 全面建设小康社会，2013年以前只列四项的 经济建设、政治建设、文化建设、社会建设），用在此后的报告里则提示“提法已更新”。',
      en: "By the lexicon `server/src/core/checks/formulations.json` (learned by `npm run learn:formulations` from the 88 corpus reports, members from the party's documents, each with the reports and years it occurs in): a numbered formulation with another count word (“二个维护”, “三个确立”; not where the corpus has another count as a formulation of its own — 三个意识, 七河五湖, 一个中国 — and a two-character name only in quotes); its members changed (政治意识、大局意识、核心意识、服务意识), taken from another formulation (…核心意识、道路自信), one dropped (经济建设、政治建设、社会建设、生态文明建设) or out of order (理论自信、道路自信、制度自信、文化自信); a count word that does not match the list after it (“三个自信”：道路自信、理论自信、制度自信、文化自信); a fixed phrase with one character changed, dropped, added or swapped (中国特色社会主意, 全过程人民主; a phrase learned from the corpus only inside, and not for 的, 和 and other function words). Judged in the report's own year: an era's wording is no slip in its time (中国特色的社会主义 in the 1980s–90s, 全面建设小康社会 in 2003–2011, the four-member list before 2013) but is reported as outdated after it",
    },
    fixes: { zh: '改为规范表述', en: 'The exact form' },
    example: { draft: '\u3000\u3000坚持和发展全过程人民主，增强政治意识、大局意识、核心意识、看齐意思。\n' },
  },
  fixAll: true,
  fixes: carriedFix,
  *run(model) {
    const year = reportYear(model);
    for (const line of textLines(model)) yield* slipFindings(line, eraSlips(lineCandidates(line), year));
  },
};
