/**
 * `reviews DRAFT FILE.docx... [--json] [--table OUT.docx]`: reviewers' returned copies (征求意见) read — every comment
 * and tracked change with its unit — and placed in the draft, by chapter then unit, each with the decision taken on
 * it in the editor (`.workreport-review.json` beside the draft, read only); `--table` writes 意见采纳情况表. The
 * copies are not recorded: the command changes no file but the table it is asked for.
 */
import { parseReport, TextDoc } from '../../core';
import { reviewSummary, tableRows, VERDICT_ZH, type ReviewEntry, type ReviewSummary } from '../../core/review';
import { writeReviewTable } from '../../io/exportReviewTable';
import { readReturnedCopies } from '../../io/returnedCopies';
import { readReviewRecord } from '../../io/reviewRecord';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';

export async function reviewsCommand(
  draft: string,
  copies: string[],
  json: boolean,
  table: string | undefined,
  cx: CliContext,
): Promise<number> {
  const { io, locale } = cx;
  const f = loadReport(draft, cx);
  if (!f) return 2;
  const read = await readReturnedCopies(copies, locale);
  for (const p of read.problems) io.err(p);
  const doc = new TextDoc(f.file, f.text);
  const decisions = draft === '-' ? [] : readReviewRecord(f.file).decisions;
  const { summary, mapped } = reviewSummary(parseReport(doc), read.items, decisions, {
    locale,
    positionAt: (o) => doc.positionAt(o),
  });
  if (json) io.out(JSON.stringify({ draft: f.file, copies: read.read, ...summary }, null, 2));
  else printSummary(f.file, summary, cx);
  if (table) {
    const w = await writeReviewTable(
      table,
      f.file,
      tableRows(mapped, decisions),
      draft === '-' ? copies : [draft, ...copies],
      locale,
    );
    if (!w.ok) {
      io.err(w.message);
      return 2;
    }
    io.err(msg(locale, 'cliWrote')(table, w.backup));
  }
  return read.problems.length ? 2 : 0;
}

function printSummary(file: string, s: ReviewSummary, cx: CliContext): void {
  const { io, locale } = cx;
  io.out(msg(locale, 'cliReviewsHead')(file, s.total, s.unmapped, s.open));
  const unmapped = msg(locale, 'reviewUnmapped')();
  const groups = new Map<string, Map<string, ReviewEntry[]>>();
  for (const e of [...s.entries.filter((e) => e.range), ...s.entries.filter((e) => !e.range)]) {
    const chapter = e.range ? e.chapter || '—' : unmapped;
    const units = groups.get(chapter) ?? groups.set(chapter, new Map()).get(chapter)!;
    units.set(e.unit, [...(units.get(e.unit) ?? []), e]);
  }
  for (const [chapter, units] of groups) {
    io.out(`  ${chapter}`);
    for (const [unit, entries] of units) {
      io.out(`    ${unit}`);
      for (const e of entries) {
        const mark = e.decision ? `[${VERDICT_ZH[e.decision]}]` : '[ ]';
        const at = e.range ? `${e.range.start.line + 1}:${e.range.start.character + 1} ` : '';
        const why = e.reason ? ` — ${e.reason}` : '';
        const code = e.kind === 'comment' ? 'review.comment' : 'review.change';
        io.out(`      ${mark} ${at}${e.message}${e.range ? '' : `（${e.original}）`}${why} [${code}]`);
      }
    }
  }
}
