/**
 * Comment anchors written into the main part's text in place: w:commentRangeStart before a finding's first
 * character, w:commentRangeEnd and a run holding w:commentReference after its last. Nothing else of the text
 * changes, but that a run is split where an anchor falls inside it (each piece with the run's own start tag and
 * properties, a w:t cut in two keeping its own start tag), since the markers stand between runs, never in one.
 */
import type { Atom, Trace } from './traced';
import { decodeEntities, elements, type XmlElement } from './xml';

/** Before character `offset` of an atom (`offset` = its length: after it), or in an empty paragraph. */
export type Cut = { atom: Atom; offset: number } | { paragraph: XmlElement };

export interface Anchor {
  id: number;
  start: Cut;
  end: Cut;
}

interface Mark {
  id: number;
  end: boolean;
  /** A comment on a point, its start and end at one place. */
  point: boolean;
}

/** Where a cut's markers go: at `pos` between elements, or inside `run` (which is then split there). */
interface Place {
  pos: number;
  run?: XmlElement;
  /** The w:t cut in two at `pos`. */
  t?: XmlElement;
  paragraph?: XmlElement;
}

/** The main part's text with the anchors' markers; `w` is the prefix the part gives Word's namespace (`w:`). */
export function withAnchors(trace: Trace, anchors: Anchor[], w: string): string {
  const xml = trace.xml;
  const at = new Map<string, { place: Place; marks: Mark[] }>();
  const mark = (cut: Cut, m: Mark) => {
    const place = placeOf(xml, cut, m.end);
    const key = `${place.pos}:${place.paragraph ? 'p' : place.run ? 'in' : 'out'}`;
    const entry = at.get(key) ?? { place, marks: [] };
    entry.marks.push(m);
    at.set(key, entry);
  };
  for (const a of anchors) {
    const point = sameCut(a.start, a.end);
    mark(a.start, { id: a.id, end: false, point });
    mark(a.end, { id: a.id, end: true, point });
  }
  const markup = (marks: Mark[]) =>
    marks
      .sort((a, b) => rank(a) - rank(b) || a.id - b.id)
      .map((m) =>
        m.end
          ? `<${w}commentRangeEnd ${w}id="${m.id}"/><${w}r><${w}commentReference ${w}id="${m.id}"/></${w}r>`
          : `<${w}commentRangeStart ${w}id="${m.id}"/>`,
      )
      .join('');
  const edits: { from: number; to: number; text: string }[] = [];
  const splits = new Map<XmlElement, { place: Place; text: string }[]>();
  const emptyParagraphs = new Map<XmlElement, string>();
  for (const { place, marks } of at.values()) {
    const text = markup(marks);
    if (place.paragraph) emptyParagraphs.set(place.paragraph, (emptyParagraphs.get(place.paragraph) ?? '') + text);
    else if (place.run) splits.set(place.run, [...(splits.get(place.run) ?? []), { place, text }]);
    else edits.push({ from: place.pos, to: place.pos, text });
  }
  for (const [run, cuts] of splits) edits.push(splitRun(xml, run, cuts));
  for (const [p, text] of emptyParagraphs) edits.push(intoEmptyParagraph(xml, p, text));
  // Insertions before a replacement at the same place; edits never overlap (runs and paragraphs are disjoint).
  edits.sort((a, b) => a.from - b.from || a.to - a.from - (b.to - b.from));
  let out = '';
  let k = 0;
  for (const e of edits) {
    out += xml.slice(k, e.from) + e.text;
    k = e.to;
  }
  return out + xml.slice(k);
}

/** At one place: the ends of comments before it first, then comments on the point, then the starts after it. */
function rank(m: Mark): number {
  return m.point ? (m.end ? 2 : 1) : m.end ? 0 : 3;
}

function sameCut(a: Cut, b: Cut): boolean {
  if ('paragraph' in a || 'paragraph' in b) return 'paragraph' in a && 'paragraph' in b && a.paragraph === b.paragraph;
  return a.atom === b.atom && a.offset === b.offset;
}

