/**
 * A small, tolerant XML reader for the parts of an Office package: elements, attributes and text, entities decoded,
 * comments, processing instructions and DOCTYPEs skipped (no entity expansion, so no "billion laughs"). Names keep
 * their prefix as written; Word always writes its main namespace as `w:`, and the reader resolves a different
 * prefix bound to that namespace to `w:` so callers can match on one spelling.
 */
import { LIMITS, LimitExceeded } from '../limits';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Where the element lies in the text, when parsed with `positions` (annotate.ts edits the text in place). */
  readonly at?: XmlSpan;
}
/** Offsets in the parsed text: `<` of the start tag, after its `>`, `<` of the end tag, after its `>`. */
export interface XmlSpan {
  start: number;
  inner: number;
  close: number;
  end: number;
}
export type XmlNode = XmlElement | string;

const WORD_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITY[e] ?? m;
  });
}

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * Parses a whole part into its root element; malformed markup is read as far as it makes sense, never thrown.
 * Within LIMITS (elements, elements open at once, name length), checked as it reads: past one, LimitExceeded.
 */
export function parseXml(text: string, opts: { positions?: boolean } = {}): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let rename: ((n: string) => string) | undefined;
  let elements = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) stack[stack.length - 1].children.push(decodeEntities(text.slice(i, textEnd)));
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      i = skipTo(text, '-->', lt + 4);
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      stack[stack.length - 1].children.push(text.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (text[lt + 1] === '?') {
      i = skipTo(text, '?>', lt + 2);
      continue;
    }
    if (text[lt + 1] === '!') {
      i = skipTo(text, '>', lt + 2);
      continue;
    }
    const gt = tagEnd(text, lt + 1);
    i = gt + 1;
    if (text[lt + 1] === '/') {
      const raw = text.slice(lt + 2, gt).trim();
      if (raw.length > LIMITS.xmlNameChars) throw new LimitExceeded('xmlNameChars');
      const name = rename ? rename(raw) : raw;
      // Close up to the matching element; an unmatched end tag is ignored (the stack is at most xmlDepth deep).
      for (let k = stack.length - 1; k > 0; k--)
        if (stack[k].name === name) {
          // Elements left open inside end where this end tag starts.
          if (opts.positions) for (let j = stack.length - 1; j >= k; j--) closeAt(stack[j], lt, gt + 1, j === k);
          stack.length = k;
          break;
        }
      continue;
    }
    const selfClosing = text[gt - 1] === '/' && gt - 1 > lt;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd - lt - 1 > LIMITS.xmlNameChars) throw new LimitExceeded('xmlNameChars');
    const attrs = nameEnd < bodyEnd ? readAttrs(text, nameEnd, bodyEnd) : NO_ATTRS;
    if (stack.length === 1 && !rename) rename = prefixRenamer(attrs);
    const raw = text.slice(lt + 1, nameEnd);
    const el: XmlElement = { name: rename ? rename(raw) : raw, attrs, children: selfClosing ? NO_CHILDREN : [] };
    if (opts.positions) (el as { at?: XmlSpan }).at = { start: lt, inner: gt + 1, close: gt + 1, end: gt + 1 };
    if (++elements > LIMITS.xmlElements) throw new LimitExceeded('xmlElements');
    stack[stack.length - 1].children.push(el);
    if (!selfClosing) {
      if (stack.length > LIMITS.xmlDepth) throw new LimitExceeded('xmlDepth');
      stack.push(el);
    }
  }
  if (opts.positions) for (let j = stack.length - 1; j > 0; j--) closeAt(stack[j], n, n, false);
  return root;
}

/** An element's end: its own end tag (`<` at `lt`, `>` before `after`), or where an ancestor's or the text ends. */
function closeAt(el: XmlElement, lt: number, after: number, own: boolean): void {
  const at = el.at!;
  at.close = lt;
  at.end = own ? after : lt;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** `name="value"` pairs between `from` and `to`, in one pass (a regex backtracks on a 150,000-character name). */
function readAttrs(text: string, from: number, to: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let k = from;
  while (k < to) {
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    const start = k;
    while (k < to && !isSpace(text.charCodeAt(k)) && text[k] !== '=') k++;
    if (k - start > LIMITS.xmlNameChars) throw new LimitExceeded('xmlNameChars');
    const name = text.slice(start, k);
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (text[k] !== '=') {
      if (k === start) k++;
      continue;
    }
    k++;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    const q = text[k];
    if (q !== '"' && q !== "'") continue;
    const end = text.indexOf(q, k + 1);
    const close = end < 0 || end > to ? to : end;
    if (name) attrs[name] = decodeEntities(text.slice(k + 1, close));
    k = close + 1;
  }
  return attrs;
}

/**
 * A part's bytes as text. OPC allows UTF-8 and UTF-16 (with or without a byte order mark); anything else is refused
 * rather than read as nothing.
 */
export function xmlText(bytes: Uint8Array): string {
  const b0 = bytes[0],
    b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (b0 === 0x3c && b1 === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0x00 && b1 === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  const declared = /^\uFEFF?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(text.slice(0, 200))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) throw new XmlEncodingError(declared);
  return text;
}

/** A part in an encoding OPC does not allow (and so no reader of ours would read right). */
export class XmlEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`a part in ${encoding}, which Word packages do not use (UTF-8 or UTF-16)`);
  }
}

function skipTo(text: string, end: string, from: number): number {
  const k = text.indexOf(end, from);
  return k < 0 ? text.length : k + end.length;
}

/** The `>` that ends a tag, quotes respected. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  return text.length;
}

/** When the root binds Word's main namespace to a prefix other than `w`, names with that prefix are read as `w:`. */
function prefixRenamer(attrs: Record<string, string>): ((n: string) => string) | undefined {
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== WORD_MAIN || !k.startsWith('xmlns:') || k === 'xmlns:w') continue;
    const prefix = k.slice(6) + ':';
    return (n) => (n.startsWith(prefix) ? 'w:' + n.slice(prefix.length) : n);
  }
  return undefined;
}

/** Child elements, optionally of one name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (!name || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** A `w:val`-style attribute of a child: `<w:numId w:val="3"/>` → "3". */
export function childVal(el: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  return child(el, name)?.attrs[attr];
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): true, false, or undefined when absent. */
export function onOff(el: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** The first descendant of a name, depth first. */
export function find(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const d = find(c, name);
    if (d) return d;
  }
  return undefined;
}
