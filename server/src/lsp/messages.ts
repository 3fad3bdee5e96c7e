import type { Locale } from '../core';

/** Server-side user-facing strings, Chinese first. */
const TABLE = {
  tooLarge: {
    zh: (n: number) => `文档超过 ${n.toLocaleString()} 个字符：只提供大纲，不做检查。`,
    en: (n: number) => `The document is longer than ${n.toLocaleString()} characters: outline only, checks are skipped.`,
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
    en: () => 'Reading the workspace\'s reports',
  },
  renumberAll: {
    zh: () => '重新编号全文（只改编号）',
    en: () => 'Renumber the whole document (numbers only)',
  },
  libraryIndexing: {
    zh: () => '正在建立往年报告库',
    en: () => 'Indexing past reports',
  },
  showOther: {
    zh: (line: number) => `查看另一处（第 ${line} 行）`,
    en: (line: number) => `Show the other copy (line ${line})`,
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
  notAFile: {
    zh: (uri: string) => `${uri} 不是本机文件。`,
    en: (uri: string) => `${uri} is not a local file.`,
  },
} as const;

type Table = typeof TABLE;

export function msg<K extends keyof Table>(locale: Locale, key: K): Table[K]['zh'] {
  return TABLE[key][locale] as Table[K]['zh'];
}
