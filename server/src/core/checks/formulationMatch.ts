/**
 * Finding a formulation written one edit away (a character changed, dropped, added, or two neighbours swapped), for
 * many phrases at once: the check reads each line with it, and the learning script (bench/formulations) reads the
 * corpus with the same rules to learn which phrases real reports vary and which wordings belong to an era.
 */

/** Is `b` one edit from `a`: one character changed, dropped, added, or two neighbours swapped? */
export function oneEditApart(a: string, b: string): boolean {
  return editOf(a, b) !== undefined;
}

/** What one edit turns `form` into `w`: the characters it takes out and puts in, and where. */
export interface Edit {
  kind: 'changed' | 'dropped' | 'added' | 'swapped';
  /** Index in `form` of the (first) character touched. */
  at: number;
  out: string;
  in: string;
}

export function editOf(form: string, w: string): Edit | undefined {
  if (form === w) return undefined;
  if (form.length === w.length) {
    const diff: number[] = [];
    for (let i = 0; i < form.length && diff.length <= 2; i++) if (form[i] !== w[i]) diff.push(i);
    if (diff.length === 1) return { kind: 'changed', at: diff[0], out: form[diff[0]], in: w[diff[0]] };
    const [i, j] = diff;
    if (diff.length === 2 && j === i + 1 && form[i] === w[j] && form[j] === w[i])
      return { kind: 'swapped', at: i, out: '', in: '' };
    return undefined;
  }
  const [s, l] = form.length < w.length ? [form, w] : [w, form];
  if (l.length - s.length !== 1) return undefined;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.slice(i) !== l.slice(i + 1)) return undefined;
  return form.length > w.length
    ? { kind: 'dropped', at: i, out: form[i], in: '' }
    : { kind: 'added', at: i, out: '', in: w[i] };
}

const CJK = /^[\u3400-\u9fff]$/;
const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两第届]$/;
/** Words whose presence or absence is style, not a slip: 中华民族(的)伟大复兴, 文化事业和(与)文化产业. */
const FUNCTION = /^[的和地之及与了等并以同在是]$/;

/**
 * Is this edit a slip of the form, as opposed to another wording? Only Chinese characters count (a 、 or a
 * quote is punctuation's business), never one numeral for another (十八大 and 十九大 are two facts), and for a phrase learned from
 * the corpus (not `strict`) neither its first or last character (a different phrase boundary: 落实/实施…战略) nor a
 * function word added, dropped or exchanged.
 */
export function isSlip(form: string, e: Edit, strict: boolean): boolean {
  const touched = e.kind === 'swapped' ? [form[e.at], form[e.at + 1]] : [e.out, e.in].filter(Boolean);
  if (touched.some((c) => !CJK.test(c))) return false;
  // 十八大 for 十九大 is another congress; 中央项规定 (八 dropped) is a slip.
  if (e.kind === 'changed' && NUMERAL.test(e.out) && NUMERAL.test(e.in)) return false;
  if (strict) return true;
  const last = e.kind === 'swapped' ? e.at + 1 : e.at;
  if (e.at === 0 || last >= form.length - 1 || (e.kind === 'added' && e.at >= form.length - 1)) return false;
  return !touched.every((c) => FUNCTION.test(c));
}

export interface Phrase {
  form: string;
  /** From the party's documents, every character fixed; learned phrases are checked less strictly (isSlip). */
  strict?: boolean;
}

export interface Miss {
  at: number;
  text: string;
  form: string;
  edit: Edit;
}

interface Anchor {
  text: string;
  phrase: Phrase;
  offset: number;
}

/**
 * Any window one edit from a phrase holds the phrase's first or second half (each less its middle character)
 * exactly. The halves are indexed by their first two characters: a line is read once for all phrases, and only the
 * windows around an anchor found are compared.
 */
export class PhraseIndex {
  private readonly byKey = new Map<number, Anchor[]>();
  private readonly forms: Set<string>;

  constructor(
    phrases: Phrase[],
    /** Forms of their own near a phrase (社会主义核心价值体系): never taken for its slip. */
    private readonly others: string[] = [],
  ) {
    this.forms = new Set(phrases.map((p) => p.form));
    for (const phrase of phrases) {
      const { form } = phrase;
      const h = form.length >> 1;
      for (const [text, offset] of [
        [form.slice(0, h - 1), 0],
        [form.slice(h + 1), h + 1],
      ] as const) {
        if (text.length < 2) continue;
        const key = text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
        const list = this.byKey.get(key) ?? [];
        list.push({ text, phrase, offset });
        this.byKey.set(key, list);
      }
    }
  }

  /** The windows of `t` one edit from a phrase, a slip by isSlip, not overlapping an exact occurrence of it. */
  misses(t: string): Miss[] {
    const found = new Map<string, Miss>();
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
    for (let k = 0; k < t.length - 1; k++) {
      const anchors = this.byKey.get(t.charCodeAt(k) * 0x10000 + t.charCodeAt(k + 1));
      if (!anchors) continue;
      for (const { text, phrase, offset } of anchors) {
        if (!t.startsWith(text, k)) continue;
        const { form } = phrase;
        const L = form.length;
        const xs = exact(form);
        // Most anchors found are inside the exact form: nothing near there can be a slip of it.
        if (xs.includes(k - offset)) continue;
        for (const start of [k - offset - 1, k - offset, k - offset + 1]) {
          const key = `${form}@${start}`;
          if (start < 0 || found.has(key)) continue;
          // Same length first (a character changed or swapped): a shorter window would leave the changed one behind.
          for (const len of [L, L + 1, L - 1]) {
            if (start + len > t.length) continue;
            const w = t.slice(start, start + len);
            const edit = editOf(form, w);
            if (!edit || this.forms.has(w) || !isSlip(form, edit, !!phrase.strict)) continue;
            // Another formulation of its own starts here (社会主义核心价值体系 is not 社会主义核心价值观 misspelt).
            if (this.others.some((o) => t.startsWith(o, start) || (start > 0 && t.startsWith(o, start - 1)))) continue;
            // A window that only touches the exact form (建设有中国特色社会主义) is the form itself.
            if (xs.some((x) => x < start + len && start < x + L)) continue;
            found.set(key, { at: start, text: w, form, edit });
            break;
          }
        }
      }
    }
    // One finding per place: of two phrases slipping at the same characters (中国特色社会主义 and a longer phrase
    // holding it), the longer says more.
    const out = [...found.values()].sort((a, b) => a.at - b.at || b.form.length - a.form.length);
    return out.filter(
      (m, i) => !out.slice(0, i).some((o) => o.at < m.at + m.text.length && m.at < o.at + o.text.length),
    );
  }
}
