/** The report model: what the parser produces once per document version and every feature reads. */
import type { ModelLayers } from './layerStore';

export type SectionKind = 'heading' | 'part' | 'chapter' | 'section' | 'item' | 'subitem' | 'lead';

/** One physical line, with its content bounds (indent and trailing space excluded) as document offsets. */
export interface Line {
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just before the line break. */
  readonly end: number;
  /** Content bounds: indentation, trailing white space and zero-width characters at the edges excluded. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Content with zero-width characters and scraper artefacts removed; '' for a blank line. */
  readonly text: string;
  /** Document offset of each character of `text` (and one past the end); absent when text maps 1:1. */
  readonly map?: Int32Array;
}

export type LineRole = 'blank' | 'header' | 'noise' | 'comment' | 'heading' | 'body';

/** A paragraph is one non-blank line: Chinese drafts never hard-wrap their prose. */
export interface Paragraph {
  readonly index: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** White space, zero-width and punctuation width folded: equal keys mean the same text as typed differently. */
  readonly key: string;
  /** True for a line that is only a heading (a whole-line section title). */
  readonly isHeading: boolean;
}

export interface Section {
  readonly kind: SectionKind;
  /** The numeral as written (三, 2, ２), or null for unnumbered entries. */
  readonly number: string | null;
  /** The numeral's value, when numbered. */
  readonly value: number | null;
  /** The whole numbering marker as written, e.g. `（一）`, `1.`, `三、`; '' when unnumbered. */
  readonly marker: string;
  readonly title: string;
  readonly line: number;
  /** Offsets of the marker start and the title's end on the line: the symbol's selection range. */
  readonly start: number;
  readonly titleEnd: number;
  /** Offset where the section's body ends (end of its last non-blank line). */
  end: number;
  endLine: number;
  /** Nesting rank: lower ranks contain higher ones. */
  readonly rank: number;
  /** Markdown heading level when the line was a `#` heading, else 0. */
  readonly markdownLevel: number;
  /** True when the title is the whole line (a heading line), false when it heads a paragraph. */
  readonly wholeLine: boolean;
  children: Section[];
  parent: Section | undefined;
}

export interface HeaderInfo {
  /** Lines of the title block (title, subtitle, speaker, salutation, entrustment, captions). */
  readonly lines: number[];
  readonly title?: { text: string; line: number };
  readonly subtitle?: { text: string; line: number };
  readonly speaker?: { text: string; line: number };
  readonly salutation?: { line: number };
  /** Delivery date from the subtitle, when stated. */
  readonly date?: { year: number; month: number; day?: number };
  /** Congress term and session from the subtitle (第十六届…第二次会议). */
  readonly session?: { term: number; session: number };
}

export interface ReportModel {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: readonly Line[];
  readonly roles: readonly LineRole[];
  readonly paragraphs: readonly Paragraph[];
  readonly header: HeaderInfo;
  /** Top-level outline entries. */
  readonly sections: readonly Section[];
  /** Every outline entry in document order. */
  readonly flat: readonly Section[];
  /** What is derived from this text on demand (figures, runs…): see modelLayer. */
  readonly layers: ModelLayers;
}
