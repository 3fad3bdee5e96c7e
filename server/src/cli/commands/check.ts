/**
 * `check FILE|DIR|-...`: every report checked with its folder's `.workreportrc.json`, its findings written as text,
 * JSON, SARIF or GitHub annotations. Exit code 1 when any finding is an error or a warning, 2 when a file could not
 * be read or a folder holds no report.
 */
import { dirname, resolve } from 'path';
import {
  createReportService,
  parseReport,
  resetMemos,
  TextDoc,
  unmarked,
  wordPlaces,
  type ReportModel,
} from '../../core';
import { readMarks } from '../../io/checkedMarks';
import { documentConfig } from '../../core/config';
import { findRcFile, isIgnored } from '../../config/rcFile';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';
import { githubLines, jsonResult, sarifLog, textLines, type FileResult, type OutputFormat } from '../formats';
import { loadLibrary } from '../library';
import { inWordParagraphs, isFolder, listReports } from '../load';
import { annotateRefusal, writeAnnotated } from './annotate';

export function checkCommand(
  files: string[],
  format: OutputFormat,
  cwd: string,
  cx: CliContext,
  libDir?: string,
  /** --annotate: the copy of the one Word document checked, its findings as comments. */
  annotate?: string,
): number {
  const { io, locale, stdinName } = cx;
  let exit = 0;
  const results: FileResult[] = [];
  const rcProblemsShown = new Set<string>();
  const targets: string[] = [];
  for (const f of files) {
    if (f === '-' || !isFolder(f)) {
      targets.push(f);
      continue;
    }
    const found = listReports(f);
    if (!found.length) {
      io.err(msg(locale, 'cliEmptyFolder')(f));
      exit = 2;
    }
    targets.push(...found);
  }
  const refused = annotate === undefined ? undefined : annotateRefusal(targets, annotate, cx);
  if (refused) {
    io.err(refused);
    return 2;
  }
  // With --library, the stale.* checks compare each draft with last year's report of its place there.
  const library = libDir ? loadLibrary(libDir, targets, cx) : undefined;
  for (const file of targets) {
    // Standard input is configured as if it were the file it names (or a file in the working folder).
    const where = file === '-' ? resolve(cwd, stdinName ?? 'stdin') : resolve(file);
    const { config, ignored, problems, rcPath } = documentConfig(where, findRcFile(dirname(where)), isIgnored);
    if (rcPath && problems.length && !rcProblemsShown.has(rcPath)) {
      rcProblemsShown.add(rcPath);
      io.err(`${rcPath}: ${problems.join('; ')}`);
    }
    if (ignored) {
      if (format === 'json') results.push({ file: file === '-' ? (stdinName ?? '-') : file, diagnostics: [] });
      continue;
    }
    const f = loadReport(file, cx);
    if (!f) {
      exit = 2;
      continue;
    }
    const doc = new TextDoc(f.file, f.text);
    // Each file once: a passing service, so nothing of one file is held while the next is checked.
    const found = createReportService({
      onCheckError: (code, e) => io.err(`${code}: ${e instanceof Error ? e.message : String(e)}`),
    })
      .analysis(doc, config)
      .check({
        locale,
        positionAt: (o) => doc.positionAt(o),
        ...(f.word ? { places: wordPlaces(f.word.paragraphOfLine) } : {}),
        ...(library ? { lastYear: (m: ReportModel) => library.lastYear(m, f.file), lastYearKey: libDir } : {}),
      });
    // Places marked as checked (已核对) beside the draft are not findings any more.
    const marks = file === '-' ? [] : readMarks(f.file);
    const shown = marks.length ? unmarked(marks, parseReport(doc), found) : found;
    const diagnostics = f.word ? inWordParagraphs(shown, f.word.paragraphOfLine, locale) : shown;
    // The per-line memos serve an editor's next keystroke; over a folder they only hold every file's lines.
    resetMemos();
    if (exit === 0 && diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) exit = 1;
    // The comments say what the findings say, without the paragraph: they stand on it.
    if (annotate !== undefined && writeAnnotated(file, f.text, shown, annotate, cx)) exit = 2;
    const r = { file: f.file, diagnostics };
    if (format === 'text') textLines(r).forEach((l) => io.out(l));
    else if (format === 'github') githubLines(r).forEach((l) => io.out(l));
    else results.push(r);
  }
  if (format === 'json') io.out(JSON.stringify(results.map(jsonResult), null, 2));
  if (format === 'sarif')
    io.out(JSON.stringify(sarifLog(results, { version: WORK_REPORT_VERSION, locale, cwd }), null, 2));
  return exit;
}
