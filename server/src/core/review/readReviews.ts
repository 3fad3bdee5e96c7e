/**
 * A reviewer's returned copy (.docx) read for what the reviewer said: every comment (word/comments.xml, anchored in
 * document.xml between w:commentRangeStart and w:commentRangeEnd: the commented text) and every tracked change
 * (w:ins / w:del, w:moveTo / w:moveFrom) with its author and date, each with its paragraph's text as sent (changes
 * rejected) and as the reviewer left it (accepted). Adjacent changes of one author with no unchanged text between
 * them are one item: a deletion and an insertion at one place are a replacement (将“X”改为“Y”). Within the same
 * bounds as the Word reader (core/limits.ts: the zip's and the XML's budgets, the text's length).
 */
import { LIMITS, LimitExceeded } from '../limits';
import { parseReport } from '../model/parse';
import { TextDoc } from '../document';
import { child, elements, parseXml, xmlText, XmlEncodingError, type XmlElement } from '../word/xml';
import { ZipError, ZipPackage } from '../word/zip';
import { chapterOfLine } from './chapters';
import type { ReviewItem, ReviewRead } from './types';
import { unitOf } from './unit';

const MAX_DEPTH = 64;

type ChangeType = 'ins' | 'del';
interface Change {
  type: ChangeType;
  author: string;
  date: string;
  moved: boolean;
}
/** A stretch of a paragraph's text: unchanged, or one change; where it starts in `before` and in `after`. */
interface Segment {
  change?: Change;
  text: string;
  beforeAt: number;
}
interface Para {
  before: string;
  after: string;
  segments: Segment[];
}
/** Where a comment's range starts or ends, or its reference mark stands. */
interface Point {
  paragraph: number;
  beforeAt: number;
  afterAt: number;
}

const PROTECTED = 'a password-protected Word file or an old .doc (save it as .docx without a password)';

/** The comments and tracked changes of a returned copy named `file` (its name gives the unit of generic authors). */
export function readReviews(bytes: Uint8Array, file: string): ReviewRead {
  const name = file.replace(/^.*[\\/]/, '');
  const refuse = (reason: Extract<ReviewRead, { ok: false }>['reason'], message: string): ReviewRead => ({
    ok: false,
    file: name,
    reason,
    message,
  });
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return refuse('protected', PROTECTED);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return refuse('not-zip', 'not a Word .docx file (not a zip package)');
  try {
    return readPackage(new ZipPackage(bytes), name, refuse);
  } catch (e) {
    if (e instanceof LimitExceeded) return refuse('too-large', e.message);
    if (e instanceof XmlEncodingError) return refuse('encoding', e.message);
    if (e instanceof ZipError)
      return e.message === 'encrypted'
        ? refuse('protected', PROTECTED)
        : refuse('not-zip', `not a readable zip package (${e.message})`);
    throw e;
  }
}

function readPackage(
  zip: ZipPackage,
  name: string,
  refuse: (reason: 'not-word', message: string) => ReviewRead,
): ReviewRead {
  const xml = (part: string | undefined) => {
    const bytes = part === undefined ? undefined : zip.read(part);
    return bytes ? parseXml(xmlText(bytes)) : undefined;
  };
  const main = mainPart(zip, xml('[Content_Types].xml'));
  if (!main) return refuse('not-word', 'a zip package without a Word document (word/document.xml)');
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const commentsPart = commentsOf(xml(`${dir}_rels/${main.slice(dir.length)}.rels`), dir) ?? 'word/comments.xml';
  const body = child(child(xml(main), 'w:document'), 'w:body');
  const walker = new Walker();
  if (body) walker.block(body, 0);
  const paras = walker.paragraphs;
  // The copy as report text, one paragraph a line, parsed as a draft is: each paragraph's chapter, as the outline
  // would name it.
  const copy = parseReport(new TextDoc('review:copy', paras.map((p) => p.before.replace(/[\r\n]/g, ' ')).join('\n')));
  const chapterOf = (k: number) => chapterOfLine(copy, k);
  const items: ReviewItem[] = [];
  const base = (k: number) => {
    // A paragraph the reviewer added whole stands after the last paragraph that was sent: it is placed there.
    let at = k;
    while (at > 0 && !paras[at].before.trim() && paras[at].after.trim()) at--;
    const p = paras[at];
    return { paragraph: k + 1, before: p?.before ?? '', after: paras[k]?.after ?? '', chapter: chapterOf(at), at };
  };
  paras.forEach((p, k) => {
    for (const g of changesOf(p)) {
      const { at, ...b } = base(k);
      const whole = at !== k ? { offset: b.before.length, newParagraph: true } : {};
      items.push({ ...g, ...b, unit: unitOf(g.author, name), file: name, ...whole });
    }
  });
  for (const c of commentsIn(xml(commentsPart))) {
    const start = walker.starts.get(c.id) ?? walker.refs.get(c.id);
    const end = walker.ends.get(c.id);
    const p = start ? paras[start.paragraph] : undefined;
    let text = '';
    if (start && p) {
      const sameParagraph = end && end.paragraph === start.paragraph;
      text = sameParagraph ? p.before.slice(start.beforeAt, end.beforeAt) : p.before.slice(start.beforeAt);
      if (!text.trim() && sameParagraph) text = p.after.slice(start.afterAt, end.afterAt);
    }
    items.push({
      kind: 'comment',
      unit: unitOf(c.author, name),
      author: c.author,
      date: c.date,
      file: name,
      paragraph: start ? start.paragraph + 1 : 0,
      before: p?.before ?? '',
      after: p?.after ?? '',
      chapter: start ? chapterOf(start.paragraph) : '',
      text,
      offset: start?.beforeAt ?? 0,
      content: c.text,
    });
  }
  items.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  return { ok: true, file: name, items, paragraphs: paras.length };
}

