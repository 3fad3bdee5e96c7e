/**
 * Reading an annotated copy back, by other means than the code that wrote it: its parts unzipped by fflate, the
 * comments and the text each anchor spans found with regular expressions, and the anchors taken out again (split
 * runs joined where an anchor was) to compare the main part with the original's.
 */
import * as assert from 'assert';
import { unzipSync } from 'fflate';
import {
  annotateDocx,
  createReportService,
  DEFAULT_CONFIG,
  readDocx,
  TextDoc,
  wordPlaces,
  type ReportDiagnostic,
  type WordFinding,
} from '../../server/src/core';

export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export const utf8 = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** Comments by id: author, initials and text (w:t joined, w:br as a line break). */
export function commentsOf(xml: string): Map<number, { author: string; initials: string; text: string }> {
  const out = new Map<number, { author: string; initials: string; text: string }>();
  for (const m of xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const attr = (n: string) => decode(new RegExp(`w:${n}="([^"]*)"`).exec(m[1])?.[1] ?? '');
    const text = [...m[2].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>/g)]
      .map((t) => (t[0] === '<w:br/>' || t[0] === '</w:p>' ? '\n' : decode(t[1])))
      .join('')
      .replace(/\n$/, '');
    out.set(Number(attr('id')), { author: attr('author'), initials: attr('initials'), text });
  }
  return out;
}

/** The text between each comment's range start and end: w:t, w:tab as a space, a paragraph's end as a line break. */
export function anchoredTexts(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const id = m[1];
    const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`, m.index);
    const span = xml.slice(m.index, end);
    const text = [...span.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? ' ' : t[0] === '</w:p>' ? '\n' : decode(t[1])))
      .join('');
    out.set(Number(id), text);
  }
  return out;
}

/**
 * The main part without the anchors of comments `ids` (others' markers stay): each of ours removed, and where a
 * group of them stood between two pieces of one run (the same start tag and properties), the pieces joined again
 * (a w:t cut in two too); an empty paragraph opened for them closes again.
 */
export function withoutAnchors(xml: string, ids: Set<number>): string {
  const HOLE = '\ue000';
  const marked = xml
    .replace(
      /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/><w:r><w:commentReference w:id="\2"\/><\/w:r>/g,
      (m, a: string, b: string) => (ids.has(Number(a ?? b)) ? HOLE : m),
    )
    .replace(/\ue000+/g, HOLE);
  const pieces = marked.split(HOLE);
  let out = pieces[0];
  for (const piece of pieces.slice(1)) {
    let rest = piece;
    if (/<w:p(\s[^>]*)?>$/.test(out) && rest.startsWith('</w:p>')) {
      out = out.slice(0, -1) + '/>';
      out += rest.slice('</w:p>'.length);
      continue;
    }
    if (out.endsWith('</w:r>')) {
      const runStart = Math.max(out.lastIndexOf('<w:r>'), out.lastIndexOf('<w:r '));
      const head = /^<w:r(?:\s[^>]*)?>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?/.exec(out.slice(runStart))![0];
      if (rest.startsWith(head)) {
        const t = /^<w:t(?:\s[^>]*)?>/.exec(rest.slice(head.length));
        if (t && out.endsWith('</w:t></w:r>')) {
          out = out.slice(0, -'</w:t></w:r>'.length);
          rest = rest.slice(head.length + t[0].length);
        } else {
          out = out.slice(0, -'</w:r>'.length);
          rest = rest.slice(head.length);
        }
      }
    }
    out += rest;
  }
  return out;
}

/** Parts a comment may change; every other part of the copy is the document's, byte for byte. */
const CHANGED = new Set([
  'word/document.xml',
  'word/comments.xml',
  '[Content_Types].xml',
  'word/_rels/document.xml.rels',
]);

/** Annotates, and checks what holds for any document; returns the parts and the new comments' ids. */
export function annotateAndCompare(bytes: Uint8Array, findings: WordFinding[], text?: string) {
  const a = annotateDocx(bytes, findings, { date: '2024-12-20T08:00:00Z', text });
  assert.ok(a.ok, a.ok ? '' : a.message);
  const before = unzipParts(bytes);
  const after = unzipParts(a.bytes);
  for (const name of Object.keys(before))
    if (!CHANGED.has(name)) assert.deepStrictEqual(after[name], before[name], `${name} is copied byte for byte`);
  assert.deepStrictEqual(
    Object.keys(after).filter((n) => !(n in before)),
    'word/comments.xml' in before ? [] : ['word/comments.xml'],
  );
  const oldComments = commentsOf(utf8(before['word/comments.xml']));
  const comments = commentsOf(utf8(after['word/comments.xml']));
  const ids = new Set([...comments.keys()].filter((id) => !oldComments.has(id)));
  for (const [id, c] of oldComments) assert.deepStrictEqual(comments.get(id), c, 'earlier comments are kept');
  assert.strictEqual(ids.size, a.comments);
  const xml = utf8(after['word/document.xml']);
  assert.ok(withoutAnchors(xml, ids) === utf8(before['word/document.xml']), 'only the anchors are added');
  // The copy reads as the document did: the anchors are not text.
  const reread = readDocx(a.bytes);
  assert.ok(reread.ok && reread.text === (readDocx(bytes) as { text: string }).text);
  return { parts: after, xml, comments, ids: [...ids].sort((x, y) => x - y), anchored: anchoredTexts(xml) };
}

/** The checks' findings on a Word document, as the CLI finds them (paragraphs for places). */
export function findingsOf(bytes: Uint8Array): { text: string; findings: ReportDiagnostic[] } {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.message);
  const doc = new TextDoc('file:///draft/工作报告.docx', r.text);
  const findings = createReportService()
    .analysis(doc, DEFAULT_CONFIG)
    .check({ positionAt: (o) => doc.positionAt(o), places: wordPlaces(r.paragraphOfLine) });
  return { text: r.text, findings };
}

/**
 * A finding's text as Word shows it: the reader's `**` around a bold lead and a heading's `#` are not in the
 * document; a line break is a paragraph's end.
 */
export function shownText(text: string, range: ReportDiagnostic['range']): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let l = range.start.line; l <= range.end.line; l++) {
    const from = l === range.start.line ? range.start.character : 0;
    const to = l === range.end.line ? range.end.character : lines[l].length;
    const heading = /^#{1,6} /.exec(lines[l])?.[0].length ?? 0;
    out.push(lines[l].slice(Math.max(from, heading), to).replace(/\*\*/g, ''));
  }
  return out.join('\n').replace(/\n+$/, '');
}
