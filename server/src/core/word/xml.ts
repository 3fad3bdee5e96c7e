/**
 * A small, tolerant XML reader for the parts of an Office package: elements, attributes and text, entities decoded,
 * comments, processing instructions and DOCTYPEs skipped (no entity expansion, so no "billion laughs"). Names keep
 * their prefix as written; Word always writes its main namespace as `w:`, and the reader resolves a different
 * prefix bound to that namespace to `w:` so callers can match on one spelling.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
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

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Parses a whole part into its root element; malformed markup is read as far as it makes sense, never thrown. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let rename: ((n: string) => string) | undefined;
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
    const inner = text.slice(lt + 1, gt);
    i = gt + 1;
    if (inner[0] === '/') {
      const name = rename ? rename(inner.slice(1).trim()) : inner.slice(1).trim();
      // Close up to the matching element; an unmatched end tag is ignored.
      for (let k = stack.length - 1; k > 0; k--)
        if (stack[k].name === name) {
          stack.length = k;
          break;
        }
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameEnd = body.search(/[\s]|$/);
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = nameEnd;
    for (let m; (m = ATTR.exec(body));) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
    if (stack.length === 1 && !rename) rename = prefixRenamer(attrs);
    const name = rename ? rename(body.slice(0, nameEnd)) : body.slice(0, nameEnd);
    const el: XmlElement = { name, attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!selfClosing) stack.push(el);
  }
  return root;
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