/** The changes of a paragraph: runs of changed segments of one author with no unchanged text between them. */
function changesOf(p: Para): Pick<ReviewItem, 'kind' | 'author' | 'date' | 'text' | 'offset' | 'content' | 'moved'>[] {
  const out: ReturnType<typeof changesOf> = [];
  let run: Segment[] = [];
  const flush = () => {
    if (!run.length) return;
    const del = run.filter((s) => s.change!.type === 'del').map((s) => s.text);
    const ins = run.filter((s) => s.change!.type === 'ins').map((s) => s.text);
    const c = run[0].change!;
    out.push({
      kind: del.length && ins.length ? 'replace' : del.length ? 'delete' : 'insert',
      author: c.author,
      date: c.date,
      text: del.join(''),
      offset: run[0].beforeAt,
      content: ins.join(''),
      ...(run.some((s) => s.change!.moved) ? { moved: true } : {}),
    });
    run = [];
  };
  for (const s of p.segments) {
    if (!s.text) continue;
    if (!s.change) flush();
    else {
      if (run.length && run[0].change!.author !== s.change.author) flush();
      run.push(s);
    }
  }
  flush();
  return out;
}

/** Body paragraphs in document order (table cells' too), their texts before and after, and the comment points. */
class Walker {
  readonly paragraphs: Para[] = [];
  readonly starts = new Map<string, Point>();
  readonly ends = new Map<string, Point>();
  readonly refs = new Map<string, Point>();
  private chars = 0;

