/**
 * What the norm checks (norm.*, term.*) share: the lines they read, a certain fix carried in the finding's data
 * (`edits` and the fix's title, applied as they are by the quick fix and the fix-all), and grouping —
 * a scraped report with hundreds of half-width commas gets one finding per paragraph, or one for the whole
 * document when many paragraphs have them, never a squiggle per comma.
 */
import type { TextEditSpan } from '../document';
import { modelLayer } from '../model/layers';
import { offsetIn } from '../model/lines';
import { memoByText } from '../text/memo';
import type { Line, ReportModel } from '../model/types';
import type { CheckFix, Finding, Localized } from './types';

/** Lines whose text is the report's own: body, headings and the title block (not noise or comments). */
export const textLines = modelLayer('textLines', (model): Line[] =>
  model.lines.filter(
    (l) =>
      l.text &&
      (model.roles[l.index] === 'body' || model.roles[l.index] === 'heading' || model.roles[l.index] === 'header'),
  ),
);

/** A span of a line's text (indices into line.text) as a document edit. */
export function editIn(line: Line, from: number, to: number, newText: string): TextEditSpan {
  return { start: offsetIn(line, from), end: offsetIn(line, to), newText };
}

/** The data of a finding whose fix is certain and small: the quick fix and the fix-all take these edits as they are. */
export interface CarriedFix {
  edits: TextEditSpan[];
  fixTitle: Localized;
}

/** The data of a grouped finding: the lines whose slips its fix rebuilds (see `grouped`). */
export interface GroupedLines {
  kind: string;
  whole?: true;
  lines: number[];
  fixTitle: Localized;
}

/** What a norm or term finding carries: its certain edits, or the lines of its group. */
export type NormData = CarriedFix | GroupedLines;

/** The fix a finding carries, as it is. */
export function carriedFix(_model: ReportModel, data: NormData): CheckFix[] {
  return 'edits' in data ? [{ title: data.fixTitle, edits: data.edits, preferred: true }] : [];
}

/** When more paragraphs than this have the same slip, one finding covers the document. */
export const GROUP_DOCUMENT_AFTER = 12;

export interface LineSlips {
  line: Line;
  edits: TextEditSpan[];
  count: number;
}

/**
 * One finding per line with slips, or — past GROUP_DOCUMENT_AFTER lines — one on the first, for the document.
 * The finding carries the lines, not the edits: its check's `fixes` rebuilds them when a fix is asked for.
 */
export function* grouped(
  slips: LineSlips[],
  say: (count: number, lines: number, whole: boolean) => { message: Localized; fixTitle: Localized },
  kind = 'width',
): Iterable<Finding<NormData>> {
  if (!slips.length) return;
  if (slips.length > GROUP_DOCUMENT_AFTER) {
    const count = slips.reduce((n, s) => n + s.count, 0);
    const first = slips[0].edits[0];
    const { message, fixTitle } = say(count, slips.length, true);
    yield {
      start: first.start,
      end: Math.max(first.end, first.start + 1),
      message,
      data: { kind, whole: true, lines: slips.map((s) => s.line.index), fixTitle },
    };
    return;
  }
  for (const s of slips) {
    const { message, fixTitle } = say(s.count, 1, false);
    const first = s.edits[0];
    yield {
      start: first.start,
      end: Math.max(first.end, first.start + 1),
      message,
      data: { kind, lines: [s.line.index], fixTitle },
    };
  }
}

/** The messages of a grouped finding: N slips of `what` in this paragraph or the document, what `want`s, the fix. */
export function groupedWording(what: Localized, want: Localized, fix: Localized) {
  return (count: number, lines: number, whole: boolean): { message: Localized; fixTitle: Localized } => ({
    message: whole
      ? {
          zh: `全文 ${lines} 段共 ${count} 处${what.zh}：${want.zh}。`,
          en: `${count} ${what.en} in ${lines} paragraphs: ${want.en}.`,
        }
      : { zh: `本段有 ${count} 处${what.zh}：${want.zh}。`, en: `${count} ${what.en} in this paragraph: ${want.en}.` },
    fixTitle: whole
      ? { zh: `全文${fix.zh}（${count} 处）`, en: `${fix.en}, everywhere (${count})` }
      : { zh: `本段${fix.zh}（${count} 处）`, en: `${fix.en}, in this paragraph (${count})` },
  });
}

/**
 * The fix of a norm finding: the edits it carries, or for a grouped one its lines' slips again, from the current
 * model (lines the text no longer has are skipped).
 */
export function normFixes(analyse: (line: Line) => TextSlip[]) {
  return (model: ReportModel, data: NormData): CheckFix[] => {
    if ('edits' in data) return carriedFix(model, data);
    const lines = data.lines.filter((i) => !!model.lines[i]);
    const edits = lines.flatMap((i) => editsOf(model.lines[i], analyse(model.lines[i])));
    return edits.length ? [{ title: data.fixTitle, edits, preferred: true }] : [];
  };
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
export const isCjk = (ch: string | undefined) => !!ch && CJK_CHAR.test(ch);
/** Chinese text around a mark: a Chinese character, or Chinese punctuation and quotes. */
export const isChineseContext = (ch: string | undefined) =>
  !!ch && (CJK_CHAR.test(ch) || /[“”‘’《》（）、，。；：！？]/.test(ch));

/** A slip found in a line's text alone: indices into line.text, the replacement when the fix is certain. */
export interface TextSlip {
  from: number;
  to: number;
  newText?: string;
  message?: Localized;
  fixTitle?: Localized;
}

/**
 * A per-line analysis remembered by the line's text (bounded, cleared with the other memos): a keystroke
 * re-examines the line it changed, not the document. `analyse` must depend on the text alone.
 */
export function perLine<T>(analyse: (text: string) => T): (line: Line) => T {
  const memo = memoByText(analyse);
  return (line) => memo(line.text);
}

/** A line's slips as document edits. */
export function editsOf(line: Line, slips: TextSlip[]): TextEditSpan[] {
  return slips.map((s) => editIn(line, s.from, s.to, s.newText ?? ''));
}

/** One finding per slip of a line, each with its certain fix when it has one. */
export function* slipFindings(line: Line, slips: TextSlip[]): Iterable<Finding<NormData>> {
  for (const s of slips) {
    const e = editIn(line, s.from, s.to, s.newText ?? '');
    yield {
      start: e.start,
      end: Math.max(e.end, e.start + 1),
      message: s.message!,
      ...(s.newText !== undefined && s.fixTitle ? { data: { edits: [e], fixTitle: s.fixTitle } } : {}),
    };
  }
}

/** Every text line's slips of one per-line analysis, as the groups `grouped` takes. */
export function slipsByLine(model: ReportModel, analyse: (line: Line) => TextSlip[]): LineSlips[] {
  const out: LineSlips[] = [];
  for (const line of textLines(model)) {
    const slips = analyse(line);
    // Only the first slip becomes an edit here (where the finding is shown); the fix builds the rest on demand.
    if (slips.length) out.push({ line, edits: editsOf(line, slips.slice(0, 1)), count: slips.length });
  }
  return out;
}
