/** Reviewers' returned copies (征求意见): read (readReviews), placed in the draft (mapReviews), described. */
export { readReviews } from './readReviews';
export { mapReviews, matchKey, SIMILARITY_THRESHOLD } from './mapReviews';
export { reviewKey } from './keys';
export { opinionOf, originalOf, reviewMessage } from './describe';
export { isGenericAuthor, unitOf, unitOfFileName } from './unit';
export { bigrams, diceOf } from './similarity';
export type { MappedReview, MatchKind, ReviewItem, ReviewKind, ReviewRead } from './types';
export { tableRows, TABLE_HEADER, TABLE_TITLE, VERDICT_ZH, type Decision, type TableRow, type Verdict } from './table';
export { reviewSummary, type ReviewEntry, type ReviewSummary } from './summary';
