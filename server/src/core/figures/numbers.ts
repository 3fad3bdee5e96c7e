/**
 * Numbers as written in Chinese reports: Arabic with thousands separators and decimals in either width, Chinese
 * numerals (三, 十六, 二十一, 两, 一百二十), multipliers (3.62亿, 1.2万), qualifiers (余, 多, 近, 约, 以上, 左右).
 */
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百二十 → 120, 十六 → 16, 两 → 2, 三千五百 → 3500; undefined for anything that is not a plain numeral. */
export function chineseValue(s: string): number | undefined {
  if (!s || s.length > 8) return undefined;
  let total = 0, digit: number | undefined, lastUnit = 10_000;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== undefined && digit !== 0) return undefined; // 一九: digit by digit, not a numeral
      digit = CN_DIGIT[ch];
    } else if (ch in CN_UNIT) {
      const u = CN_UNIT[ch];
      if (u >= lastUnit) return undefined;
      total += (digit ?? 1) * u;
      digit = undefined;
      lastUnit = u;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** 1,083 → 1083; ３.６２ → 3.62; the number of decimals is kept for rounding comparisons. */
export function arabicValue(s: string): { value: number; decimals: number } | undefined {
  const t = s.replace(/[０-９．，]/g, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const dot = t.indexOf('.');
  return { value: Number(t), decimals: dot < 0 ? 0 : t.length - dot - 1 };
}

export const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
