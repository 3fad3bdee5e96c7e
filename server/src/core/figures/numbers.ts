/**
 * Numbers as written in Chinese reports: Arabic with thousands separators and decimals in either width, Chinese
 * numerals (parseChineseNumeral, lenient), multipliers (3.62亿, 1.2万), qualifiers (余, 多, 近, 约, 以上, 左右).
 */

/** 1,083 → 1083; ３.６２ → 3.62; the number of decimals is kept for rounding comparisons. */
export function arabicValue(s: string): { value: number; decimals: number } | undefined {
  const t = s
    .replace(/[０-９．，]/g, (c) =>
      c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const dot = t.indexOf('.');
  return { value: Number(t), decimals: dot < 0 ? 0 : t.length - dot - 1 };
}

export const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