  block(el: XmlElement, depth: number): void {
    if (depth > MAX_DEPTH) return;
    for (const c of elements(el)) {
      if (c.name === 'w:p') this.paragraph(c, depth);
      else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdtContent')
        this.block(c, depth + 1);
      else if (c.name === 'w:sdt' || c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo')
        this.block(c, depth + 1);
      else if (c.name === 'w:commentRangeStart' || c.name === 'w:commentRangeEnd')
        this.point(c, this.paragraphs.length);
    }
  }

  private paragraph(p: XmlElement, depth: number): void {
    const para: Para = { before: '', after: '', segments: [] };
    this.paragraphs.push(para);
    this.inline(p, para, undefined, depth + 1);
    this.chars += para.before.length + para.after.length;
    if (this.chars > LIMITS.textChars) throw new LimitExceeded('textChars');
  }

  /** A comment point at the current end of the last paragraph (or at the start of the next one, between them). */
  private point(el: XmlElement, next?: number): void {
    const id = el.attrs['w:id'];
    if (id === undefined) return;
    const k = next ?? this.paragraphs.length - 1;
    const p = next === undefined ? this.paragraphs[k] : undefined;
    const at: Point = { paragraph: k, beforeAt: p?.before.length ?? 0, afterAt: p?.after.length ?? 0 };
    const map =
      el.name === 'w:commentRangeStart' ? this.starts : el.name === 'w:commentRangeEnd' ? this.ends : this.refs;
    if (!map.has(id)) map.set(id, at);
  }

  private inline(el: XmlElement, para: Para, change: Change | undefined, depth: number): void {
    if (depth > MAX_DEPTH) return;
    for (const c of elements(el)) {
      switch (c.name) {
        case 'w:r':
          this.run(c, para, change);
          break;
        case 'w:ins':
        case 'w:del':
        case 'w:moveTo':
        case 'w:moveFrom':
          this.inline(c, para, changeOf(c), depth + 1);
          break;
        case 'w:commentRangeStart':
        case 'w:commentRangeEnd':
          this.point(c);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:bdo':
        case 'w:dir':
        case 'w:sdt':
        case 'w:sdtContent':
          this.inline(c, para, change, depth + 1);
          break;
        default:
          break; // properties, bookmarks, math, drawings: not the paragraph's words
      }
    }
  }

  private run(r: XmlElement, para: Para, change: Change | undefined): void {
    for (const c of elements(r)) {
      if (c.name === 'w:commentReference') this.point(c);
      else if (c.name === 'w:t' || c.name === 'w:delText') this.add(para, textOf(c), change);
      else if (c.name === 'w:tab' || c.name === 'w:ptab' || c.name === 'w:br' || c.name === 'w:cr')
        this.add(para, ' ', change);
      else if (c.name === 'w:noBreakHyphen') this.add(para, '-', change);
    }
  }

  private add(para: Para, text: string, change: Change | undefined): void {
    if (!text) return;
    const last = para.segments[para.segments.length - 1];
    const same =
      last &&
      last.change?.type === change?.type &&
      last.change?.author === change?.author &&
      last.change?.date === change?.date;
    if (same) last.text += text;
    else para.segments.push({ change, text, beforeAt: para.before.length });
    if (change?.type !== 'ins') para.before += text;
    if (change?.type !== 'del') para.after += text;
  }
}

function changeOf(el: XmlElement): Change {
  return {
    type: el.name === 'w:ins' || el.name === 'w:moveTo' ? 'ins' : 'del',
    author: (el.attrs['w:author'] ?? '').trim(),
    date: el.attrs['w:date'] ?? '',
    moved: el.name === 'w:moveTo' || el.name === 'w:moveFrom',
  };
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** Every comment of comments.xml: its id, author, date and words (its paragraphs one a line). */
function commentsIn(part: XmlElement | undefined): { id: string; author: string; date: string; text: string }[] {
  const root = part && child(part, 'w:comments');
  return (root ? elements(root, 'w:comment') : []).map((c) => ({
    id: c.attrs['w:id'] ?? '',
    author: (c.attrs['w:author'] ?? '').trim(),
    date: c.attrs['w:date'] ?? '',
    text: allText(c).trim(),
  }));
}

/** The words of an element's paragraphs, one a line. */
function allText(el: XmlElement): string {
  const lines: string[] = [];
  const walk = (e: XmlElement, depth: number, into: string[]): void => {
    if (depth > MAX_DEPTH) return;
    for (const c of elements(e)) {
      if (c.name === 'w:p') {
        const words: string[] = [];
        walk(c, depth + 1, words);
        lines.push(words.join(''));
      } else if (c.name === 'w:t') into.push(textOf(c));
      else if (c.name === 'w:tab' || c.name === 'w:br') into.push(' ');
      else if (c.name !== 'w:delText') walk(c, depth + 1, into);
    }
  };
  walk(el, 0, lines);
  return lines.join('\n');
}

/** The main document part, from [Content_Types].xml (a .docm names it differently), else the usual name. */
function mainPart(zip: ZipPackage, types: XmlElement | undefined): string | undefined {
  const root = types && elements(types)[0];
  for (const o of root ? elements(root, 'Override') : []) {
    if (/(wordprocessingml\.(document|template)|macroEnabled(Template)?)\.main\+xml/.test(o.attrs.ContentType ?? '')) {
      const part = (o.attrs.PartName ?? '').replace(/^\//, '');
      if (zip.has(part)) return part;
    }
  }
  return zip.has('word/document.xml') ? 'word/document.xml' : undefined;
}

/** The comments part the document's relationships name. */
function commentsOf(rels: XmlElement | undefined, dir: string): string | undefined {
  const root = rels && elements(rels)[0];
  for (const r of root ? elements(root, 'Relationship') : [])
    if (/\/comments$/.test(r.attrs.Type ?? '') && r.attrs.Target)
      return r.attrs.Target.startsWith('/') ? r.attrs.Target.slice(1) : dir + r.attrs.Target;
  return undefined;
}
