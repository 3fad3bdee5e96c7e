import { comparisonKey, PARAGRAPH_END } from '../text/chars';
import type { ReportDocument } from '../document';
import {
  classifyLine,
  headlineCandidate,
  itemContinuationCandidate,
  RANK,
  sentenceLeadCandidate,
  type EntryMatch,
} from './classify';
import { ModelLayers } from './layerStore';
import { memoByText } from '../text/memo';
import { findHeader } from './header';
import { offsetIn, splitLines } from './lines';
import { isNoiseLine } from './noise';
import type { Line, LineRole, Paragraph, ReportModel, Section } from './types';

interface Pending {
  match: EntryMatch;
  line: Line;
  tentative: boolean;
}

/**
 * Per-line results that depend on the line's text alone, memoised across versions: typing in one paragraph
 * re-classifies that line only (memoised by factsOf).
 */
interface LineFacts {
  noise: boolean;
  comment: boolean;
  entry: EntryMatch | undefined;
  key: string;
}
/** More lines than the 20,000 of other memos: a library build parses every line of hundreds of reports. */
const factsOf = memoByText((text): LineFacts => {
  const comment = COMMENT.test(text);
  const noise = !comment && isNoiseLine(text);
  return { noise, comment, entry: comment || noise ? undefined : classifyLine(text), key: comparisonKey(text) };
}, 50_000);

/** An HTML comment on its own line (suppression comments and the like): neither text nor structure. */
const COMMENT = /^<!--[\s\S]*-->$/;

const NUMBERED = new Set(['part', 'chapter', 'section', 'item', 'subitem']);

/**
 * Parses a report once; every feature and check reads the result. Linear in the text's length. `previous`: the
 * model of the document's last version, whose unchanged lines' strings are taken over (see splitLines).
 */
export function parseReport(
  doc: Pick<ReportDocument, 'uri' | 'version' | 'getText'>,
  previous?: ReportModel,
): ReportModel {
  const text = doc.getText();
  const lines = splitLines(text, previous?.lines);
  const header = findHeader(lines, (t) => {
    const m = classifyLine(t);
    return !!m && NUMBERED.has(m.kind);
  });
  const roles: LineRole[] = lines.map((l) => (l.text ? 'body' : 'blank'));
  for (const i of header.lines) roles[i] = 'header';

  // Classify body lines; headline and sentence lead-ins need their neighbours, so collect first.
  const pending: Pending[] = [];
  const bodyLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'body') continue;
    const facts = factsOf(lines[i].text);
    if (facts.comment) {
      roles[i] = 'comment';
      continue;
    }
    if (facts.noise) {
      roles[i] = 'noise';
      continue;
    }
    bodyLines.push(i);
  }
  let prevClosed = true;
  let lastItem = 0;
  const demoteIndented = indentMarksBody(lines, bodyLines);
  for (let k = 0; k < bodyLines.length; k++) {
    const line = lines[bodyLines[k]];
    const t = line.text;
    // A copy: nesting code below adjusts the match (kind, flags) per occurrence.
    const memo = factsOf(t).entry;
    let match = memo ? { ...memo } : undefined;
    const listLike = match && (!match.wholeLine || /[；;。]$/.test(t));
    if (
      match &&
      listLike &&
      demoteIndented &&
      match.rank >= RANK.chapter &&
      match.rank <= RANK.subitem &&
      line.contentStart > line.start
    ) {
      // (two U+3000 indents)一、继续深入…；: a list inside the body, numbered like chapters; it nests under the entry it belongs to
      // and is numbered on its own.
      match = { ...match, rank: RANK.list };
    }
    if (!match && lastItem > 0) {
      const c = itemContinuationCandidate(t);
      if (c && c.value === lastItem + 1) match = c;
    }
    if (match?.kind === 'item') lastItem = match.value ?? 0;
    else if (match && match.rank < RANK.item) lastItem = 0;
    let tentative = false;
    if (!match && prevClosed) {
      const next = k + 1 < bodyLines.length ? lines[bodyLines[k + 1]].text : '';
      const headline = next.length > t.length ? headlineCandidate(t) : undefined;
      if (headline) match = headline;
      else if ((match = sentenceLeadCandidate(t))) tentative = true;
    }
    if (match) {
      pending.push({ match, line, tentative });
      if (match.wholeLine) roles[line.index] = 'heading';
    }
    prevClosed = (match?.wholeLine ?? false) || PARAGRAPH_END.test(t);
  }

  const { roots, flat } = buildTree(pending);
  const lastBody = bodyLines.length ? bodyLines[bodyLines.length - 1] : 0;
  closeSections(roots, lines, roles, lastBody);

  const paragraphs: Paragraph[] = [];
  for (const i of bodyLines) {
    if (roles[i] === 'noise') continue;
    const l = lines[i];
    paragraphs.push({
      index: paragraphs.length,
      line: i,
      start: l.contentStart,
      end: l.contentEnd,
      text: l.text,
      key: factsOf(l.text).key,
      isHeading: roles[i] === 'heading',
    });
  }
  return {
    uri: doc.uri,
    version: doc.version,
    text,
    lines,
    roles,
    paragraphs,
    header,
    sections: roots,
    flat,
    layers: new ModelLayers(),
  };
}

