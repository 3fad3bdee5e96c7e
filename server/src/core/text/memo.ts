/**
 * Results that depend on a string alone, remembered across versions of a document: typing in one paragraph
 * recomputes that paragraph only. Bounded: past `limit` entries the memo starts again.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  registerMemo(() => memo.clear());
  return (text) => {
    let hit = memo.get(text);
    if (hit === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo.clear();
      hit = fn(text);
      memo.set(text, hit);
    }
    return hit as T;
  };
}

const resets: (() => void)[] = [];
/** A module with a memo of its own registers how to empty it; resetMemos empties them all (benchmarks, library builds). */
export function registerMemo(reset: () => void): void {
  resets.push(reset);
}
export function resetMemos(): void {
  for (const r of resets) r();
}
