/**
 * What the renumber command says before it changes anything: each change as the drafter reads it (第 12 行 三、→
 * 二、). Plain functions, no vscode: the command (commands.ts) translates the words around them.
 */

export interface NumberChange {
  /** From 0. */
  line: number;
  from: string;
  to: string;
}

/** One edit of the renumbering, with a cross-reference shown in its words (第三部分 → 第二部分), not as a bare 三. */
export function numberChange(lineText: string, line: number, start: number, end: number, to: string): NumberChange {
  const from = lineText.slice(start, end);
  if (lineText[start - 1] === '第' && lineText.startsWith('部分', end))
    return { line, from: `第${from}部分`, to: `第${to}部分` };
  return { line, from, to };
}

/** The first `max` changes, each written by `write`, joined by `separator`; and how many are left unsaid. */
export function listChanges(
  changes: readonly NumberChange[],
  write: (c: NumberChange) => string,
  separator: string,
  max = 6,
): { text: string; more: number } {
  return {
    text: changes
      .slice(0, max)
      .map((c) => write(c))
      .join(separator),
    more: Math.max(0, changes.length - max),
  };
}
