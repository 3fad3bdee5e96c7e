/** What a paragraph or run inherits from styles.xml: list numbering, outline level and bold, along `basedOn`. */
import { child, childVal, elements, onOff, type XmlElement } from './xml';

interface StyleProps {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  bold?: boolean;
  hidden?: boolean;
  name?: string;
}

export interface ResolvedStyle {
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  bold: boolean;
  hidden: boolean;
  /** The style's name in lower case (heading 1, title…), for headings named rather than levelled. */
  name: string;
}

function readProps(s: XmlElement): StyleProps {
  const pPr = child(s, 'w:pPr');
  const rPr = child(s, 'w:rPr');
  const numPr = child(pPr, 'w:numPr');
  const ilvl = childVal(numPr, 'w:ilvl');
  const outline = childVal(pPr, 'w:outlineLvl');
  return {
    basedOn: childVal(s, 'w:basedOn'),
    numId: childVal(numPr, 'w:numId'),
    ilvl: ilvl === undefined ? undefined : Number(ilvl) || 0,
    outlineLevel: outline === undefined ? undefined : Number(outline),
    bold: onOff(rPr, 'w:b') ?? onOff(rPr, 'w:bCs'),
    hidden: onOff(rPr, 'w:vanish'),
    name: childVal(s, 'w:name'),
  };
}

export class Styles {
  private readonly props = new Map<string, StyleProps>();
  private readonly resolved = new Map<string, ResolvedStyle>();
  readonly defaultParagraph?: string;
  private readonly defaultBold: boolean;

  constructor(root: XmlElement | undefined) {
    const styles = root ? elements(root)[0] : undefined;
    let defaultParagraph: string | undefined;
    this.defaultBold = onOff(child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'), 'w:b') ?? false;
    for (const s of styles ? elements(styles, 'w:style') : []) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      this.props.set(id, readProps(s));
      if (s.attrs['w:type'] === 'paragraph' && /^(1|true|on)$/.test(s.attrs['w:default'] ?? '')) defaultParagraph = id;
    }
    this.defaultParagraph = defaultParagraph;
  }

  /** A style with everything it inherits; a cycle in `basedOn` (a hostile file) ends the chain. */
  get(id: string | undefined): ResolvedStyle {
    const key = id ?? this.defaultParagraph ?? '';
    const hit = this.resolved.get(key);
    if (hit) return hit;
    const out: ResolvedStyle = { bold: this.defaultBold, hidden: false, name: '' };
    const chain: StyleProps[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = key; at && !seen.has(at) && chain.length < 32; at = this.props.get(at)?.basedOn) {
      seen.add(at);
      const p = this.props.get(at);
      if (p) chain.push(p);
    }
    for (const p of chain.reverse()) {
      if (p.numId !== undefined) {
        out.numId = p.numId;
        out.ilvl = p.ilvl ?? out.ilvl;
      }
      if (p.outlineLevel !== undefined) out.outlineLevel = p.outlineLevel;
      if (p.bold !== undefined) out.bold = p.bold;
      if (p.hidden !== undefined) out.hidden = p.hidden;
    }
    out.name = (chain[chain.length - 1]?.name ?? '').toLowerCase();
    this.resolved.set(key, out);
    return out;
  }
}
