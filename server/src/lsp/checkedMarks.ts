/**
 * The marks of "checked" (已核对) of open reports, read from `.workreport-checked.json` beside each (io/checkedMarks.ts)
 * and kept while the file's size and time are the same: a check reads a stat, not the file, and a mark written by
 * the CLI or a colleague is seen at the next check.
 */
import { statSync } from 'fs';
import { withMark, type Mark, type ReportModel } from '../core';
import { marksPath, readMarks, writeMarks } from '../io/checkedMarks';
import type { WriteResult } from '../io/safeWrite';
import { uriToPath } from './uri';

export class CheckedMarks {
  private readonly kept = new Map<string, { stamp: string; marks: Mark[] }>();

  /** The marks of the report at `uri` (none for a document that is no file). */
  of(uri: string): Mark[] {
    const file = uriToPath(uri);
    if (!file) return [];
    let stamp: string;
    try {
      const st = statSync(marksPath(file));
      stamp = `${st.size}:${st.mtimeMs}`;
    } catch {
      return [];
    }
    const hit = this.kept.get(file);
    if (hit?.stamp === stamp) return hit.marks;
    const marks = readMarks(file);
    this.kept.set(file, { stamp, marks });
    return marks;
  }

  /** Records a finding as checked. */
  add(uri: string, model: ReportModel, f: { code: string; start: number; end: number }): WriteResult {
    const file = uriToPath(uri);
    if (!file) return { ok: false, message: `not a file: ${uri}` };
    const w = writeMarks(file, withMark(this.of(uri), model, f));
    this.kept.delete(file);
    return w;
  }
}
