/** Character diff (Myers' O(ND) algorithm), for showing how two copies of a paragraph differ. */

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Diffs `a` → `b`. Inputs longer than `limit` are compared as one replaced block (bounded cost). */
export function diffChars(a: string, b: string, limit = 4000): DiffOp[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  if (a.length > limit || b.length > limit)
    return [
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ].filter((o) => o.text) as DiffOp[];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf),
    B = b.slice(pre, b.length - suf);
  const mid = myers(A, B);
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  push('equal', a.slice(0, pre));
  for (const o of mid) push(o.op, o.text);
  push('equal', a.slice(a.length - suf));
  return out;
}

/**
 * More edits than this and the two texts are shown as one replaced block: a diff of unrelated paragraphs says
 * nothing, and the search's memory grows with the square of the edits it makes.
 */
const MAX_EDITS = 2000;

function myers(a: string, b: string): DiffOp[] {
  const n = a.length,
    m = b.length,
    max = n + m;
  if (!n) return b ? [{ op: 'insert', text: b }] : [];
  if (!m) return [{ op: 'delete', text: a }];
  const v = new Int32Array(2 * max + 2);
  // Per step only the diagonals it can reach (−d−1 … d+1) are kept: O(D²) memory, bounded by MAX_EDITS.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(max - d - 1 < 0 ? 0 : max - d - 1, max + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, max, d);
    }
  }
  return [
    { op: 'delete', text: a },
    { op: 'insert', text: b },
  ];
}

function backtrack(trace: Int32Array[], a: string, b: string, max: number, dEnd: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let x = a.length,
    y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const saved = trace[d];
    const base = Math.max(0, max - d - 1);
    const at = (k: number) => saved[max + k - base];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK),
      prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: 'equal', text: a[x - 1] });
      x--;
      y--;
    }
    if (x === prevX) ops.push({ op: 'insert', text: b[prevY] });
    else ops.push({ op: 'delete', text: a[prevX] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ op: 'equal', text: a[x - 1] });
    x--;
    y--;
  }
  return ops.reverse();
}
