/** What a reviewer's returned copy (征求意见稿的反馈) says, as the review reader finds it and the mapping places it. */

/** A comment, or a tracked change: an insertion, a deletion, or both at one place (a replacement). */
export type ReviewKind = 'comment' | 'insert' | 'delete' | 'replace';

export interface ReviewItem {
  kind: ReviewKind;
  /** 单位: the author, or the file name's unit when the author is empty or generic (see unitOf). */
  unit: string;
  /** As Word recorded it ('' when none). */
  author: string;
  /** As Word recorded it (ISO 8601), '' when none. */
  date: string;
  /** The returned file's name (no folder). */
  file: string;
  /** The Word paragraph (1-based, document order, table cells included) the item stands in. */
  paragraph: number;
  /** The paragraph's text as sent (the reviewer's changes rejected), and as the reviewer left it (accepted). */
  before: string;
  after: string;
  /** The chapter the paragraph stood under in the copy, marker and title ('' before the first chapter). */
  chapter: string;
  /** The text commented on or deleted, as sent ('' for an insertion or a comment on a point). */
  text: string;
  /** Where `text` (or the insertion point) starts in `before`. */
  offset: number;
  /** A comment's words; the text inserted by an insertion or a replacement. */
  content: string;
  /** A tracked move (w:moveFrom / w:moveTo) rather than a deletion or insertion. */
  moved?: boolean;
  /** An insertion that is a whole new paragraph (placed after the paragraph `before` is). */
  newParagraph?: boolean;
}

/** One returned copy as read: its items, or why it could not be read. */
export type ReviewRead =
  | { ok: true; file: string; items: ReviewItem[]; paragraphs: number }
  | {
      ok: false;
      file: string;
      reason: 'not-zip' | 'not-word' | 'protected' | 'too-large' | 'encoding';
      message: string;
    };

/** How an item was placed in the draft. */
export type MatchKind = 'exact' | 'similar' | 'unmapped';

/** An item placed in the draft: its paragraph and, within it, the span the finding covers. */
export interface MappedReview {
  item: ReviewItem;
  /** The item's identity (reviewKey): decisions are kept under it. */
  key: string;
  match: MatchKind;
  /** The bigram Dice of the copy's paragraph with the draft's (1 for an exact match, 0 when unmapped). */
  score: number;
  /** The draft's paragraph: its line and offsets; absent when unmapped. */
  line?: number;
  paragraphStart?: number;
  paragraphEnd?: number;
  /** The span the finding covers: the anchored text when found in the paragraph, else the whole paragraph. */
  start?: number;
  end?: number;
  /** Whether the commented or changed text itself was found in the draft's paragraph. */
  anchored: boolean;
  /** The draft's chapter (its outline label), or the copy's for an unmapped item; '' before the first chapter. */
  chapter: string;
}
