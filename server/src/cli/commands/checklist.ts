/**
 * `checklist DRAFT [--library DIR] [--json]`: the year-over checklist — every place still holding last year's value,
 * by chapter, open or marked as checked (the marks of `.workreport-checked.json` beside the draft). Exit code 1 while
 * any item is open.
 */
import { dirname, resolve } from 'path';
import { checklist, createReportService, parseReport, TextDoc, type ReportModel } from '../../core';
import { documentConfig } from '../../core/config';
import { findRcFile, isIgnored } from '../../config/rcFile';
import { readMarks } from '../../io/checkedMarks';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';
import { loadLibrary } from '../library';

export function checklistCommand(file: string, libDir: string | undefined, json: boolean, cx: CliContext): number {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const library = libDir ? loadLibrary(libDir, [f.file], cx) : undefined;
  const doc = new TextDoc(f.file, f.text);
  const { config } = documentConfig(resolve(f.file), findRcFile(dirname(resolve(f.file))), isIgnored);
  const findings = createReportService()
    .analysis(doc, config)
    .check({
      locale,
      positionAt: (o) => doc.positionAt(o),
      ...(library ? { lastYear: (m: ReportModel) => library.lastYear(m, f.file), lastYearKey: libDir } : {}),
    });
  const list = checklist(parseReport(doc), findings, file === '-' ? [] : readMarks(f.file));
  if (json) io.out(JSON.stringify({ file: f.file, ...list }, null, 2));
  else {
    io.out(msg(locale, 'cliChecklistHead')(f.file, list.open, list.checked));
    if (!library) io.out(msg(locale, 'cliChecklistNoLibrary')());
    let chapter: string | undefined;
    for (const i of list.items) {
      if (i.chapter !== chapter) io.out(`  ${(chapter = i.chapter) || '—'}`);
      io.out(
        `    ${i.checked ? '[✓]' : '[ ]'} ${i.range.start.line + 1}:${i.range.start.character + 1} ${i.message} [${i.code}]`,
      );
    }
  }
  return list.open ? 1 : 0;
}
