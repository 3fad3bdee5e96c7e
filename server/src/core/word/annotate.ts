/**
 * Findings written into a copy of a Word document as comments (批注), for readers who read the report in Word or
 * WPS: each anchored on the finding's own characters, authored 工作报告助手, its message followed by its code. The
 * copy differs from the document only there: the main part gains the anchors (runs split where an anchor falls
 * inside one), the comments part is extended or added (with its content type and relationship), and every other
 * part is copied as stored. Within the readers' LIMITS; the text is read by readDocx itself, traced, so that a
 * finding's line and column are the characters it was found on.
 */
import { LimitExceeded } from '../limits';
import {
  commentsPart,
  COMMENTS_TYPE,
  rootOf,
  withCommentsRelationship,
  withCommentsType,
  wordPrefix,
} from './commentParts';
import { withAnchors, type Anchor, type Cut } from './commentMarkup';
import { readDocx, type WordRead } from './readDocx';
import { editableText, encodeText, NotEditable, Trace } from './traced';
import { elements } from './xml';
import { ZipError, type RawEntry } from './zip';
import { writeZip, type NewEntry } from './zipWrite';

export interface WordFinding {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code: string;
}

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  /** The comments' date, ISO 8601 (none: no date). */
  date?: string;
  /** The text the findings were found in: if the document reads otherwise now, it is not annotated. */
  text?: string;
}

export type Annotated =
  | { ok: true; bytes: Uint8Array; comments: number }
  | { ok: false; reason: Exclude<WordRead, { ok: true }>['reason'] | 'changed'; message: string };

export const COMMENT_AUTHOR = '工作报告助手';
export const COMMENT_INITIALS = '助手';

/** A comment's text: the finding's message and, in full-width brackets, its code. */
export function commentText(f: { message: string; code: string }): string {
  return `${f.message}（${f.code}）`;
}

export function annotateDocx(bytes: Uint8Array, findings: WordFinding[], opts: AnnotateOptions = {}): Annotated {
  const trace = new Trace();
  const read = readDocx(bytes, trace);
  if (!read.ok) return read;
  if (opts.text !== undefined && opts.text !== read.text)
    return { ok: false, reason: 'changed', message: 'the document changed since it was checked: check it again' };
  try {
    return { ok: true, ...annotated(trace, read.paragraphOfLine, findings, opts) };
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, reason: 'too-large', message: e.message };
    if (e instanceof NotEditable) return { ok: false, reason: 'encoding', message: e.message };
    if (e instanceof ZipError)
      return { ok: false, reason: 'not-zip', message: `not a readable zip package (${e.message})` };
    throw e;
  }
}

