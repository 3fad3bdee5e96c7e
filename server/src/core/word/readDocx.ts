/**
 * A Word document (.docx, .docm, .dotx) as the report text the core reads: one paragraph a line, Word's automatic
 * numbering written out (一、 （一） 1.), a bold lead-in kept as `**…**`, a heading with no number as a markdown
 * heading of its outline level, a table as one line per row with tab-separated cells. Deleted revisions, hidden
 * text, footnote and comment marks, drawings, page-number and TOC fields are left out. Every line is mapped back to
 * the Word paragraph it came from (1-based, counting every paragraph in document order, empty ones and those in
 * tables included), so a finding can name the paragraph a Word user sees.
 */
import { LIMITS, LimitExceeded } from '../limits';
import { classifyLine } from '../model/classify';
import { Numbering } from './numbering';
import { Styles } from './styles';
import {
  cat,
  join,
  NotEditable,
  replaceChar,
  slice,
  splitLines,
  trim,
  without,
  withoutStars,
  type Trace,
  type Traced,
} from './traced';
import { child, childVal, elements, onOff, parseXml, xmlText, XmlEncodingError, type XmlElement } from './xml';
import { ZipError, ZipPackage } from './zip';

export interface WordText {
  text: string;
  /** The Word paragraph (1-based) of each line of `text`. */
  paragraphOfLine: number[];
  paragraphs: number;
}

export type WordRead =
  | ({ ok: true } & WordText)
  | { ok: false; reason: 'not-zip' | 'not-word' | 'protected' | 'too-large' | 'encoding'; message: string };

export { isWordFileName } from '../reportFiles';

const MAX_DEPTH = 64;
/** Fields whose result is not the report's text. */
const DROPPED_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES|TOC|PAGEREF|INDEX|TC|XE|SEQ)\b/i;

function refuse(reason: Exclude<WordRead, { ok: true }>['reason'], message: string): WordRead {
  return { ok: false, reason, message };
}

/**
 * A Word document's text, within LIMITS (bytes inflated, XML elements, numbering, text): past one, refused. With a
 * `trace`, where each character comes from too (annotate.ts writes findings back as comments).
 */
export function readDocx(bytes: Uint8Array, trace?: Trace): WordRead {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return refuse('protected', 'a password-protected Word file or an old .doc (save it as .docx without a password)');
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return refuse('not-zip', 'not a Word .docx file (not a zip package)');
  try {
    return readPackage(new ZipPackage(bytes), trace);
  } catch (e) {
    if (e instanceof LimitExceeded) return refuse('too-large', e.message);
    if (e instanceof XmlEncodingError || e instanceof NotEditable) return refuse('encoding', e.message);
    if (e instanceof ZipError)
      return e.message === 'encrypted'
        ? refuse('protected', 'a password-protected Word file or an old .doc (save it as .docx without a password)')
        : refuse('not-zip', `not a readable zip package (${e.message})`);
    throw e;
  }
}

function readPackage(zip: ZipPackage, trace?: Trace): WordRead {
  const xml = (name: string | undefined) => {
    const part = name === undefined ? undefined : zip.read(name);
    return part ? parseXml(xmlText(part)) : undefined;
  };
  const main = mainPart(zip, xml('[Content_Types].xml'));
  if (!main) return refuse('not-word', 'a zip package without a Word document (word/document.xml)');
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = relations(xml(`${dir}_rels/${main.slice(dir.length)}.rels`), dir);
  const reader = new BodyReader(
    new Numbering(xml(rels.numbering ?? 'word/numbering.xml')),
    new Styles(xml(rels.styles ?? 'word/styles.xml')),
    trace,
  );
  if (trace) Object.assign(trace, { zip, main });
  const doc = trace ? trace.parse(zip.read(main)!) : xml(main)!;
  const body = child(child(doc, 'w:document'), 'w:body');
  if (body) reader.block(body, 0);
  return { ok: true, ...reader.result() };
}

