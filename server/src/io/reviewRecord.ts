/**
 * Where a draft's reviews live: `.workreport-review.json` in the draft's folder, one record per draft file name —
 * the items imported from reviewers' returned copies (so the editor shows them again after a restart, and a
 * colleague's copy of the folder has them) and the drafter's decisions (采纳 / 不采纳, with a reason). A decision is
 * kept under its item's key (core/review/keys.ts), made of what the reviewer said, not of where it lands in the
 * draft: it follows the item however the draft moves on. Written atomically; a missing, oversized or damaged file
 * is an empty record.
 */
import { basename, dirname, join } from 'path';
import { LIMITS } from '../core';
import type { Decision, ReviewItem, Verdict } from '../core/review';
import { readRegularFileSync } from './regularFile';
import { writeFileAtomic, type WriteResult } from './safeWrite';

export const REVIEW_FILE = '.workreport-review.json';

export interface DraftReviews {
  items: ReviewItem[];
  decisions: Decision[];
}
type RecordFile = { reviews: Record<string, DraftReviews> };

export function reviewRecordPath(draft: string): string {
  return join(dirname(draft), REVIEW_FILE);
}

const KINDS = new Set(['comment', 'insert', 'delete', 'replace']);
const STRINGS = ['unit', 'author', 'date', 'file', 'before', 'after', 'chapter', 'text', 'content'] as const;

function isItem(x: unknown): x is ReviewItem {
  const i = x as ReviewItem;
  return (
    !!i &&
    KINDS.has(i.kind) &&
    STRINGS.every((k) => typeof i[k] === 'string') &&
    Number.isInteger(i.paragraph) &&
    Number.isInteger(i.offset)
  );
}

function isDecision(x: unknown): x is Decision {
  const d = x as Decision;
  return !!d && typeof d.key === 'string' && (d.decision === 'accepted' || d.decision === 'rejected');
}

function readAll(draft: string): RecordFile {
  const r = readRegularFileSync(reviewRecordPath(draft), LIMITS.reviewFileBytes);
  if (!r.ok) return { reviews: {} };
  try {
    const data = JSON.parse(r.bytes.toString('utf8')) as Partial<RecordFile>;
    const reviews: Record<string, DraftReviews> = {};
    for (const [name, rec] of Object.entries(data.reviews ?? {})) {
      const items = Array.isArray(rec?.items) ? rec.items.filter(isItem) : [];
      const decisions = Array.isArray(rec?.decisions)
        ? rec.decisions.filter(isDecision).map((d) => ({ ...d, reason: typeof d.reason === 'string' ? d.reason : '' }))
        : [];
      reviews[name] = { items, decisions };
    }
    return { reviews };
  } catch {
    return { reviews: {} };
  }
}

/** The imported items and the decisions of one draft. */
export function readReviewRecord(draft: string): DraftReviews {
  return readAll(draft).reviews[basename(draft)] ?? { items: [], decisions: [] };
}

function write(draft: string, change: (r: DraftReviews) => DraftReviews): WriteResult {
  const all = readAll(draft);
  const name = basename(draft);
  all.reviews[name] = change(all.reviews[name] ?? { items: [], decisions: [] });
  return writeFileAtomic(reviewRecordPath(draft), Buffer.from(JSON.stringify(all, null, 2) + '\n', 'utf8'), {
    create: true,
    replaceLink: true,
  });
}

/** Adds the items read from returned copies; a copy imported again (same file name) replaces its earlier items. */
export function importReviewItems(draft: string, files: string[], items: ReviewItem[]): WriteResult {
  const names = new Set(files.map((f) => basename(f)));
  return write(draft, (r) => ({ ...r, items: [...r.items.filter((i) => !names.has(i.file)), ...items] }));
}

/** Records (or, with no verdict, withdraws) the decision on the item of `key`. */
export function decideReview(draft: string, key: string, verdict: Verdict | undefined, reason: string): WriteResult {
  return write(draft, (r) => ({
    ...r,
    decisions: [
      ...r.decisions.filter((d) => d.key !== key),
      ...(verdict ? [{ key, decision: verdict, reason: reason.trim() }] : []),
    ],
  }));
}
