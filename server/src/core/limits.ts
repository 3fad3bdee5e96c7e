/**
 * Every bound the readers and writers of files the product did not make work under, in one place. Each is checked
 * while the work runs (bytes counted as they inflate, elements as they are read), never taken from what a file
 * declares about itself, and a file that passes one is refused in one line naming it. docs/reliability.md lists them.
 *
 * The values leave a real report far inside: a 300-page compilation's document.xml inflates to ~10 MB with ~400,000
 * elements; a report's PDF has a few hundred pages and a few hundred thousand text runs.
 */
/** Each limit in one place: its value, and how it reads in a message in a drafter's words ({n} is the value). */
const DEFINED = {
  /** Bytes of a text report the server reads (workspace, library, workspace check). */
  reportFileBytes: { value: 5 * 1024 * 1024, zh: '文本报告超过 {n}', en: 'the text report is larger than {n}' },
  /** Bytes of a Word document or PDF read whole (they carry their photos; only their text parts are inflated). */
  binaryFileBytes: { value: 64 * 1024 * 1024, zh: '文件超过 {n}', en: 'the file is larger than {n}' },
  /** Bytes of one input of the CLI (a file or standard input: a 20 MB compilation, never /dev/zero). */
  cliInputBytes: { value: 64 * 1024 * 1024, zh: '输入超过 {n}', en: 'the input is larger than {n}' },
  /** Bytes of a .workreportrc.json. */
  rcFileBytes: { value: 1024 * 1024, zh: '配置文件超过 {n}', en: 'the configuration file is larger than {n}' },
  /** Bytes of a .workreport-review.json (a draft's imported review items and decisions: a dozen offices' comments). */
  reviewFileBytes: {
    value: 16 * 1024 * 1024,
    zh: '征求意见记录文件超过 {n}',
    en: 'the review record is larger than {n}',
  },
  /** Entries in a zip's central directory (a .docx has a few dozen). */
  zipEntries: { value: 10_000, zh: '压缩包列出的条目超过 {n} 个', en: 'the zip package lists more than {n} entries' },
  /** Bytes one part of a .docx may inflate to. */
  partBytes: { value: 48 * 1024 * 1024, zh: '有一个部件解压后超过 {n}', en: 'one part inflates to more than {n}' },
  /** Bytes all the parts read from one .docx may inflate to together. */
  packageBytes: {
    value: 96 * 1024 * 1024,
    zh: '各部件解压后合计超过 {n}',
    en: 'the parts inflate to more than {n} together',
  },
  /** Elements in one XML part. */
  xmlElements: {
    value: 2_000_000,
    zh: '一个部件的 XML 元素超过 {n} 个',
    en: 'one part has more than {n} XML elements',
  },
  /** Elements open at once (Word nests ~20 deep). */
  xmlDepth: { value: 256, zh: 'XML 嵌套超过 {n} 层', en: 'XML elements are nested more than {n} deep' },
  /** Characters in an element or attribute name. */
  xmlNameChars: { value: 1_000, zh: '有 XML 名称超过 {n} 个字符', en: 'an XML name is longer than {n} characters' },
  /** Characters of a list level's number text (lvlText; Word's own dialog takes a few dozen). */
  numberTextChars: {
    value: 255,
    zh: '编号格式超过 {n} 个字符',
    en: 'a list number format is longer than {n} characters',
  },
  /** A list counter's value (Word's start values stop at 32,767). */
  listValue: { value: 32_767, zh: '编号数值超过 {n}', en: 'a list number is larger than {n}' },
  /** Complex fields open at once (fldChar begin … end). */
  openFields: { value: 64, zh: '嵌套域超过 {n} 层', en: 'fields are nested more than {n} deep' },
  /** Characters of text one document yields. */
  textChars: { value: 32 * 1024 * 1024, zh: '文字超过 {n} 个字符', en: 'the text is longer than {n} characters' },
  /** Pages of a PDF. */
  pdfPages: { value: 2_000, zh: 'PDF 超过 {n} 页', en: 'the PDF has more than {n} pages' },
  /** Bytes one compressed PDF stream may inflate to (a page's text is a few KB; a large photo tens of MB). */
  pdfStreamBytes: {
    value: 128 * 1024 * 1024,
    zh: 'PDF 有一个数据流解压后超过 {n}',
    en: 'one PDF stream inflates to more than {n}',
  },
  /** Bytes all of a PDF's compressed streams may inflate to together. */
  pdfDecodedBytes: {
    value: 512 * 1024 * 1024,
    zh: 'PDF 各数据流解压后合计超过 {n}',
    en: "the PDF's streams inflate to more than {n} together",
  },
  /** Text runs of a whole PDF. */
  pdfTextRuns: { value: 1_000_000, zh: 'PDF 文字块超过 {n} 个', en: 'the PDF has more than {n} text runs' },
  /** Seconds a PDF's text extraction may take (checked while each page is read). */
  pdfSeconds: { value: 15, zh: 'PDF 读取超过 {n} 秒', en: 'the PDF takes longer than {n} seconds to read' },
  /** Characters of a report exported to Word (a long report has ~100,000; the docx writer holds ~170 bytes a character). */
  exportChars: {
    value: 2_000_000,
    zh: '报告超过 {n} 个字符，无法导出',
    en: 'the report is longer than {n} characters to export',
  },
  /** Lines of a report exported to Word (a long report has ~1,000; the writer holds ~16 KB a paragraph). */
  exportLines: { value: 20_000, zh: '报告超过 {n} 行，无法导出', en: 'the report has more than {n} lines to export' },
  /** Bold marks (`**`) of a report exported to Word: each pair is a run, which the writer holds at ~10 KB. */
  exportBoldMarks: {
    value: 40_000,
    zh: '报告的加粗标记（**）超过 {n} 个，无法导出',
    en: 'the report has more than {n} bold marks (**) to export',
  },
  /** Seconds one file may take on a reader worker before the worker is stopped (a PDF stops itself sooner). */
  readerSeconds: { value: 25, zh: '读取超过 {n} 秒', en: 'the file takes longer than {n} seconds to read' },
  /** Megabytes of heap a reader worker may use. */
  readerHeapMb: { value: 512, zh: '读取所需内存超过 {n} MB', en: 'reading the file needs more than {n} MB of memory' },
  /** Folders deep a folder walk goes (a walk enters each real folder once, so links cannot loop it). */
  walkDepth: { value: 8, zh: '文件夹超过 {n} 层', en: 'folders are nested more than {n} deep' },
  /** Report files one folder walk lists. */
  walkFiles: { value: 20_000, zh: '文件超过 {n} 个', en: 'a folder holds more than {n} report files' },
} satisfies Record<string, { value: number; zh: string; en: string }>;

