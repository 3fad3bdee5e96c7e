import { statSync } from 'fs';
import { basename, dirname, resolve } from 'path';
import { parseArgs } from './cli/args';
import {
  githubLines,
  jsonResult,
  OUTPUT_FORMATS,
  sarifLog,
  textLines,
  type FileResult,
  type OutputFormat,
} from './cli/formats';
import { findRcFile, isIgnored } from './config/rcFile';
import { encodeText } from './io/encode';
import { inWordParagraphs, isPreloaded, listReports, load, needsReader, preloadBinaries } from './cli/load';
import { writeFileAtomic } from './io/safeWrite';
import {
  applyEdits,
  compareDraft,
  LibraryIndex,
  libraryEntry,
  textsInMemory,
  localeOf,
  outline,
  parseReport,
  renumberDocument,
  resolveConfig,
  resetMemos,
  TextDoc,
  createReportService,
  wordPlaces,
  type LibraryEntry,
  type Locale,
  type OutlineEntry,
} from './core';
import { msg } from './messages';
import { exportReport } from './io/exportReport';
import { limitsFromEnv } from './io/limitsFromEnv';

const VERSION = '0.1.0';

const USAGE = `用法 / usage:
  work-report outline FILE|- [--json]     输出报告大纲 / print the outline
  work-report check FILE|DIR|-... [--format text|json|sarif|github]
                                          检查报告（文件夹内的 .txt/.md，说明文件除外；- 为标准输入）
                                          / check reports (folders: their .txt/.md less README, SOURCES,
                                          CHANGELOG, LICENSE, CONTRIBUTING…; - reads standard input)
  work-report compare DRAFT --library DIR [--json]
                                          与往年报告对照 / compare with past reports
  work-report fix --numbering FILE [--write]
                                          重新编号（只改编号）/ renumber (numbers only); to stdout,
                                          or in place with --write (keeping FILE.bak)
  work-report export FILE [-o OUT.docx]   导出为符合 GB/T 9704 的 Word 文档 / write a Word document laid out
                                          to GB/T 9704 (default: FILE with .docx; an existing OUT is kept
                                          as OUT.bak)
报告可以是 .txt、.md 或 Word 文档（.docx/.docm，自动编号照 Word 显示读出）；Word 文档的问题另注段落序号
/ a report may be .txt, .md or a Word document (.docx/.docm, automatic numbering read as Word shows it);
findings in a Word document also name its paragraph
选项 / options:
  --format FORMAT   text：FILE:LINE:COL: SEVERITY: MESSAGE [CODE]（行列从 1 起，列按 UTF-16 码元计）
                    json；sarif（SARIF 2.1.0）；github（GitHub Actions 注释）
                    / text (1-based lines and columns, columns in UTF-16 code units), json, sarif, github
  --json            即 --format json / same as --format json
  --stdin-filename NAME
                    标准输入的文件名（用于消息和查找 .workreportrc.json）/ name for standard input
                    (in messages, and where .workreportrc.json is looked up)
  --lang zh|en      消息语言 / message language (default: from LANG, else zh)
  -h, --help        帮助 / help
  -v, --version     版本 / version
退出码 / exit codes: 0 无问题 / clean; 1 有错误或警告 / errors or warnings; 2 用法错误或无法读取 / bad usage or unreadable input`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function printOutline(entries: OutlineEntry[], io: Io, depth = 0): void {
  for (const e of entries) {
    io.out(`${String(e.line + 1).padStart(5)}  ${'  '.repeat(depth)}${e.marker}${e.title}  [${e.kind}]`);
    printOutline(e.children, io, depth + 1);
  }
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Chinese unless the environment names another language; the bare C/POSIX locale says nothing. */
function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return !tag || /^(C|POSIX)([.@]|$)/.test(tag) ? 'zh' : localeOf(tag);
}

