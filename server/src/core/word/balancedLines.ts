/**
 * Where a centred title or subtitle breaks when it does not fit one line. Word and LibreOffice fill the first line
 * and leave the rest — 议上 alone under a subtitle of 29 characters — which a document handed in for inspection must
 * not have. Here the text is cut into as few lines as it needs, of balanced width, where a reader would pause: after
 * the date (日), before 在 or 关于, after a mark, before 工作报告. A line never holds fewer than three characters, a
 * number or a Latin word is never cut, and no line starts with a closing mark or ends with an opening one.
 */

/** Width in character cells: a half-width letter, digit or mark is half a cell (Times New Roman), the rest one. */
export function cells(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}

const CLOSING = /^[、，。：；！？）》」』”’…—]/;
const OPENING = /[（《「『“‘]$/;
const ALNUM = /[0-9A-Za-z.]/;
/**
 * Places a reader pauses: after the date (日), a place (市, 省, 县, 区), a term (届), a body (代表大会, 委员会,
 * 政府) or a mark; before 在, 关于, 第, the body, 工作报告.
 */
const AFTER = /(日|届|[市省县区]|代表大会|委员会|政府|[，、：；）》”])$/;
const BEFORE = /^(在|关于|第|人民代表大会|常务委员会|工作报告|的报告)/;
/**
 * The cost, in cells, of a break that is not at a pause: a pause wins unless it leaves a line 8 cells wider
 * (——2022年12月29日 / 在株洲市第十六届人民代表大会第二次会议上, as documents set it, not two halves of 15).
 */
const NOT_A_PAUSE = 8;
const MIN_LINE_CELLS = 3;

function breakCost(text: string, at: number): number | undefined {
  const before = text.slice(0, at);
  const after = text.slice(at);
  if (ALNUM.test(before.slice(-1)) && ALNUM.test(after[0])) return undefined;
  // A year and what it qualifies stay together: 2023年 / 2023年度, never 2023 / 年 nor 2023年 / 度.
  if ((ALNUM.test(before.slice(-1)) && /^[年月日]/.test(after)) || (/年$/.test(before) && /^度/.test(after)))
    return undefined;
  if (CLOSING.test(after) || OPENING.test(before)) return undefined;
  if (/[\uD800-\uDBFF]$/.test(before)) return undefined;
  return AFTER.test(before) || BEFORE.test(after) ? 0 : NOT_A_PAUSE;
}

/**
 * The lines of `text` for a line of `capacity` cells: the text itself when it fits, else the fewest lines that fit,
 * chosen to make the widest line as narrow as possible (a pause costs nothing, another place a few cells).
 */
export function balancedLines(text: string, capacity: number): string[] {
  const total = cells(text);
  if (total <= capacity || text.length > 400) return [text];
  // best[k][i]: the cheapest way to put text[0..i) on k lines: [cost of the widest line, the previous break].
  const n = text.length;
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i] + cells(text[i]));
  const cost = (a: number, b: number): number | undefined => {
    const w = prefix[b] - prefix[a];
    return w > capacity || w < MIN_LINE_CELLS ? undefined : w;
  };
  for (let lines = Math.ceil(total / capacity); lines <= Math.ceil(total / MIN_LINE_CELLS); lines++) {
    // best[k][i][m]: text[0..i) on k lines with m breaks that are not pauses, the widest line as narrow as can be.
    type Step = { worst: number; from: number; m: number };
    const best: (Step | undefined)[][][] = [[[{ worst: 0, from: 0, m: 0 }]]];
    for (let k = 1; k <= lines; k++) {
      best[k] = [];
      for (let i = 1; i <= n; i++) {
        const pause = i === n ? 0 : breakCost(text, i);
        if (pause === undefined) continue;
        best[k][i] = [];
        for (let j = 0; j < i; j++) {
          const w = cost(j, i);
          if (w === undefined) continue;
          (best[k - 1][j] ?? []).forEach((prev, m) => {
            if (!prev) return;
            const mm = m + (pause ? 1 : 0);
            const worst = Math.max(prev.worst, w);
            const here = best[k][i][mm];
            if (!here || worst < here.worst) best[k][i][mm] = { worst, from: j, m };
          });
        }
      }
    }
    const ends = best[lines][n] ?? [];
    let pick: number | undefined;
    ends.forEach((s, m) => {
      if (s && (pick === undefined || s.worst + m * NOT_A_PAUSE < ends[pick]!.worst + pick * NOT_A_PAUSE)) pick = m;
    });
    if (pick === undefined) continue;
    const out: string[] = [];
    for (let k = lines, i = n, m = pick; k > 0; k--) {
      const s = best[k][i][m]!;
      out.unshift(text.slice(s.from, i));
      i = s.from;
      m = s.m;
    }
    return out;
  }
  return [text];
}