function placeOf(xml: string, cut: Cut, isEnd: boolean): Place {
  if ('paragraph' in cut) {
    const pPr = elements(cut.paragraph).find((c) => c.name === 'w:pPr');
    return { pos: pPr ? pPr.at!.end : cut.paragraph.at!.inner, paragraph: cut.paragraph };
  }
  const { atom } = cut;
  const run = atom.run;
  const content = elements(run).filter((c) => c.name !== 'w:rPr');
  const idx = content.indexOf(atom.el);
  let offset = cut.offset;
  if (offset > 0 && offset < atom.length) {
    const r = rawOffset(xml.slice(atom.el.at!.inner, atom.el.at!.close), offset);
    // A w:t whose text cannot be cut where the characters are (CDATA in it): the anchor takes in the whole w:t.
    if (r === undefined) offset = isEnd ? atom.length : 0;
    else return { pos: atom.el.at!.inner + r, run, t: atom.el };
  }
  // A run without its own end tag (a broken part) is not split: the anchor goes around it.
  const splittable = run.at!.close < run.at!.end;
  if (offset === 0) return idx === 0 || !splittable ? { pos: run.at!.start } : { pos: atom.el.at!.start, run };
  return idx === content.length - 1 || !splittable ? { pos: run.at!.end } : { pos: atom.el.at!.end, run };
}

/** The offset in a w:t's raw text of its `k`th decoded character (UTF-16 units); undefined past markup. */
export function rawOffset(raw: string, k: number): number | undefined {
  let units = 0;
  let i = 0;
  while (i < raw.length && units < k) {
    const c = raw[i];
    if (c === '<') return undefined;
    const semi = c === '&' ? raw.indexOf(';', i) : -1;
    if (semi > 0 && semi - i <= 12) {
      units += decodeEntities(raw.slice(i, semi + 1)).length;
      i = semi + 1;
    } else {
      units++;
      i++;
    }
  }
  return units === k ? i : undefined;
}

/**
 * The run with markup at each cut: the run closed there and opened again after it, with its own start tag and
 * properties; a cut in a w:t closes and reopens the w:t too.
 */
function splitRun(xml: string, run: XmlElement, cuts: { place: Place; text: string }[]) {
  const at = run.at!;
  const rPr = elements(run).find((c) => c.name === 'w:rPr');
  const reopen = xml.slice(at.start, at.inner) + (rPr ? xml.slice(rPr.at!.start, rPr.at!.end) : '');
  const closeRun = xml.slice(at.close, at.end);
  let out = '';
  let k = at.start;
  for (const { place, text } of cuts.sort((a, b) => a.place.pos - b.place.pos)) {
    out += xml.slice(k, place.pos);
    k = place.pos;
    const t = place.t;
    if (!t) {
      out += closeRun + text + reopen;
      continue;
    }
    let openT = xml.slice(t.at!.start, t.at!.inner);
    const rest = decodeEntities(xml.slice(place.pos, t.at!.close));
    // The second piece starts with a space a reader would drop unless told to keep it.
    if (/^\s/.test(rest) && !/xml:space/.test(openT)) openT = openT.replace(/^(<[^\s/>]+)/, '$1 xml:space="preserve"');
    out += xml.slice(t.at!.close, t.at!.end) + closeRun + text + reopen + openT;
  }
  return { from: at.start, to: at.end, text: out + xml.slice(k, at.end) };
}

/** A paragraph with no text of its own holds the markers after its properties; `<w:p/>` is opened for them. */
function intoEmptyParagraph(xml: string, p: XmlElement, text: string) {
  const at = p.at!;
  if (at.inner === at.end && xml[at.end - 2] === '/') {
    const open = xml.slice(at.start, at.end - 2).replace(/\s+$/, '') + '>';
    const name = /^<([^\s/>]+)/.exec(open)![1];
    return { from: at.start, to: at.end, text: `${open}${text}</${name}>` };
  }
  const pPr = elements(p).find((c) => c.name === 'w:pPr');
  const pos = pPr ? pPr.at!.end : at.inner;
  return { from: pos, to: pos, text };
}
