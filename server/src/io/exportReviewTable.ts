/**
 * 意见采纳情况表 written as a Word document — only where asked, as the report's export is (io/exportReport.ts): never
 * over the draft, a returned copy or another report the user has open (compared as the file system resolves them),
 * never through a link planted at the target, atomically, an earlier file at the target kept as FILE.bak.
 */
import { basename } from 'path';
import { TABLE_HEADER, TABLE_TITLE, type TableRow } from '../core/review';
import type { Locale } from '../core';
import { exportReviewTableDocx } from '../engines/exportDocx';
import { msg } from '../messages';
import { resolvedPath, writeFileAtomic, type WriteResult } from './safeWrite';

export async function writeReviewTable(
  target: string,
  draft: string,
  rows: readonly TableRow[],
  /** The draft, the returned copies and any report open: none may be the target. */
  protectedFiles: readonly string[],
  locale: Locale,
): Promise<WriteResult> {
  const at = resolvedPath(target);
  if (protectedFiles.some((f) => resolvedPath(f) === at))
    return { ok: false, message: msg(locale, 'reviewTableOverInput')(target) };
  const bytes = await exportReviewTableDocx({
    title: TABLE_TITLE,
    subtitle: `（${basename(draft).replace(/\.(txt|md|docx|docm)$/i, '')}）`,
    header: TABLE_HEADER,
    rows: rows.map((r) => [String(r.n), r.unit, r.original, r.opinion, r.handling, r.reason]),
  });
  return writeFileAtomic(target, bytes, { backup: true, create: true, replaceLink: true });
}
