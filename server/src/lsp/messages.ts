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
  indexing: {
    zh: () => '正在读取工作区中的报告',
    en: () => 'Reading the workspace\'s reports',
  },
  deleteRepeat: {
    zh: (line: number) => `删除重复段落（与第 ${line} 行相同）`,
    en: (line: number) => `Delete the repeated paragraph (same as line ${line})`,
  },
} as const;

type Table = typeof TABLE;

export function msg<K extends keyof Table>(locale: Locale, key: K): Table[K]['zh'] {
  return TABLE[key][locale] as Table[K]['zh'];
}
