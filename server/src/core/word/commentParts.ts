/**
 * The package parts a comment needs besides its anchors: the comments part (word/comments.xml, new or extended at
 * its end), and, for a new one, its content type in [Content_Types].xml and its relationship from the main part.
 * Each existing part is changed by insertion before its root's end tag only.
 */
import { NOT_XML } from './xmlChars';
import { parseXml, type XmlElement } from './xml';

export const WORD_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface Comment {
  id: number;
  text: string;
  author: string;
  initials: string;
  /** ISO 8601 (Word writes 2024-05-06T09:30:00Z); none: no date shown. */
  date?: string;
}

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The root element of a part parsed with positions. */
export function rootOf(xml: string): XmlElement | undefined {
  return parseXml(xml, { positions: true }).children.find((c): c is XmlElement => typeof c !== 'string');
}

/** The prefix (with its colon) a root binds Word's namespace to: `w:` as Word writes it, `` for a default one. */
export function wordPrefix(root: XmlElement | undefined): string | undefined {
  const attrs = root?.attrs ?? {};
  if (attrs['xmlns:w'] === WORD_MAIN) return 'w:';
  for (const [k, v] of Object.entries(attrs))
    if (v === WORD_MAIN) return k === 'xmlns' ? '' : k.startsWith('xmlns:') ? k.slice(6) + ':' : undefined;
  return undefined;
}

/** One comment: its text (line by line) after the annotation mark Word puts first. */
function commentXml(c: Comment, w: string): string {
  const date = c.date ? ` ${w}date="${escapeXml(c.date)}"` : '';
  const lines = c.text
    .split('\n')
    .map((l) => `<${w}t xml:space="preserve">${escapeXml(l)}</${w}t>`)
    .join(`<${w}br/>`);
  return (
    `<${w}comment ${w}id="${c.id}" ${w}author="${escapeXml(c.author)}"${date} ${w}initials="${escapeXml(c.initials)}">` +
    `<${w}p><${w}r><${w}annotationRef/></${w}r><${w}r>${lines}</${w}r></${w}p></${w}comment>`
  );
}

/** Text inserted before a root's end tag (a self-closing root is opened for it). */
function beforeRootEnd(xml: string, root: XmlElement, text: string): string {
  const at = root.at!;
  if (at.inner === at.end && xml[at.end - 2] === '/') {
    const open = xml.slice(at.start, at.end - 2).replace(/\s+$/, '') + '>';
    return `${xml.slice(0, at.start)}${open}${text}</${/^<([^\s/>]+)/.exec(open)![1]}>${xml.slice(at.end)}`;
  }
  return xml.slice(0, at.close) + text + xml.slice(at.close);
}

/** The comments part with `comments` added at its end, or a new one holding them. */
export function commentsPart(existing: string | undefined, comments: Comment[]): string {
  const root = existing === undefined ? undefined : rootOf(existing);
  if (existing === undefined || !root) {
    const body = comments.map((c) => commentXml(c, 'w:')).join('');
    return `${XML_DECLARATION}<w:comments xmlns:w="${WORD_MAIN}">${body}</w:comments>`;
  }
  const w = wordPrefix(root);
  // A root that does not bind Word's namespace: each new comment declares it.
  const body = comments
    .map((c) =>
      commentXml(c, w ?? 'w:').replace(/^<w:comment /, w === undefined ? `<w:comment xmlns:w="${WORD_MAIN}" ` : '$&'),
    )
    .join('');
  return beforeRootEnd(existing, root, body);
}

/** [Content_Types].xml with an Override for the new comments part (`/word/comments.xml`). */
export function withCommentsType(types: string, partName: string): string {
  const root = rootOf(types);
  if (!root) return types;
  const prefix = /^<([^\s:/>]+:)?/.exec(types.slice(root.at!.start))?.[1] ?? '';
  return beforeRootEnd(
    types,
    root,
    `<${prefix}Override PartName="/${escapeXml(partName)}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`,
  );
}

/** The main part's relationships with one to the comments part (`target` relative to the main part's folder). */
export function withCommentsRelationship(rels: string | undefined, target: string): string {
  const root = rels === undefined ? undefined : rootOf(rels);
  const taken = new Set([...(rels ?? '').matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const rel = (p: string) => `<${p}Relationship Id="rId${n}" Type="${COMMENTS_TYPE}" Target="${escapeXml(target)}"/>`;
  if (rels === undefined || !root)
    return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${rel('')}</Relationships>`;
  const prefix = /^<([^\s:/>]+:)?/.exec(rels.slice(root.at!.start))?.[1] ?? '';
  return beforeRootEnd(rels, root, rel(prefix));
}
