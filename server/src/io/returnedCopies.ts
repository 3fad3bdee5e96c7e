/**
 * Reviewers' returned copies read from disk (the CLI's `reviews` and the editor's 导入征求意见稿 both): each a regular
 * file within the binary files' limit, read on a reader worker (readers.ts) for its comments and tracked changes.
 * A copy that cannot be read is said in one line and the others still read.
 */
import { isWordFileName, LIMITS, type Locale } from '../core';
import type { ReviewItem } from '../core/review';
import { msg } from '../messages';
import { Readers } from './readers';
import { readRegularFile } from './regularFile';

export interface ReturnedCopies {
  items: ReviewItem[];
  /** Each copy read: its file and how many items it gave. */
  read: { file: string; items: number }[];
  /** One line for each copy that could not be read. */
  problems: string[];
}

export async function readReturnedCopies(files: readonly string[], locale: Locale): Promise<ReturnedCopies> {
  const out: ReturnedCopies = { items: [], read: [], problems: [] };
  const readers = new Readers();
  try {
    for (const file of files) {
      if (!isWordFileName(file)) {
        out.problems.push(msg(locale, 'reviewNotWord')(file));
        continue;
      }
      const r = await readRegularFile(file, LIMITS.binaryFileBytes);
      if (!r.ok) {
        out.problems.push(msg(locale, 'wordUnreadable')(file, r.message));
        continue;
      }
      const d = await readers.reviews(file, r.bytes);
      if (!d.ok) {
        out.problems.push(msg(locale, 'wordUnreadable')(file, msg(locale, 'wordReason')(d.message)));
        continue;
      }
      out.items.push(...d.items);
      out.read.push({ file, items: d.items.length });
    }
  } finally {
    await readers.close();
  }
  return out;
}
