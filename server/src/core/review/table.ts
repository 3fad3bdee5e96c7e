/**
 * 意见采纳情况表: one row an item — 序号, 单位, 原文, 意见, 处理 (采纳 / 不采纳 / 未处理), 理由 — in the draft's order
 * (items that could not be placed last, in their copy's order), as the drafting office hands it back with the draft.
 */
import { opinionOf, originalOf } from './describe';
import type { MappedReview } from './types';

export type Verdict = 'accepted' | 'rejected';

/** A drafter's decision on one item, kept under the item's key. */
export interface Decision {
  key: string;
  decision: Verdict;
  reason: string;
}

export interface TableRow {
  n: number;
  unit: string;
  original: string;
  opinion: string;
  handling: string;
  reason: string;
}

export const VERDICT_ZH: Record<Verdict | 'open', string> = { accepted: '采纳', rejected: '不采纳', open: '未处理' };
export const TABLE_HEADER = ['序号', '单位', '原文', '意见', '处理', '理由'] as const;
export const TABLE_TITLE = '意见采纳情况表';

/** The rows of the table, from the placed items and the decisions taken on them. */
export function tableRows(mapped: readonly MappedReview[], decisions: readonly Decision[]): TableRow[] {
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const placed = mapped.filter((m) => m.start !== undefined).sort((a, b) => a.start! - b.start!);
  const unplaced = mapped.filter((m) => m.start === undefined);
  return [...placed, ...unplaced].map((m, i) => {
    const d = byKey.get(m.key);
    return {
      n: i + 1,
      unit: m.item.unit,
      original: originalOf(m.item) + (m.start === undefined ? '（未能对应到草稿）' : ''),
      opinion: opinionOf(m.item).zh,
      handling: VERDICT_ZH[d?.decision ?? 'open'],
      reason: d?.reason ?? '',
    };
  });
}