function toSection(p: Pending): Section {
  const m = p.match;
  return {
    kind: m.kind,
    number: m.number,
    value: m.value,
    marker: m.marker,
    title: m.title,
    line: p.line.index,
    start: offsetIn(p.line, m.markerStart),
    titleEnd: offsetIn(p.line, m.titleEnd),
    end: p.line.contentEnd,
    endLine: p.line.index,
    rank: m.rank,
    markdownLevel: m.markdownLevel,
    wholeLine: m.wholeLine,
    children: [],
    parent: undefined,
  };
}

/**
 * Nests entries by rank with a stack. Sentence lead-ins are kept only where a numbered or titled parent has at
 * least two of them: one short opening sentence is ordinary prose, a run of them is a list of sub-headings.
 */
function buildTree(pending: Pending[]): { roots: Section[]; flat: Section[] } {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const tentative = new Map<Section | undefined, Section[]>();
  const all: Section[] = [];
  for (const p of pending) {
    const s = toSection(p);
    // Paragraph lead-ins never contain each other; line lead-ins contain paragraph lead-ins.
    while (stack.length && stack[stack.length - 1].rank >= s.rank) stack.pop();
    const parent = stack[stack.length - 1];
    s.parent = parent;
    (parent ? parent.children : roots).push(s);
    stack.push(s);
    all.push(s);
    if (p.tentative) {
      const list = tentative.get(parent) ?? [];
      list.push(s);
      tentative.set(parent, list);
    }
  }
  const dropped = new Set<Section>();
  for (const [parent, list] of tentative) if (!parent || list.length < 2) for (const s of list) dropped.add(s);
  if (dropped.size) {
    const prune = (xs: Section[]) => {
      for (let i = xs.length - 1; i >= 0; i--) if (dropped.has(xs[i])) xs.splice(i, 1, ...xs[i].children);
      for (const x of xs) prune(x.children);
    };
    prune(roots);
  }
  return { roots, flat: all.filter((s) => !dropped.has(s)) };
}

/**
 * In documents whose body paragraphs are indented (U+3000 or spaces) and whose headings are not, indentation
 * tells a numbered list inside a paragraph from a numbered heading.
 */
function indentMarksBody(lines: readonly Line[], bodyLines: number[]): boolean {
  let indented = 0,
    plain = 0,
    headIndented = 0,
    headPlain = 0;
  for (const i of bodyLines) {
    const l = lines[i];
    const isIndented = l.contentStart > l.start;
    const entry = factsOf(l.text).entry;
    if (entry?.wholeLine && entry.number !== null && !/[；;。]$/.test(l.text)) {
      if (isIndented) headIndented++;
      else headPlain++;
    } else if (l.text.length >= 40) {
      if (isIndented) indented++;
      else plain++;
    }
  }
  return indented >= 20 && indented >= 2 * plain && headPlain >= 2 && headPlain >= 4 * headIndented;
}

/** Sets each section's end to the last content line before its next sibling (or its parent's end). */
function closeSections(list: Section[], lines: readonly Line[], roles: readonly LineRole[], limitLine: number): void {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const boundary = i + 1 < list.length ? list[i + 1].line - 1 : limitLine;
    let last = boundary;
    while (last > s.line && (roles[last] === 'blank' || roles[last] === 'noise' || roles[last] === 'comment')) last--;
    s.endLine = Math.max(s.line, last);
    s.end = lines[s.endLine].contentEnd;
    closeSections(s.children, lines, roles, s.endLine);
  }
}
