/**
 * Reviewers' returned copies (征求意见) over LSP: import (read the .docx files on a reader worker, record their items
 * beside the draft), the draft's 意见汇总, a decision (a server command, so any editor can run it), and 意见采纳情况表.
 * The record (`.workreport-review.json`) is the one truth: kept here while its size and time stay the same, so a
 * check reads a stat, and a record written by a colleague or another window is seen at the next check.
 */
import { statSync } from 'fs';
import * as path from 'path';
import type { ReviewItem, Verdict } from '../core/review';
import { reviewKey, reviewSummary, tableRows } from '../core/review';
import { writeReviewTable } from '../io/exportReviewTable';
import { readReturnedCopies } from '../io/returnedCopies';
import {
  decideReview,
  importReviewItems,
  readReviewRecord,
  reviewRecordPath,
  type DraftReviews,
} from '../io/reviewRecord';
import { msg } from '../messages';
import {
  DECIDE_REVIEW_COMMAND,
  ExportReviewTableRequest,
  ImportReviewsRequest,
  ReviewsRequest,
  type ExportWordResult,
  type ImportReviewsResult,
  type ReviewsResult,
} from '../../../shared/protocol';
import type { ServerContext } from './context';
import { shownName, uriToPath } from './uri';

/** The records of open drafts, by file, with the stamp (size and time) they were read at. */
export class ReviewRecords {
  private readonly kept = new Map<string, { stamp: string; record: DraftReviews }>();

  /** The draft's record and its stamp ('' and an empty record when there is none, or it is no file). */
  of(uri: string): { stamp: string; record: DraftReviews } {
    const file = uriToPath(uri);
    const none = { stamp: '', record: { items: [], decisions: [] } };
    if (!file) return none;
    let stamp: string;
    try {
      const st = statSync(reviewRecordPath(file));
      stamp = `${st.size}:${st.mtimeMs}`;
    } catch {
      return none;
    }
    const hit = this.kept.get(file);
    if (hit?.stamp === stamp) return hit;
    const got = { stamp, record: readReviewRecord(file) };
    this.kept.set(file, got);
    return got;
  }

  /** The items the checks place in the draft: those not yet decided, and the key of that set. */
  undecided(uri: string): { items: ReviewItem[]; key: string } {
    const { stamp, record } = this.of(uri);
    if (!record.items.length) return { items: [], key: '' };
    const decided = new Set(record.decisions.map((d) => d.key));
    return { items: record.items.filter((i) => !decided.has(reviewKey(i))), key: stamp };
  }

  forget(file: string): void {
    this.kept.delete(file);
  }
}

export function registerReviews(ctx: ServerContext, records: ReviewRecords, refresh: () => void): void {
  ctx.connection.onRequest(ImportReviewsRequest, async ({ uri, files }): Promise<ImportReviewsResult> => {
    const locale = ctx.locale();
    const draft = uriToPath(uri);
    if (!draft) return { ok: false, message: msg(locale, 'reviewsNeedFile')(shownName(uri)) };
    const paths = files.flatMap((f) => uriToPath(f) ?? []);
    const read = await readReturnedCopies(paths, locale);
    const problems = [...read.problems, ...files.filter((f) => !uriToPath(f)).map((f) => msg(locale, 'notAFile')(f))];
    if (!read.read.length) return { ok: false, message: problems.join('\n') || msg(locale, 'reviewsNeedFile')(uri) };
    const w = importReviewItems(
      draft,
      read.read.map((r) => r.file),
      read.items,
    );
    records.forget(draft);
    if (!w.ok) return { ok: false, message: w.message };
    refresh();
    const doc = ctx.documents.get(uri);
    const unmapped = doc
      ? reviewSummary(ctx.modelOf(doc), read.items, [], { positionAt: (o) => doc.positionAt(o) }).summary.unmapped
      : 0;
    return {
      ok: true,
      message: msg(locale, 'reviewsImported')(read.read.length, read.items.length, unmapped),
      copies: read.read.map((r) => ({ file: path.basename(r.file), items: r.items })),
      problems,
    };
  });

  ctx.connection.onRequest(ReviewsRequest, ({ uri }): ReviewsResult | null => {
    const doc = ctx.documents.get(uri);
    if (!doc) return null;
    const { record } = records.of(uri);
    const { summary } = reviewSummary(ctx.modelOf(doc), record.items, record.decisions, {
      locale: ctx.locale(),
      positionAt: (o) => doc.positionAt(o),
    });
    return { ...summary, unmappedLabel: msg(ctx.locale(), 'reviewUnmapped')() };
  });

  ctx.commands.set(DECIDE_REVIEW_COMMAND, async ([uri, key, verdict, reason]) => {
    const draft = typeof uri === 'string' ? uriToPath(uri) : undefined;
    if (!draft || typeof key !== 'string') return false;
    const v = verdict === 'accepted' || verdict === 'rejected' ? (verdict as Verdict) : undefined;
    const w = decideReview(draft, key, v, typeof reason === 'string' ? reason : '');
    records.forget(draft);
    if (!w.ok) void ctx.connection.window.showWarningMessage(w.message);
    refresh();
    return w.ok;
  });

  ctx.connection.onRequest(ExportReviewTableRequest, async ({ uri, target }): Promise<ExportWordResult> => {
    const locale = ctx.locale();
    const doc = ctx.documents.get(uri);
    if (!doc) return { ok: false, message: msg(locale, 'notOpen')(shownName(uri)) };
    const to = /^file:\/\//i.test(target) ? uriToPath(target) : undefined;
    if (!to || !path.isAbsolute(to))
      return { ok: false, message: msg(locale, 'exportTargetNotFile')(shownName(target)) };
    const draft = uriToPath(uri) ?? shownName(uri);
    const { record } = records.of(uri);
    const { mapped } = reviewSummary(ctx.modelOf(doc), record.items, record.decisions, {
      positionAt: (o) => doc.positionAt(o),
    });
    const open = ctx.documents.all().flatMap((d) => uriToPath(d.uri) ?? []);
    const copies = [...new Set(record.items.map((i) => path.join(path.dirname(draft), i.file)))];
    const w = await writeReviewTable(to, draft, tableRows(mapped, record.decisions), [...open, ...copies], locale);
    return w.ok ? { ok: true, ...(w.backup ? { backup: w.backup } : {}) } : w;
  });
}
