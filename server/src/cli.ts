/**
 * The `work-report` command: reads the command line, answers help and version, checks the usage (exit code 2), reads
 * Word documents and PDFs ahead, and hands over to the command (cli/commands/), whose exit code it returns.
 */
import { parseArgs } from './cli/args';
import { checkCommand } from './cli/commands/check';
import { checklistCommand } from './cli/commands/checklist';
import { nextYearCommand } from './cli/commands/nextYear';
import { compareCommand } from './cli/commands/compare';
import { exportCommand } from './cli/commands/export';
import { fixCommand } from './cli/commands/fix';
import { outlineCommand } from './cli/commands/outline';
import { reviewsCommand } from './cli/commands/reviews';
import type { CliContext, Io } from './cli/context';
import { OUTPUT_FORMATS, type OutputFormat } from './cli/formats';
import { isFolder, isPreloaded, listReports, needsReader, preloadBinaries } from './cli/load';
import { localeOf, type Locale } from './core';
import { limitsFromEnv } from './io/limitsFromEnv';
import { msg } from './messages';

const USAGE = `用法 / usage:
  work-report outline FILE|- [--json]     输出报告大纲 / print the outline
  work-report check FILE|DIR|-... [--format text|json|sarif|github] [--library DIR] [--annotate OUT.docx]
                                          检查报告（文件夹内的 .txt/.md，说明文件除外；- 为标准输入）
                                          / check reports (folders: their .txt/.md less README, SOURCES,
                                          CHANGELOG, LICENSE, CONTRIBUTING…; - reads standard input);
                                          --library：与其中同地上年报告比对，找出未更新的数据
                                          / compare with last year's report of the place there;
                                          --annotate OUT.docx：把检查结果写成 Word 批注，存为 Word 文档的副本
                                          （只用于一个 .docx/.docm；已有的 OUT 保存为 OUT.bak）/ write the
                                          findings as Word comments into a copy of the one .docx/.docm checked
                                          (an existing OUT is kept as OUT.bak)
  work-report compare DRAFT --library DIR [--json]
                                          与往年报告对照 / compare with past reports
  work-report next-year REPORT [-o FILE] [--new-term]
                                          由上年报告生成下一年度草稿（副标题日期留待填写，会次加一，
                                          标题年份加一；--new-term 换届：新一届第一次会议）
                                          / next year's draft from last year's report (to a new file)
  work-report checklist DRAFT [--library DIR] [--json]
                                          换年核对清单：仍是上年数值的年份、会次、数据、序数和占位符
                                          （有待核对项时退出码为 1）/ the year-over checklist (exit 1
                                          while any item is open)
  work-report fix --numbering FILE [--write]
                                          重新编号（只改编号）/ renumber (numbers only); to stdout,
                                          or in place with --write (keeping FILE.bak)
  work-report export FILE [-o OUT.docx]   导出为符合 GB/T 9704 的 Word 文档 / write a Word document laid out
                                          to GB/T 9704 (default: FILE with .docx; an existing OUT is kept
                                          as OUT.bak)
  work-report reviews DRAFT FILE.docx... [--json] [--table OUT.docx]
                                          征求意见汇总：读出各单位返回稿中的批注和修订，按原文对应到草稿
                                          （按章、按单位列出，附编辑器中标记的采纳/不采纳）；--table 写出
                                          意见采纳情况表 / reviewers' returned copies: their comments and
                                          tracked changes placed in the draft by chapter and unit, with the
                                          decisions marked in the editor; --table writes the table of
                                          decisions (an existing OUT is kept as OUT.bak)
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

const COMMANDS = ['outline', 'check', 'fix', 'compare', 'export', 'next-year', 'checklist', 'reviews'];

/** Chinese unless the environment names another language; the bare C/POSIX locale says nothing. */
function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return !tag || /^(C|POSIX)([.@]|$)/.test(tag) ? 'zh' : localeOf(tag);
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
  const locale: Locale = lang ? localeOf(lang) : localeFromEnv(env);
  if (flags.has('-h') || flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (flags.has('-v') || flags.has('--version')) {
    io.out(WORK_REPORT_VERSION);
    return 0;
  }
  const format = (values['--format'] ?? (flags.has('--json') ? 'json' : 'text')) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) problems.push(`--format ${format}`);
  const oneFile = command !== 'check' && command !== 'reviews';
  if (
    problems.length ||
    !command ||
    !COMMANDS.includes(command) ||
    !files.length ||
    (oneFile && files.length !== 1) ||
    (command === 'reviews' && files.length < 2) ||
    (command === 'fix' && !flags.has('--numbering')) ||
    (command === 'compare' && !libDir) ||
    (values['--annotate'] !== undefined && command !== 'check') ||
    files.filter((f) => f === '-').length > 1
  ) {
    if (problems.length) io.err(msg(locale, 'cliUnknownOption')(problems.join(' ')));
    io.err(USAGE);
    return 2;
  }
  // Word documents and PDFs are read first, on a reader worker (asynchronously); then the command runs as for any
  // report.
  const inputs = [
    // The returned copies of `reviews` are read by the command itself, for their comments, not as reports.
    ...(command === 'check'
      ? files.flatMap((f) => (f !== '-' && isFolder(f) ? listReports(f) : [f]))
      : command === 'reviews'
        ? files.slice(0, 1)
        : files),
    ...(libDir && command !== 'outline' && command !== 'fix' ? listReports(libDir, { pdf: true }) : []),
  ].filter((f) => needsReader(f) && !isPreloaded(f));
  if (inputs.length) return preloadBinaries(inputs, locale).then(() => runCli(argv, io, env, cwd));
  const cx: CliContext = { io, locale, stdinName: values['--stdin-filename'] };
  const json = format === 'json';
  switch (command) {
    case 'export':
      return exportCommand(files[0], values['-o'] ?? values['--output'], cx);
    case 'compare':
      return compareCommand(files[0], libDir!, json, cx);
    case 'fix':
      return fixCommand(files[0], flags.has('--write'), cx);
    case 'outline':
      return outlineCommand(files[0], json, cx);
    case 'next-year':
      return nextYearCommand(files[0], values['-o'] ?? values['--output'], flags.has('--new-term'), cx);
    case 'checklist':
      return checklistCommand(files[0], libDir, json, cx);
    case 'reviews':
      return reviewsCommand(files[0], files.slice(1), json, values['--table'], cx);
    default:
      return checkCommand(files, format, cwd, cx, libDir, values['--annotate']);
  }
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
