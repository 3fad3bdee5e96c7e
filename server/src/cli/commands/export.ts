/**
 * `export FILE [-o OUT]`: the report as a GB/T 9704 Word document, written atomically; an existing OUT is kept as a
 * backup.
 */
import { dirname, resolve } from 'path';
import {
  createReportService,
  handInReady,
  handInSummary,
  handInSummaryText,
  localize,
  parseReport,
  TextDoc,
} from '../../core';
import { documentConfig } from '../../core/config';
import { findRcFile, isIgnored } from '../../config/rcFile';
import { exportReport } from '../../io/exportReport';
import { readMarks } from '../../io/checkedMarks';
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
  const left = leftToHandIn(f.file, f.text, file === '-', cx);
  if (left) io.err(left);
  return 0;
}

/** What the editor asks about before an export (仍有 3 处警告、5 项待核对…), said after it; undefined when nothing is left. */
function leftToHandIn(file: string, text: string, stdin: boolean, cx: CliContext): string | undefined {
  const doc = new TextDoc(file, text);
  const { config } = documentConfig(resolve(file), findRcFile(dirname(resolve(file))), isIgnored);
  const findings = createReportService()
    .analysis(doc, config)
    .check({ locale: cx.locale, positionAt: (o) => doc.positionAt(o) });
  const summary = handInSummary(parseReport(doc), findings, stdin ? [] : readMarks(file));
  return handInReady(summary)
    ? undefined
    : msg(cx.locale, 'cliHandInLeft')(localize(handInSummaryText(summary), cx.locale));
}