function annotated(
  trace: Trace,
  paragraphOfLine: number[],
  findings: WordFinding[],
  opts: AnnotateOptions,
): { bytes: Uint8Array; comments: number } {
  const zip = trace.zip!;
  const dir = trace.main.slice(0, trace.main.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${trace.main.slice(dir.length)}.rels`;
  const relsBytes = zip.read(relsName);
  const rels = relsBytes && editableText(relsBytes);
  const target = commentsTarget(rels?.text, dir);
  const commentsName = target && zip.has(target) ? target : freeName(zip.names(), `${dir}comments`);
  const existing = target && zip.has(target) ? editableText(zip.read(target)!) : undefined;

  // New ids follow every id of the main part and the comments part (comments, bookmarks and revisions alike).
  let id = 0;
  for (const text of [trace.xml, existing?.text ?? ''])
    for (const m of text.matchAll(/:id\s*=\s*["'](\d{1,9})["']/g)) id = Math.max(id, Number(m[1]) + 1);
  const anchors: (Anchor & { finding: WordFinding })[] = [];
  for (const finding of findings) {
    const cuts = anchorOf(trace, paragraphOfLine, finding);
    if (cuts) anchors.push({ id: id++, finding, ...cuts });
  }

  const w = wordPrefix(trace.root && elements(trace.root)[0]) ?? 'w:';
  const changed = new Map<string, Uint8Array>();
  changed.set(trace.main, encodeText(withAnchors(trace, anchors, w), trace.bom));
  const comments = commentsPart(
    existing?.text,
    anchors.map((a) => ({
      id: a.id,
      text: commentText(a.finding),
      author: opts.author ?? COMMENT_AUTHOR,
      initials: opts.initials ?? COMMENT_INITIALS,
      date: opts.date,
    })),
  );
  changed.set(commentsName, encodeText(comments, existing?.bom ?? false));
  if (!existing) {
    const typesBytes = zip.read('[Content_Types].xml');
    const types = typesBytes && editableText(typesBytes);
    if (types && !types.text.includes(`PartName="/${commentsName}"`)) {
      changed.set('[Content_Types].xml', encodeText(withCommentsType(types.text, commentsName), types.bom));
    }
    const relative = commentsName.slice(dir.length);
    changed.set(relsName, encodeText(withCommentsRelationship(rels?.text, relative), rels?.bom ?? false));
  }
  const names = zip.names();
  const items: (RawEntry | NewEntry)[] = names.map((name) => {
    const raw = zip.raw(name)!;
    const bytes = changed.get(name);
    return bytes ? ({ name, bytes, time: raw.time, date: raw.date } satisfies NewEntry) : raw;
  });
  for (const [name, bytes] of changed) if (!names.includes(name)) items.push({ name, bytes } satisfies NewEntry);
  return { bytes: writeZip(items), comments: anchors.length };
}

/** The comments part the main part's relationships name, as a package path. */
function commentsTarget(rels: string | undefined, dir: string): string | undefined {
  const root = rels === undefined ? undefined : rootOf(rels);
  for (const r of root ? elements(root) : []) {
    if (!r.name.endsWith('Relationship') || r.attrs.Type !== COMMENTS_TYPE || !r.attrs.Target) continue;
    if (r.attrs.TargetMode === 'External') continue;
    const t = r.attrs.Target;
    return t.startsWith('/') ? t.slice(1) : normalize(dir + t);
  }
  return undefined;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/'))
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  return out.join('/');
}

function freeName(names: string[], base: string): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (let i = 0; ; i++) {
    const name = `${base}${i ? i + 1 : ''}.xml`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A finding's first and last characters of the document's own (not Word's numbers nor the reader's `**`): the
 * comment spans them. A finding on no such character (an empty range, an automatic number) is a comment on a
 * point: before the next character of its line, else after the last, else in its empty paragraph (none in a
 * document without paragraphs).
 */
function anchorOf(trace: Trace, paragraphOfLine: number[], f: WordFinding): { start: Cut; end: Cut } | undefined {
  const lines = trace.lineAt;
  const last = lines.length - 1;
  const s = f.range.start;
  const e = f.range.end;
  let first = -1;
  let final = -1;
  for (let l = Math.min(s.line, last); l <= Math.min(e.line, last) && l >= 0; l++) {
    const at = lines[l];
    const to = l === e.line ? Math.min(e.character, at.length) : at.length;
    for (let c = l === s.line ? s.character : 0; c < to; c++) {
      if (at[c] < 0) continue;
      if (first < 0) first = at[c];
      final = at[c];
    }
  }
  const before = (g: number): Cut => ({ ...trace.find(g)! });
  const after = (g: number): Cut => {
    const { atom, offset } = trace.find(g)!;
    return { atom, offset: offset + 1 };
  };
  if (first >= 0) return { start: before(first), end: after(final) };
  const line = Math.max(0, Math.min(s.line, last));
  const at = lines[line] ?? [];
  const next = at.slice(s.character).find((g) => g >= 0);
  const prev = at
    .slice(0, s.character)
    .reverse()
    .find((g) => g >= 0);
  const paragraph = trace.paragraphs[Math.max(0, (paragraphOfLine[line] ?? 1) - 1)];
  const point: Cut | undefined =
    next !== undefined ? before(next) : prev !== undefined ? after(prev) : paragraph && { paragraph };
  return point && { start: point, end: point };
}
