/**
 * `fix --numbering FILE [--write]`: the report renumbered (numbers only), to standard output or in place; what
 * changed, line by line, and the runs left alone (numbers only out of order) on standard error.
 */
import { applyEdits, parseReport, renumberPlan, TextDoc, type RenumberPlan } from '../../core';
import { encodeText } from '../../io/encode';
import { writeFileAtomic } from '../../io/safeWrite';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';

export function fixCommand(file: string, write: boolean, cx: CliContext): number {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const plan = renumberPlan(parseReport(new TextDoc(f.file, f.text)));
  const fixed = applyEdits(f.text, plan.edits);
  if (!write) {
    summarise(plan, cx);
    io.out(fixed.endsWith('\n') ? fixed.slice(0, -1) : fixed);
    return 0;
  }
  if (fixed === f.text) {
    summarise(plan, cx);
    return 0;
  }
  if (file === '-') {
    io.err(msg(locale, 'cliWriteNeedsFile')());
    return 2;
  }
  if (f.word || f.pdf) {
    io.err(msg(locale, 'cliWriteNotText')(f.file, !!f.word));
    return 2;
  }
  // Written back in the file's own encoding (GBK stays GBK, a BOM stays), atomically, beside a backup that never
  // replaces an earlier one; on any failure the original is left as it was.
  const bytes = encodeText(fixed, f.encoding, f.bom);
  const w = bytes.ok
    ? writeFileAtomic(f.file, bytes.bytes, { backup: true })
    : { ok: false as const, message: `${f.file}: ${bytes.message}` };
  if (!w.ok) {
    io.err(w.message);
    return 2;
  }
  // Said once written: a write that fails says one line, its reason.
  summarise(plan, cx);
  io.err(msg(locale, 'cliRenumbered')(f.file, w.backup));
  return 0;
}

/** Standard error: each change (第 12 行：三、 → 二、), and each run left alone. Standard output stays the text. */
function summarise(plan: RenumberPlan, { io, locale }: CliContext): void {
  io.err(msg(locale, 'cliRenumberSummary')(plan.edits.length));
  for (const c of plan.changes) io.err(msg(locale, 'cliRenumberChange')(c.line + 1, c.from, c.to));
  for (const r of plan.permuted)
    io.err(msg(locale, 'cliRenumberPermuted')(r.entries[0].line + 1, r.entries.map((e) => e.marker).join('')));
}
