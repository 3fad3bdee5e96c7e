/**
 * Everything the language server and the CLI say to a user outside the findings (which carry their own
 * Localized messages from the checks), Chinese first: one table, one lookup. The VS Code client localises its
 * own UI through vscode.l10n (l10n/bundle.l10n.zh-cn.json), as VS Code expects.
 */
import { LimitExceeded, limitMessageZh, limitOfMessage, type LimitName, type Locale } from './core';

/** A reader's refusal for passing one of the LIMITS, in Chinese; undefined for any other message. */
function limitZh(message: string): string | undefined {
  const limit = limitOfMessage(message);
  return limit && limitMessageZh(limit);
}

const TABLE = {
  tooLarge: {
    zh: (n: number) => `文档超过 ${n.toLocaleString()} 个字符：只提供大纲，不做检查。`,
    en: (n: number) =>
      `The document is longer than ${n.toLocaleString()} characters: outline only, checks are skipped.`,
  },
  checkFailed: {
    zh: (code: string) => `检查 ${code} 出错，已跳过（其他检查照常）。`,
    en: (code: string) => `Check ${code} failed and was skipped (the other checks still ran).`,
  },
  checkingWorkspace: {
    zh: () => '正在检查工作区全部报告',
    en: () => 'Checking every report of the workspace',
  },
  indexing: {
    zh: () => '正在读取工作区中的报告',
    en: () => "Reading the workspace's reports",
  },
  renumberAll: {
    zh: (n: number, permuted: number) =>
      `重新编号全文（只改编号，改动 ${n} 处${permuted ? `；${permuted} 组编号齐全只是顺序颠倒，不改` : ''}）`,
    en: (n: number, permuted: number) =>
      `Renumber the whole document (numbers only, ${n} change${n === 1 ? '' : 's'}${permuted ? `; ${permuted} run${permuted === 1 ? '' : 's'} only out of order left alone` : ''})`,
  },
  libraryIndexing: {
    zh: () => '正在建立往年报告库',
    en: () => 'Indexing past reports',
  },
  showOther: {
    zh: (line: number) => `查看另一处（第 ${line} 行）`,
    en: (line: number) => `Show the other copy (line ${line})`,
  },
  markChecked: {
    zh: () => '标记为已核对（数值确实未变）',
    en: () => 'Mark as checked (the value really stayed the same)',
  },
  badConfig: {
    zh: (file: string, problems: string) => `配置文件 ${file} 有问题，已忽略相应设置：${problems}`,
    en: (file: string, problems: string) => `${file} has problems; those settings are ignored: ${problems}`,
  },
  fixAll: {
    zh: (what: string, n: number) => `全文修正：${what}（${n} 处）`,
    en: (what: string, n: number) => `Fix all in the document: ${what} (${n})`,
  },
  wordUnreadable: {
    zh: (file: string, why: string) => `无法读取 ${file}：${why}`,
    en: (file: string, why: string) => `Cannot read ${file}: ${why}`,
  },
  notOpen: {
    zh: (uri: string) => `${uri} 没有打开：请先在编辑器中打开这份报告。`,
    en: (uri: string) => `${uri} is not open: open the report in the editor first.`,
  },
  cliHandInLeft: {
    zh: (left: string) => `${left}。（work-report check 列出问题，work-report checklist 列出核对清单）`,
    en: (left: string) =>
      `${left}. (work-report check lists the problems, work-report checklist what is left to check)`,
  },
  notAFile: {
    zh: (uri: string) => `${uri} 不是本机文件。`,
    en: (uri: string) => `${uri} is not a local file.`,
  },
  // Why a Word document or a PDF could not be read (the readers say it in English, for logs).
  wordReason: {
    zh: (message: string) =>
      limitZh(message) ??
      (message.startsWith('a password-protected')
        ? '有密码保护，或是旧版 .doc（请另存为无密码的 .docx）'
        : message.startsWith('a zip package without')
          ? '压缩包中没有 Word 正文（word/document.xml）'
          : message.startsWith('a part in ')
            ? `文档部件的编码不是 UTF-8 或 UTF-16（${message}）`
            : `不是有效的 .docx 文件（${message}）`),
    en: (message: string) => message,
  },
  pdfReason: {
    zh: (message: string) =>
      limitZh(message) ??
      (message.startsWith('a password-protected')
        ? '有密码保护'
        : message.startsWith('no text')
          ? '没有文字层（扫描件？需先做文字识别）'
          : `不是有效的 PDF（${message}）`),
    en: (message: string) => message,
  },
  // The command line.
  cliUnknownOption: {
    zh: (options: string) => `未知选项：${options}`,
    en: (options: string) => `unknown option: ${options}`,
  },
  cliExportNeedsOut: {
    zh: () => '从标准输入导出需要 -o OUT.docx',
    en: () => 'export from standard input needs -o OUT.docx',
  },
  cliExportOverSelf: {
    zh: (target: string) => `${target} 是报告本身或另一份打开的报告，不能覆盖：请另选一个文件`,
    en: (target: string) =>
      `${target} is the report itself or another open report, and is not overwritten: choose another file`,
  },
  cliWrote: {
    zh: (target: string, backup?: string) => `已写出 ${target}${backup ? `（原文件保存为 ${backup}）` : ''}`,
    en: (target: string, backup?: string) => `wrote ${target}${backup ? ` (the earlier file kept as ${backup})` : ''}`,
  },
  limitPassed: {
    zh: (limit: LimitName) => limitMessageZh(limit),
    en: (limit: LimitName) => new LimitExceeded(limit).message,
  },
  exportDropped: {
    zh: (n: number) => `有 ${n} 个控制字符或无效字符无法写入 Word 文档，已略去`,
    en: (n: number) => `${n} control or invalid characters cannot be written to a Word document and were left out`,
  },
  exportTargetNotFile: {
    zh: (uri: string) => `${uri} 不是本机文件的完整地址（file:///…）：请给出绝对路径`,
    en: (uri: string) => `${uri} is not a full file address (file:///…): give an absolute path`,
  },
  cliCompareSummary: {
    zh: (file: string, reused: string, reports: number, lastYear: string | undefined, verbatim: number) =>
      `${file} 有 ${reused} 的文字见于 ${reports} 份往年报告；上年报告：${lastYear ?? '无'}；其中 ${verbatim} 段原样沿用。`,
    en: (file: string, reused: string, reports: number, lastYear: string | undefined, verbatim: number) =>
      `${reused} of ${file} is found in ${reports} past reports; last year: ${lastYear ?? '—'}; ${verbatim} paragraphs verbatim from it.`,
  },
  cliSameAsLastYear: { zh: () => '（与上年相同）', en: () => '(same as last year)' },
  cliWriteNeedsFile: {
    zh: () => '--write 需要文件，不能用于标准输入',
    en: () => '--write needs a file, not standard input',
  },
  cliWriteNotText: {
    zh: (file: string, word: boolean) =>
      `${file} 是 ${word ? 'Word 文档' : 'PDF'}：--write 只改写文本文件；请不加 --write 得到重新编号的文本，再导出`,
    en: (file: string, word: boolean) =>
      `${file} is a ${word ? 'Word document' : 'PDF'}: --write changes text files only; renumber the text (without --write) and export it`,
  },
  cliRenumbered: {
    zh: (file: string, backup?: string) => `已重新编号 ${file}${backup ? `（原文件保存为 ${backup}）` : ''}`,
    en: (file: string, backup?: string) => `renumbered ${file}${backup ? ` (original kept as ${backup})` : ''}`,
  },
  cliRenumberSummary: {
    zh: (n: number) => (n ? `重新编号：改动 ${n} 处` : '重新编号：没有要改的编号'),
    en: (n: number) => (n ? `renumbering: ${n} change${n === 1 ? '' : 's'}` : 'renumbering: no number to change'),
  },
  cliRenumberChange: {
    zh: (line: number, from: string, to: string) => `  第 ${line} 行：${from} → ${to}`,
    en: (line: number, from: string, to: string) => `  line ${line}: ${from} → ${to}`,
  },
  cliRenumberPermuted: {
    zh: (line: number, numbers: string) =>
      `第 ${line} 行起的一组编号「${numbers}」齐全，只是顺序颠倒，未重新编号：是各节的位置颠倒了，请在编辑器中用快速修复「按编号调整顺序」整节移回`,
    en: (line: number, numbers: string) =>
      `the run from line ${line} (${numbers}) has every number, only out of order: left alone, as the sections are misplaced; move them back with the editor's quick fix "Move the sections back into numbered order"`,
  },
  cliEmptyFolder: {
    zh: (dir: string) => `${dir}：文件夹中没有 .txt、.md 或 .docx 报告`,
    en: (dir: string) => `${dir}: no .txt, .md or .docx reports in this folder`,
  },
  cliNotPdf: {
    zh: (file: string, why: string) => `${file} 无法作为 PDF 读取：${why}`,
    en: (file: string, why: string) => `${file} cannot be read as a PDF: ${why}`,
  },
  cliFolder: {
    zh: (file: string) => `${file} 是文件夹：请给出一个报告文件`,
    en: (file: string) => `${file} is a folder: give one report file`,
  },
  cliNotRegular: {
    zh: (what: string) => `不是普通文件（${what}）`,
    en: (what: string) => `not a regular file (${what})`,
  },
  cliTooLarge: { zh: (mb: number) => `超过 ${mb} MB`, en: (mb: number) => `larger than ${mb} MB` },
  cliCannotRead: {
    zh: (file: string, why: string) => `无法读取 ${file}：${why}`,
    en: (file: string, why: string) => `cannot read ${file}: ${why}`,
  },
  cliBinary: {
    zh: (file: string) => `${file} 是二进制文件，不是文本报告（报告应为 .txt、.md 或 .docx）`,
    en: (file: string) => `${file} is a binary file, not a text report (reports are .txt, .md or .docx)`,
  },
  cliNotWord: {
    zh: (file: string, why: string) => `${file} 无法作为 Word 文档读取：${why}`,
    en: (file: string, why: string) => `${file} cannot be read as a Word document: ${why}`,
  },
  cliNotText: {
    zh: (file: string) => `${file} 既不是 UTF-8、UTF-16，也不是 GB18030/GBK 文本`,
    en: (file: string) => `${file} is neither UTF-8, UTF-16 nor GB18030/GBK text`,
  },
  cliNextYear: {
    zh: (target: string, changes: number) =>
      `已写出下一年度草稿 ${target}（改动 ${changes} 处：副标题日期和会次、标题年份）；其余数据请对照换年核对清单逐项更新`,
    en: (target: string, changes: number) =>
      `wrote next year's draft ${target} (${changes} changes: the subtitle's date and session, the titles' years); update the rest from the year-over checklist`,
  },
  cliNextYearExists: {
    zh: (target: string) => `${target} 已存在：不覆盖，请用 -o 指定新文件`,
    en: (target: string) => `${target} exists: not replaced; name a new file with -o`,
  },
  cliChecklistHead: {
    zh: (file: string, open: number, checked: number) => `${file} 换年核对清单：待核对 ${open} / 已核对 ${checked}`,
    en: (file: string, open: number, checked: number) =>
      `${file} year-over checklist: ${open} to check / ${checked} checked`,
  },
  cliChecklistNoLibrary: {
    zh: () => '（未给出 --library：数据和序数需要上年报告才能核对，此处只列年份、会次和占位符）',
    en: () =>
      "(no --library: figures and counters need last year's report; listed here: years, sessions, placeholders)",
  },
  annotateNotWord: {
    zh: (file: string) =>
      `${file} 不是 Word 文档：批注只能写进 .docx/.docm（文本报告请先用 export 导出为 Word，再检查导出的文档）`,
    en: (file: string) =>
      `${file} is not a Word document: comments go into a .docx/.docm only (export a text report to Word first, then check the export)`,
  },
  annotateOneFile: {
    zh: () => '--annotate 一次只用于一个 Word 文档',
    en: () => '--annotate takes one Word document at a time',
  },
  annotateTargetKind: {
    zh: (target: string, ext: string) => `${target}：批注副本须是 ${ext} 文件（与原文档相同），未写出`,
    en: (target: string, ext: string) =>
      `${target}: the annotated copy must be a ${ext} file, as the document is; nothing written`,
  },
  annotateOverSelf: {
    zh: (target: string) => `${target} 是原文档本身或一份打开的报告，不能覆盖：批注写在副本里，请另选文件名`,
    en: (target: string) =>
      `${target} is the document itself or an open report, and is not overwritten: the comments go into a copy; choose another name`,
  },
  annotateFailed: {
    zh: (file: string, why: string) => `无法把检查结果写成 ${file} 的批注：${why}`,
    en: (file: string, why: string) => `cannot write the findings into ${file} as comments: ${why}`,
  },
  annotateChanged: {
    zh: () => '文档在检查之后改动过，请重新检查',
    en: () => 'the document changed after it was checked: check it again',
  },
  annotateWrote: {
    zh: (target: string, comments: number, backup?: string) =>
      `已写出 ${target}（${comments} 条批注${backup ? `；原文件保存为 ${backup}` : ''}）`,
    en: (target: string, comments: number, backup?: string) =>
      `wrote ${target} (${comments} comments${backup ? `; the earlier file kept as ${backup}` : ''})`,
  },
  // Reviewers' returned copies (征求意见).
  reviewNotWord: {
    zh: (file: string) => `${file} 不是 Word 文档（.docx）：征求意见稿的反馈请以 .docx 导入`,
    en: (file: string) => `${file} is not a Word document (.docx): import returned copies as .docx`,
  },
  reviewTableOverInput: {
    zh: (target: string) => `${target} 是草稿、反馈文件或打开的报告，不能覆盖：请另选一个文件`,
    en: (target: string) =>
      `${target} is the draft, a returned copy or an open report, and is not overwritten: choose another file`,
  },
  reviewsImported: {
    zh: (files: number, items: number, unmapped: number) =>
      `已导入 ${files} 份反馈，共 ${items} 条意见${unmapped ? `，其中 ${unmapped} 条未能对应到草稿` : ''}。`,
    en: (files: number, items: number, unmapped: number) =>
      `Imported ${files} returned ${files === 1 ? 'copy' : 'copies'}: ${items} items${unmapped ? `, ${unmapped} not found in the draft` : ''}.`,
  },
  reviewsNeedFile: {
    zh: (uri: string) => `${uri} 不是本机文件：意见记录保存在草稿所在文件夹，请先保存草稿`,
    en: (uri: string) => `${uri} is not a local file: reviews are kept beside the draft; save the draft first`,
  },
  reviewUnmapped: {
    zh: () => '未能对应到草稿',
    en: () => 'Not found in the draft',
  },
  cliReviewsHead: {
    zh: (draft: string, items: number, unmapped: number, open: number) =>
      `${draft}：${items} 条意见，未能对应到草稿 ${unmapped} 条，未处理 ${open} 条`,
    en: (draft: string, items: number, unmapped: number, open: number) =>
      `${draft}: ${items} items, ${unmapped} not found in the draft, ${open} not yet decided`,
  },
  cliInWord: {
    zh: (paragraph: number) => `（Word 第 ${paragraph} 段）`,
    en: (paragraph: number) => ` (Word paragraph ${paragraph})`,
  },
} as const;

type Table = typeof TABLE;

export function msg<K extends keyof Table>(locale: Locale, key: K): Table[K]['zh'] {
  return TABLE[key][locale] as Table[K]['zh'];
}

/** The keys of the table (its test reads every message in both languages). */
export function messageKeys(): (keyof Table)[] {
  return Object.keys(TABLE) as (keyof Table)[];
}
