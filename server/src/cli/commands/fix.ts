/** `fix --numbering FILE [--write]`: the report renumbered (numbers only), to standard output or in place. */
import { applyEdits, parseReport, renumberDocument, TextDoc } from '../../core';
import { encodeText } from '../../io/encode';
import { writeFileAtomic } from '../../io/safeWrite';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';

export function fixCommand(file: string, write: boolean, cx: CliContext): number {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const fixed = applyEdits(f.text, renumberDocument(parseReport(new TextDoc(f.file, f.text))));
  if (!write) {
    io.out(fixed.endsWith('\n') ? fixed.slice(0, -1) : fixed);
    return 0;
  }
  if (fixed === f.text) return 0;
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
  io.err(msg(locale, 'cliRenumbered')(f.file, w.backup));
  return 0;
}
