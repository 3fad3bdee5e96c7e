/**
 * Word documents built in the test from WordprocessingML, the way Word and WPS write them: a zip of
 * [Content_Types].xml, the package and document relationships, document.xml and, when given, numbering.xml,
 * styles.xml, footnotes.xml and comments.xml.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  body: string;
  numbering?: string;
  styles?: string;
  footnotes?: string;
  comments?: string;
  prefix?: string;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run; `bold` as <w:b/>. */
export function run(text: string, opts: { bold?: boolean; hidden?: boolean } = {}): string {
  const props = `${opts.bold ? '<w:b/>' : ''}${opts.hidden ? '<w:vanish/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of runs (strings are plain runs), with a list level, a style or an outline level. */
export function para(
  content: string | string[],
  opts: { numId?: number; ilvl?: number; style?: string; outline?: number } = {},
): string {
  const runs = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<') ? c : run(c))).join('');
  const numPr =
    opts.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="${opts.ilvl ?? 0}"/><w:numId w:val="${opts.numId}"/></w:numPr>`
      : '';
  const pPr = `${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${numPr}${opts.outline !== undefined ? `<w:outlineLvl w:val="${opts.outline}"/>` : ''}`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** numbering.xml with one abstract list of `levels` ([numFmt, lvlText] from level 0) and instances of it. */
export function numberingXml(
  levels: [string, string][],
  instances: { numId: number; startOverride?: Record<number, number> }[],
): string {
  const lvls = levels
    .map(
      ([fmt, text], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${escapeXml(text)}"/><w:suff w:val="nothing"/></w:lvl>`,
    )
    .join('');
  const nums = instances
    .map(
      (n) =>
        `<w:num w:numId="${n.numId}"><w:abstractNumId w:val="0"/>${Object.entries(n.startOverride ?? {})
          .map(([l, v]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${v}"/></w:lvlOverride>`)
          .join('')}</w:num>`,
    )
    .join('');
  return `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>${nums}</w:numbering>`;
}

export function docx(parts: DocxParts): Uint8Array {
  const p = parts.prefix ?? 'w';
  const extra: [string, string, string][] = [];
  if (parts.numbering)
    extra.push([
      'numbering',
      'numbering.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
    ]);
  if (parts.styles)
    extra.push(['styles', 'styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml']);
  if (parts.footnotes)
    extra.push([
      'footnotes',
      'footnotes.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
    ]);
  if (parts.comments)
    extra.push([
      'comments',
      'comments.xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
    ]);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${extra.map(([, f, t]) => `<Override PartName="/word/${f}" ContentType="${t}"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${extra.map(([k, f], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${k}" Target="${f}"/>`).join('')}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}:document xmlns:${p}="${W}" xmlns:r="${R}"><${p}:body>${p === 'w' ? parts.body : parts.body.replace(/(<\/?)w:/g, `$1${p}:`).replace(/ w:/g, ` ${p}:`)}</${p}:body></${p}:document>`,
    ),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.styles) files['word/styles.xml'] = strToU8(parts.styles);
  if (parts.footnotes) files['word/footnotes.xml'] = strToU8(parts.footnotes);
  if (parts.comments) files['word/comments.xml'] = strToU8(parts.comments);
  return zipSync(files);
}
