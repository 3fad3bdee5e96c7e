/**
 * An item's identity, under which its decision (采纳 / 不采纳) is kept: made of what the reviewer said and where it
 * stood in the copy — never of where it lands in the draft, so the decision follows the item however the draft
 * moves on, and the same copy imported again finds its decisions.
 */
import { contentHash } from '../library/entry';
import type { ReviewItem } from './types';

export function reviewKey(item: ReviewItem): string {
  return contentHash(
    JSON.stringify([item.unit, item.kind, item.date, item.before, item.offset, item.text, item.content]),
  );
}
