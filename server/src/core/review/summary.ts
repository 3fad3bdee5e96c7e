/**
 * 意见汇总: every item of a draft's returned copies, placed in the draft, with its decision — what the editor's view
 * (by chapter, then reviewer), the CLI and the table read. JSON-safe: it crosses LSP as it is.
 */
import type { Position, Range } from '../document';
import type { ReportModel } from '../model/types';
import { opinionOf, originalOf, reviewMessage } from './describe';
import { mapReviews } from './mapReviews';
import type { Decision, Verdict } from './table';
import type { MappedReview, MatchKind, ReviewItem, ReviewKind } from './types';

export interface ReviewEntry {
  key: string;
  unit: string;
  kind: ReviewKind;
  author: string;
  date: string;
  file: string;
  /** The draft's chapter label (the copy's when unmapped); '' before the first chapter. */
  chapter: string;
  match: MatchKind;
  score: number;
  /** The span in the draft (absent when unmapped). */
  start?: number;
  end?: number;
  range?: Range;
  anchored: boolean;
  /** 「市财政局：建议改为……」, in the locale. */
  message: string;
  /** The reviewer's ask without the unit (意见), and the sentence of the copy it is about (原文), in Chinese. */
  opinion: string;
  original: string;
  decision?: Verdict;
  reason: string;
}

export interface ReviewSummary {
  entries: ReviewEntry[];
  total: number;
  unmapped: number;
  open: number;
  accepted: number;
  rejected: number;
}

/** The summary of a draft's items: placed in the draft's current text, each with its decision. */
export function reviewSummary(
  model: ReportModel,
  items: readonly ReviewItem[],
  decisions: readonly Decision[],
  opts: { locale?: 'zh' | 'en'; positionAt: (offset: number) => Position },
): { summary: ReviewSummary; mapped: MappedReview[] } {
  // In the draft's order; those not found in it last, in their copies' order.
  const placed = mapReviews(model, items);
  const mapped = [
    ...placed.filter((m) => m.start !== undefined).sort((a, b) => a.start! - b.start!),
    ...placed.filter((m) => m.start === undefined),
  ];
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const entries = mapped.map((m): ReviewEntry => {
    const d = byKey.get(m.key);
    const message = reviewMessage(m.item);
    return {
      key: m.key,
      unit: m.item.unit,
      kind: m.item.kind,
      author: m.item.author,
      date: m.item.date,
      file: m.item.file,
      chapter: m.chapter,
      match: m.match,
      score: m.score,
      ...(m.start !== undefined && m.end !== undefined
        ? { start: m.start, end: m.end, range: { start: opts.positionAt(m.start), end: opts.positionAt(m.end) } }
        : {}),
      anchored: m.anchored,
      message: opts.locale === 'en' ? message.en : message.zh,
      opinion: opinionOf(m.item).zh,
      original: originalOf(m.item),
      ...(d ? { decision: d.decision } : {}),
      reason: d?.reason ?? '',
    };
  });
  const count = (f: (e: ReviewEntry) => boolean) => entries.filter(f).length;
  const summary = {
    entries,
    total: entries.length,
    unmapped: count((e) => e.match === 'unmapped'),
    open: count((e) => !e.decision),
    accepted: count((e) => e.decision === 'accepted'),
    rejected: count((e) => e.decision === 'rejected'),
  };
  return { summary, mapped };
}
