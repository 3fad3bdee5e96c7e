/**
 * Where each character of a Word document's report text comes from, for writing findings back into the document
 * as comments (annotate.ts). The reader (readDocx.ts) builds its lines from traced pieces: a character of a w:t (or
 * the space of a w:tab) keeps its place in the document's character stream; what the reader writes itself (Word's
 * automatic numbers, `**` around a bold lead, a heading's `#`, the tabs between table cells) has none (-1). Without
 * a Trace the pieces carry no places and cost nothing more than their strings.
 */
import { parseXml, type XmlElement } from './xml';
import type { ZipPackage } from './zip';

/** A text and, when traced, each character's place in the document's character stream (-1: the reader's own). */
export interface Traced {
  text: string;
  at?: number[];
}

/** Characters of one w:t (or w:tab…) of a run, in the stream from `base`. */
export interface Atom {
  base: number;
  length: number;
  el: XmlElement;
  run: XmlElement;
}

/** The main part's text could not be edited in place: it is not UTF-8 (a re-encoded part would differ throughout). */
export class NotEditable extends Error {}

export class Trace {
  zip?: ZipPackage;
  main = '';
  /** The main part as text (a byte order mark left out, and kept in `bom`), parsed with positions into `root`. */
  xml = '';
  bom = false;
  root?: XmlElement;
  readonly atoms: Atom[] = [];
  /** Each line's places, as `at` of its Traced. */
  readonly lineAt: number[][] = [];
  /** The w:p of each paragraph (paragraph n at n − 1). */
  readonly paragraphs: XmlElement[] = [];
  private next = 0;

  /** The main part, parsed with positions. */
  parse(bytes: Uint8Array): XmlElement {
    ({ text: this.xml, bom: this.bom } = editableText(bytes));
    this.root = parseXml(this.xml, { positions: true });
    return this.root;
  }

  /** The characters of `el` in `run`, placed in the stream. */
  add(text: string, el: XmlElement, run: XmlElement): Traced {
    const base = this.next;
    this.next += text.length;
    this.atoms.push({ base, length: text.length, el, run });
    const at = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) at[i] = base + i;
    return { text, at };
  }

  /** The atom holding stream place `g`, and the offset in it. */
  find(g: number): { atom: Atom; offset: number } | undefined {
    let lo = 0;
    let hi = this.atoms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const a = this.atoms[mid];
      if (g < a.base) hi = mid - 1;
      else if (g >= a.base + a.length) lo = mid + 1;
      else return { atom: a, offset: g - a.base };
    }
    return undefined;
  }
}

/**
 * A part's text to edit in place: only UTF-8 (a byte order mark set aside in `bom`) is decoded and encoded back byte
 * for byte, so that what is not edited stays the same.
 */
export function editableText(bytes: Uint8Array): { text: string; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw new NotEditable('a part to change is not UTF-8 (Word writes UTF-8)');
  }
  if (/^<\?xml[^>]*?encoding\s*=\s*["'](?!utf-?8["'])/i.test(text.slice(0, 200)))
    throw new NotEditable('a part to change is not UTF-8 (Word writes UTF-8)');
  return { text, bom };
}

export function encodeText(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Pieces one after another; a string is the reader's own text. */
export function cat(parts: (Traced | string)[]): Traced {
  let text = '';
  let traced = false;
  for (const p of parts) {
    text += typeof p === 'string' ? p : p.text;
    if (typeof p !== 'string' && p.at) traced = true;
  }
  if (!traced) return { text };
  const at: number[] = [];
  for (const p of parts) {
    if (typeof p !== 'string' && p.at) for (const a of p.at) at.push(a);
    else for (let i = (typeof p === 'string' ? p : p.text).length; i > 0; i--) at.push(-1);
  }
  return { text, at };
}

export function join(parts: Traced[], separator: string): Traced {
  const out: (Traced | string)[] = [];
  parts.forEach((p, i) => out.push(...(i ? [separator, p] : [p])));
  return cat(out);
}

export function slice(t: Traced, from: number, to?: number): Traced {
  return t.at ? { text: t.text.slice(from, to), at: t.at.slice(from, to) } : { text: t.text.slice(from, to) };
}

/** As String.trim, places kept. */
export function trim(t: Traced): Traced {
  const from = t.text.length - t.text.trimStart().length;
  return slice(t, from, Math.max(from, t.text.trimEnd().length));
}

/** Every `**` taken out, as String.replace(/\*\*\/g, '') does. */
export function withoutStars(t: Traced): Traced {
  return without(t, '**');
}

/** Every occurrence of `s` taken out, places kept for the rest. */
export function without(t: Traced, s: string): Traced {
  if (!t.at) return { text: t.text.split(s).join('') };
  const parts: Traced[] = [];
  let from = 0;
  for (let k = t.text.indexOf(s); k >= 0; k = t.text.indexOf(s, from)) {
    parts.push(slice(t, from, k));
    from = k + s.length;
  }
  parts.push(slice(t, from));
  return cat(parts);
}

/** A character replaced by another everywhere (the places stay: one character for one). */
export function replaceChar(t: Traced, from: string, to: string): Traced {
  return { ...t, text: t.text.split(from).join(to) };
}

export function splitLines(t: Traced): Traced[] {
  const texts = t.text.split('\n');
  if (!t.at) return texts.map((text) => ({ text }));
  let k = 0;
  return texts.map((text) => {
    const piece = slice(t, k, k + text.length);
    k += text.length + 1;
    return piece;
  });
}
