/**
 * A report written out as a GB/T 9704 Word document — the one way the CLI and the server both export, so that
 * neither can write where it was not asked: never over the report itself or another report the user has open
 * (compared as the file system resolves them, links followed), never through a link planted at the target (the
 * link is replaced), atomically, an earlier file at the target kept as FILE.bak. A report past the export's
 * limits is refused before it is parsed; characters a Word document cannot hold are left out and counted.
 */
import { exportLimitPassed, LimitExceeded, parseReport, TextDoc, unwritableChars, type Locale } from '../core';
import { exportDocx } from '../engines/exportDocx';
import { msg } from '../messages';
import { resolvedPath, writeFileAtomic } from './safeWrite';

export type ExportResult = { ok: true; backup?: string; dropped: number } | { ok: false; message: string };

export async function exportReport(
  report: { name: string; text: string; model?: ReturnType<typeof parseReport> },
  target: string,
  /** The report's own file and any other the user has open: none may be the target. */
  protectedFiles: string[],
  locale: Locale,
): Promise<ExportResult> {
  const at = resolvedPath(target);
  if (protectedFiles.some((f) => resolvedPath(f) === at))
    return { ok: false, message: msg(locale, 'cliExportOverSelf')(target) };
  const passed = exportLimitPassed(report.text);
  if (passed) return { ok: false, message: msg(locale, 'limitPassed')(passed) };
  let bytes: Uint8Array;
  try {
    bytes = await exportDocx(report.model ?? parseReport(new TextDoc(report.name, report.text)));
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, message: msg(locale, 'limitPassed')(e.limit) };
    throw e;
  }
  const w = writeFileAtomic(target, bytes, { backup: true, create: true, replaceLink: true });
  return w.ok ? { ...w, dropped: unwritableChars(report.text) } : w;
}