/** `export FILE [-o OUT]`: the report as a GB/T 9704 Word document, written atomically; an existing OUT is kept as a backup. */
async function runExport(
  file: string,
  out: string | undefined,
  stdinName: string | undefined,
  locale: Locale,
  io: Io,
): Promise<number> {
  const f = load(file, locale, stdinName);
  if (!f.ok) {
    io.err(f.message);
    return 2;
  }
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

/** Runs the CLI and returns its exit code (a promise for `export`); all output goes through `io` so tests can capture it. */
export function runCli(
  argv: string[],
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): number | Promise<number> {
  const { command, files, flags, values, problems } = parseArgs(argv);
  const lang = values['--lang'];
  const libDir = values['--library'];
  const stdinName = values['--stdin-filename'];
  const locale: Locale = lang ? localeOf(lang) : localeFromEnv(env);
  if (flags.has('-h') || flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (flags.has('-v') || flags.has('--version')) {
    io.out(VERSION);
    return 0;
  }
  const format = (values['--format'] ?? (flags.has('--json') ? 'json' : 'text')) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) problems.push(`--format ${format}`);
  const oneFile = command === 'outline' || command === 'fix' || command === 'compare' || command === 'export';
  if (
    problems.length ||
    !command ||
    !['outline', 'check', 'fix', 'compare', 'export'].includes(command) ||
    !files.length ||
    (oneFile && files.length !== 1) ||
    (command === 'fix' && !flags.has('--numbering')) ||
    (command === 'compare' && !libDir) ||
    files.filter((f) => f === '-').length > 1
  ) {
    if (problems.length) io.err(msg(locale, 'cliUnknownOption')(problems.join(' ')));
    io.err(USAGE);
    return 2;
  }
  const json = format === 'json';
  // Word documents and PDFs are read first, on a reader worker (asynchronously); then the command runs as for any
  // report.
  const inputs = [
    ...(command === 'check' ? files.flatMap((f) => (f !== '-' && isFolder(f) ? listReports(f) : [f])) : files),
    ...(command === 'compare' ? listReports(libDir!, { pdf: true }) : []),
  ].filter((f) => needsReader(f) && !isPreloaded(f));
  if (inputs.length) return preloadBinaries(inputs, locale).then(() => runCli(argv, io, env, cwd));
  if (command === 'export') return runExport(files[0], values['-o'] ?? values['--output'], stdinName, locale, io);

  if (command === 'compare') {
    const f = load(files[0], locale, stdinName);
    if (!f.ok) {
      io.err(f.message);
      return 2;
    }
    const texts = new Map<string, string>();
    const lib = new LibraryIndex(textsInMemory(texts));
    const entries: LibraryEntry[] = [];
    for (const file of listReports(libDir!, { pdf: true })) {
      if (resolve(file) === resolve(f.file)) continue;
      const l = load(file, locale);
      if (!l.ok) {
        io.err(l.message);
        continue;
      }
      texts.set(file, l.text);
      entries.push(libraryEntry(parseReport(new TextDoc(file, l.text)), file, basename(file)));
    }
    lib.setEntries(entries);
    const model = parseReport(new TextDoc(f.file, f.text));
    // The draft is never its own past report, by path or by text (a copy under another name).
    const result = { file: f.file, ...compareDraft(lib, model, f.file) };
    if (json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    const s = result.summary;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    io.out(msg(locale, 'cliCompareSummary')(f.file, pct(s.reusedShare), lib.size, s.lastYear?.uri, s.verbatim.length));
    for (const r of result.figures)
      io.out(
        `  ${r.metric}: ${r.past.map((p) => `${p.year} ${p.value}`).join(' · ')} → ${r.value}${r.unit}${r.sameAsLastYear ? `  ${msg(locale, 'cliSameAsLastYear')()}` : ''}`,
      );
    for (const r of result.structure.rows) io.out(`  [${r.status}] ${r.draft?.label ?? '—'} ⇄ ${r.past?.label ?? '—'}`);
    return 0;
  }

  if (command === 'fix') {
    const f = load(files[0], locale, stdinName);
    if (!f.ok) {
      io.err(f.message);
      return 2;
    }
    const fixed = applyEdits(f.text, renumberDocument(parseReport(new TextDoc(f.file, f.text))));
    if (!flags.has('--write')) {
      io.out(fixed.endsWith('\n') ? fixed.slice(0, -1) : fixed);
      return 0;
    }
    if (fixed === f.text) return 0;
    if (files[0] === '-') {
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

  if (command === 'outline') {
    const f = load(files[0], locale, stdinName);
    if (!f.ok) {
      io.err(f.message);
      return 2;
    }
    const model = parseReport(new TextDoc(f.file, f.text));
    const sections = outline(model);
    if (json) {
      const h = model.header;
      io.out(
        JSON.stringify(
          {
            file: f.file,
            header: {
              title: h.title?.text ?? null,
              subtitle: h.subtitle?.text ?? null,
              speaker: h.speaker?.text ?? null,
              date: h.date ?? null,
              session: h.session ?? null,
              lines: h.lines,
            },
            sections,
          },
          null,
          2,
        ),
      );
    } else {
      if (model.header.title)
        io.out(`${model.header.title.text}${model.header.subtitle ? ` — ${model.header.subtitle.text}` : ''}`);
      printOutline(sections, io);
    }
    return 0;
  }

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
  for (const file of targets) {
    // Standard input is configured as if it were the file it names (or a file in the working folder).
    const where = file === '-' ? resolve(cwd, stdinName ?? 'stdin') : resolve(file);
    const rc = findRcFile(dirname(where));
    const { config, problems: rcProblems } = resolveConfig(rc?.config);
    if (rc && (rc.error || rcProblems.length) && !rcProblemsShown.has(rc.path)) {
      rcProblemsShown.add(rc.path);
      io.err(`${rc.path}: ${[rc.error, ...rcProblems].filter(Boolean).join('; ')}`);
    }
    if (rc && isIgnored(where, rc.dir, config.ignore)) {
      if (json) results.push({ file: file === '-' ? (stdinName ?? '-') : file, diagnostics: [] });
      continue;
    }
    const f = load(file, locale, stdinName);
    if (!f.ok) {
      io.err(f.message);
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
      });
    const diagnostics = f.word ? inWordParagraphs(found, f.word.paragraphOfLine, locale) : found;
    // The per-line memos serve an editor's next keystroke; over a folder they only hold every file's lines.
    resetMemos();
    if (exit === 0 && diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) exit = 1;
    const r = { file: f.file, diagnostics };
    if (format === 'text') textLines(r).forEach((l) => io.out(l));
    else if (format === 'github') githubLines(r).forEach((l) => io.out(l));
    else results.push(r);
  }
  if (format === 'json') io.out(JSON.stringify(results.map(jsonResult), null, 2));
  if (format === 'sarif') io.out(JSON.stringify(sarifLog(results, { version: VERSION, locale, cwd }), null, 2));
  return exit;
}

if (require.main === module) {
  const limitsProblem = limitsFromEnv();
  if (limitsProblem) process.stderr.write(`work-report: ${limitsProblem}\n`);
  // `work-report check … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else throw e;
  });
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      out: (s) => process.stdout.write(s + '\n'),
      err: (s) => process.stderr.write(s + '\n'),
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