/** The main document part, from [Content_Types].xml (a .docm or .dotx names it differently), else the usual name. */
function mainPart(zip: ZipPackage, types: XmlElement | undefined): string | undefined {
  const root = types && elements(types)[0];
  for (const o of root ? elements(root, 'Override') : []) {
    if (
      /wordprocessingml\.(document|template)\.main\+xml|document\.macroEnabled\.main\+xml|template\.macroEnabledTemplate\.main\+xml/.test(
        o.attrs.ContentType ?? '',
      )
    ) {
      const name = (o.attrs.PartName ?? '').replace(/^\//, '');
      if (zip.has(name)) return name;
    }
  }
  return zip.has('word/document.xml') ? 'word/document.xml' : undefined;
}

function relations(rels: XmlElement | undefined, dir: string): { numbering?: string; styles?: string } {
  const out: { numbering?: string; styles?: string } = {};
  const root = rels && elements(rels)[0];
  for (const r of root ? elements(root, 'Relationship') : []) {
    const kind = /\/(numbering|styles)$/.exec(r.attrs.Type ?? '')?.[1] as 'numbering' | 'styles' | undefined;
    if (kind && r.attrs.Target)
      out[kind] = r.attrs.Target.startsWith('/') ? r.attrs.Target.slice(1) : dir + r.attrs.Target;
  }
  return out;
}

interface Segment extends Traced {
  bold: boolean;
}
interface Field {
  instr: string;
  result: boolean;
}

class BodyReader {
  private readonly lines: string[] = [];
  private readonly paragraphOfLine: number[] = [];
  private paragraph = 0;
  /** Open complex fields (fldChar begin … end), which may span paragraphs (a TOC does); at most LIMITS.openFields. */
  private readonly fields: Field[] = [];
  /** Fields beyond the limit, only counted so that their ends match. */
  private deepFields = 0;
  /** Open fields whose text is not the report's (an instruction, or a dropped field's result). */
  private suppressing = 0;
  private chars = 0;
  private dropping = 0;
  private bodyStarted = false;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
    private readonly trace?: Trace,
  ) {}

  result(): WordText {
    return {
      text: this.lines.join('\n') + (this.lines.length ? '\n' : ''),
      paragraphOfLine: this.paragraphOfLine,
      paragraphs: this.paragraph,
    };
  }

  block(el: XmlElement, depth: number): void {
    if (depth > MAX_DEPTH) return;
    for (const c of elements(el)) {
      if (c.name === 'w:p') this.emit(this.readParagraph(c, depth));
      else if (c.name === 'w:tbl') this.table(c, depth);
      else if (c.name === 'w:sdt') {
        const toc = /Table of Contents/i.test(
          childVal(child(child(c, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery') ?? '',
        );
        if (toc) this.dropping++;
        const content = child(c, 'w:sdtContent');
        if (content) this.block(content, depth + 1);
        if (toc) this.dropping--;
      } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo' || c.name === 'w:smartTag')
        this.block(c, depth + 1);
    }
  }

  private emit(p: { paragraph: number; text: Traced }): void {
    this.chars += p.text.text.length + 1;
    if (this.chars > LIMITS.textChars) throw new LimitExceeded('textChars');
    for (const line of splitLines(p.text)) {
      this.lines.push(line.text);
      this.paragraphOfLine.push(p.paragraph);
      this.trace?.lineAt.push(line.at ?? []);
    }
  }

  private table(tbl: XmlElement, depth: number): void {
    for (const tr of elements(tbl, 'w:tr')) {
      const first = this.paragraph + 1;
      const cells: Traced[] = [];
      for (const tc of elements(tr, 'w:tc')) cells.push(this.cellText(tc, depth + 1));
      if (this.paragraph >= first) this.emit({ paragraph: first, text: join(cells, '\t') });
    }
  }

  private cellText(tc: XmlElement, depth: number): Traced {
    const parts: Traced[] = [];
    if (depth > MAX_DEPTH) return { text: '' };
    for (const c of elements(tc)) {
      if (c.name === 'w:p') parts.push(replaceChar(this.readParagraph(c, depth).text, '\n', ' '));
      else if (c.name === 'w:tbl')
        for (const tr of elements(c, 'w:tr'))
          for (const inner of elements(tr, 'w:tc')) parts.push(this.cellText(inner, depth + 1));
      else if (c.name === 'w:sdt' || c.name === 'w:customXml')
        parts.push(this.cellText(child(c, 'w:sdtContent') ?? c, depth + 1));
    }
    return replaceChar(
      join(
        parts.filter((s) => s.text.trim()),
        ' ',
      ),
      '\t',
      ' ',
    );
  }

  private readParagraph(p: XmlElement, depth: number): { paragraph: number; text: Traced } {
    const paragraph = ++this.paragraph;
    this.trace?.paragraphs.push(p);
    const pPr = child(p, 'w:pPr');
    const styleId = childVal(pPr, 'w:pStyle');
    const style = this.styles.get(styleId);
    const segments: Segment[] = [];
    this.inline(p, style.bold, segments, depth + 1);
    if (this.dropping) return { paragraph, text: { text: '' } };
    const numPr = child(pPr, 'w:numPr');
    const numId = childVal(numPr, 'w:numId') ?? style.numId;
    let number = '';
    if (numId && numId !== '0') {
      const ilvl = Number(
        childVal(numPr, 'w:ilvl') ??
          style.ilvl ??
          this.numbering.levelOfStyle(numId, styleId ?? this.styles.defaultParagraph),
      );
      number = this.numbering.next(numId, Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 10 ? ilvl : 0);
    }
    let text = withBoldLead(segments);
    // A centred title or subtitle broken over lines by hand (Shift+Enter), as exports and drafters do for balance:
    // one line of the title block, not two.
    if (!this.bodyStarted && childVal(pPr, 'w:jc') === 'center') text = without(text, '\n');
    const outline = childVal(pPr, 'w:outlineLvl') ?? style.outlineLevel ?? headingLevel(style.name);
    const plainTraced = withoutStars(text);
    const plain = plainTraced.text;
    if (
      !number &&
      outline !== undefined &&
      Number(outline) < 6 &&
      this.bodyStarted &&
      plain.trim() &&
      plain.length <= 40 &&
      !typedMarker(plain)
    ) {
      text = cat([`${'#'.repeat(Number(outline) + 1)} `, trim(plainTraced)]);
    }
    if (plain.length >= 40) this.bodyStarted = true;
    return { paragraph, text: cat([number, text]) };
  }

  private get suppressed(): boolean {
    return this.suppressing > 0 || this.deepFields > 0;
  }

  private static suppresses(f: Field): boolean {
    return !f.result || DROPPED_FIELD.test(f.instr);
  }

  /** A fldChar: a field opens, shows its result, or closes; the count of suppressing fields kept as it goes. */
  private fieldChar(kind: string | undefined): void {
    if (kind === 'begin') {
      if (this.deepFields || this.fields.length >= LIMITS.openFields) this.deepFields++;
      else {
        this.fields.push({ instr: '', result: false });
        this.suppressing++;
      }
      return;
    }
    if (this.deepFields) {
      if (kind === 'end') this.deepFields--;
      return;
    }
    const f = this.fields[this.fields.length - 1];
    if (!f) return;
    const before = BodyReader.suppresses(f);
    if (kind === 'separate') f.result = true;
    else if (kind === 'end') this.fields.pop();
    else return;
    this.suppressing += (kind === 'end' ? 0 : BodyReader.suppresses(f) ? 1 : 0) - (before ? 1 : 0);
  }

  private inline(el: XmlElement, paragraphBold: boolean, out: Segment[], depth: number): void {
    if (depth > MAX_DEPTH) return;
    for (const c of elements(el)) {
      switch (c.name) {
        case 'w:r':
          this.run(c, paragraphBold, out);
          break;
        case 'w:fldSimple':
          if (!DROPPED_FIELD.test(c.attrs['w:instr'] ?? '')) this.inline(c, paragraphBold, out, depth + 1);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
          this.inline(c, paragraphBold, out, depth + 1);
          break;
        case 'w:sdt': {
          const content = child(c, 'w:sdtContent');
          if (content) this.inline(content, paragraphBold, out, depth + 1);
          break;
        }
        default:
          break; // w:del, w:moveFrom, w:pPr, bookmarks, comments, math, drawings: not the report's text
      }
    }
  }

  private run(r: XmlElement, paragraphBold: boolean, out: Segment[]): void {
    const rPr = child(r, 'w:rPr');
    const charStyle = childVal(rPr, 'w:rStyle');
    const bold =
      onOff(rPr, 'w:b') ?? onOff(rPr, 'w:bCs') ?? (charStyle ? this.styles.get(charStyle).bold : paragraphBold);
    const hidden = onOff(rPr, 'w:vanish') ?? false;
    for (const c of elements(r)) {
      if (c.name === 'w:fldChar') {
        this.fieldChar(c.attrs['w:fldCharType']);
        continue;
      }
      if (c.name === 'w:instrText') {
        const f = this.deepFields ? undefined : this.fields[this.fields.length - 1];
        // An instruction longer than any real one adds nothing to what DROPPED_FIELD reads.
        if (f && !f.result && f.instr.length < 256) f.instr += textOf(c);
        continue;
      }
      if (hidden || this.suppressed) continue;
      // The document's own characters are traced to their element; a line break only splits lines.
      const own = (text: string) => out.push({ ...(this.trace ? this.trace.add(text, c, r) : { text }), bold });
      if (c.name === 'w:t') own(textOf(c));
      else if (c.name === 'w:tab' || c.name === 'w:ptab') own(' ');
      else if ((c.name === 'w:br' && !/^(page|column)$/.test(c.attrs['w:type'] ?? '')) || c.name === 'w:cr')
        out.push({ text: '\n', bold });
      else if (c.name === 'w:noBreakHyphen') own('-');
    }
  }
}

/** Does the text open with a numbering marker typed in (一、 （一） 1.), as the parser reads markers? */
function typedMarker(text: string): boolean {
  return !!classifyLine(text.trim())?.marker;
}

function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

function headingLevel(styleName: string): number | undefined {
  const m = /^heading ([1-9])$/.exec(styleName);
  return m ? Number(m[1]) - 1 : undefined;
}

/** A paragraph's text, its opening bold run marked `**…**` when body text follows it on the same line. */
function withBoldLead(segments: Segment[]): Traced {
  let k = 0;
  for (; k < segments.length; k++) {
    const s = segments[k];
    if (!s.bold && s.text.trim()) break;
  }
  const lead = cat(segments.slice(0, k));
  const rest = cat(segments.slice(k));
  // A bold 1.加强… is an item's heading, not a lead-in: its number must stay first for the outline to read it.
  if (!lead.text.trim() || !rest.text.trim() || lead.text.includes('\n') || typedMarker(lead.text))
    return cat([lead, rest]);
  const space = lead.text.length - lead.text.trimStart().length;
  const innerEnd = lead.text.trimEnd().length;
  return cat([slice(lead, 0, space), '**', slice(lead, space, innerEnd), '**', slice(lead, innerEnd), rest]);
}