export type LimitName = keyof typeof DEFINED;

const DEFAULTS = Object.fromEntries(Object.entries(DEFINED).map(([k, d]) => [k, d.value])) as Record<LimitName, number>;

/** The limits in force: the defaults, unless `setLimits` lowered some (tests, a CI with less memory). */
export const LIMITS: Readonly<Record<LimitName, number>> = { ...DEFAULTS };

/**
 * Sets limits from `{ name: value }` (as the WORK_REPORT_LIMITS environment variable gives them, JSON): a name that
 * is no limit or a value that is not a positive number is ignored and returned, to be said.
 */
export function setLimits(values: Record<string, unknown>): string[] {
  const ignored: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (name in DEFAULTS && typeof value === 'number' && value > 0 && Number.isFinite(value))
      (LIMITS as Record<LimitName, number>)[name as LimitName] = value;
    else ignored.push(name);
  }
  return ignored;
}

function shown(name: LimitName): string {
  const v: number = LIMITS[name] ?? NaN;
  return /Bytes$/.test(name) ? `${v / 1024 / 1024} MB` : v.toLocaleString('en');
}

const PREFIX = 'over the limit ';

/** The limit a text passes as a report to export, if any: checked before it is parsed, and again by the layout. */
export function exportLimitPassed(text: string): LimitName | undefined {
  if (text.length > LIMITS.exportChars) return 'exportChars';
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1))
    if (++lines > LIMITS.exportLines) return 'exportLines';
  let marks = 0;
  for (let k = text.indexOf('**'); k >= 0; k = text.indexOf('**', k + 2))
    if (++marks > LIMITS.exportBoldMarks) return 'exportBoldMarks';
  return undefined;
}

/** A file passed one of the limits: thrown inside a reader, turned into its one-line refusal at the reader's edge. */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    super(`${PREFIX}${limit}: ${(DEFINED[limit]?.en ?? limit).replace('{n}', shown(limit))}`);
    this.name = 'LimitExceeded';
  }
}

/** The limit a refusal's message names, if it is one of these (readers report in English; see limitMessageZh). */
export function limitOfMessage(message: string): LimitName | undefined {
  const m = /^over the limit (\w+):/.exec(message);
  return m && m[1] in DEFAULTS ? (m[1] as LimitName) : undefined;
}

/** The refusal in Chinese: 超出限制：有一个部件解压后超过 48 MB. */
export function limitMessageZh(limit: LimitName): string {
  return `超出限制：${(DEFINED[limit]?.zh ?? limit).replace('{n}', shown(limit))}`;
}
