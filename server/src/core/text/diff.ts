/**
 * Text diff (Myers' O(ND) algorithm), for showing how two copies of a paragraph differ. It runs over tokens: a
 * number — a run of digits with its decimal part, thousands separators and percent sign (15, 6.5%, 215.3, 1,200),
 * or a run of Chinese numerals (十二, 一百二十, 二〇二三, 七点五) — is one token, every other character is its own.
 * So 15 → 18 reads as 15 deleted and 18 inserted, never as 1, then 5 struck and 8 inserted; a text without figures
 * diffs character by character exactly as before.
 */

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Work done by one diff (tokens read, diagonals tried, characters matched along them), for tests of its cost. */
export interface DiffCost {
  steps: number;
}

/** Arabic numbers (with thousands separators, decimals and %), or runs of Chinese numerals; one token each. */
const NUMBER =
  /[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?[%％‰]?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/y;

/** `s` cut into tokens: numbers whole, every other character (a surrogate pair counts as one) alone. */
export function diffTokens(s: string, cost?: DiffCost): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    const len = m ? m[0].length : (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    out.push(s.slice(i, i + len));
    i += len;
    if (cost) cost.steps++;
  }
  return out;
}

/** Diffs `a` → `b`. Inputs longer than `limit` characters are compared as one replaced block (bounded cost). */
export function diffChars(a: string, b: string, limit = 4000, cost?: DiffCost): DiffOp[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  if (a.length > limit || b.length > limit)
    return [
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ].filter((o) => o.text) as DiffOp[];
  const ta = diffTokens(a, cost),
    tb = diffTokens(b, cost);
  // Tokens as small integers: the search compares numbers, not strings.
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = ids.size));
    return n;
  };
  const A = Int32Array.from(ta, id),
    B = Int32Array.from(tb, id);
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('equal', ta.slice(0, pre).join(''));
  const mid = myers(A.subarray(pre, A.length - suf), B.subarray(pre, B.length - suf), cost);
  if (mid === undefined) {
    push('delete', ta.slice(pre, ta.length - suf).join(''));
    push('insert', tb.slice(pre, tb.length - suf).join(''));
  } else for (const [op, i] of mid) push(op, op === 'insert' ? tb[pre + i] : ta[pre + i]);
  push('equal', ta.slice(ta.length - suf).join(''));
  return out;
}

/**
 * More edits than this and the two texts are shown as one replaced block: a diff of unrelated paragraphs says
 * nothing, and the search's memory grows with the square of the edits it makes.
 */
const MAX_EDITS = 2000;

/** One step of the script: the op and the index of its token (in `a` for equal and delete, in `b` for insert). */
type Step = [DiffOp['op'], number];

/** The edit script of `a` → `b`, or undefined past MAX_EDITS. */
function myers(a: Int32Array, b: Int32Array, cost?: DiffCost): Step[] | undefined {
  const n = a.length,
    m = b.length,
    max = n + m;
  if (!n) return Array.from({ length: m }, (_, i): Step => ['insert', i]);
  if (!m) return Array.from({ length: n }, (_, i): Step => ['delete', i]);
  const v = new Int32Array(2 * max + 2);
  // Per step only the diagonals it can reach (−d−1 … d+1) are kept: O(D²) memory, bounded by MAX_EDITS.
  const trace: Int32Array[] = [];
  let steps = 0;
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(max - d - 1 < 0 ? 0 : max - d - 1, max + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      steps++;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
        steps++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        if (cost) cost.steps += steps;
        return backtrack(trace, n, m, max, d);
      }
    }
  }
  if (cost) cost.steps += steps;
  return undefined;
}

function backtrack(trace: Int32Array[], n: number, m: number, max: number, dEnd: number): Step[] {
  const ops: Step[] = [];
  let x = n,
    y = m;
  for (let d = dEnd; d > 0; d--) {
    const saved = trace[d];
    const base = Math.max(0, max - d - 1);
    const at = (k: number) => saved[max + k - base];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK),
      prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push(['equal', x]);
    }
    if (x === prevX) ops.push(['insert', prevY]);
    else ops.push(['delete', prevX]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push(['equal', x]);
  }
  return ops.reverse();
}
