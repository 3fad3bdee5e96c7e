/**
 * `export FILE [-o OUT]`: the report as a GB/T 9704 Word document, written atomically; an existing OUT is kept as a
 * backup.
 */
import { exportReport } from '../../io/exportReport';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';

export async function exportCommand(file: string, out: string | undefined, cx: CliContext): Promise<number> {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const target = out ?? (file === '-' ? undefined : file.replace(/\.(txt|md|docx|docm)$/i, '') + '.docx');
  if (!target) {
    io.err(msg(locale, 'cliExportNeedsOut')());
    return 2;
  }
  const w = await exportReport({ name: f.file, text: f.text }, target, file === '-' ? [] : [file], locale);
  if (!w.ok) {
    io.err(w.message);
    return 2;
  }
  if (w.dropped) io.err(msg(locale, 'exportDropped')(w.dropped));
  io.err(msg(locale, 'cliWrote')(target, w.backup));
  return 0;
}
