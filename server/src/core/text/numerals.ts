/** Numbers as they are written in section markers: Chinese numerals up to 999 and Arabic digits in either width. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a Chinese numeral in its positional form (一, 十, 十一, 二十, 九十九, 一百零五).
 * Returns undefined for anything else, including digit-by-digit years such as 一九五八,
 * so that a year at the start of a line is never taken for a section number.
 * `lenient` reads counts in running text as well: 千 (三千五百), a unit without its digit (百, 一百十), 一百五,
 * a zero after any unit (一千零五), 零 itself.
 */
export function parseChineseNumeral(s: string, lenient = false): number | undefined {
  if (!s || s.length > (lenient ? 8 : 6)) return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastUnit = 10_000;
  let sawZero = false;
  for (const ch of s) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      if (unit >= lastUnit || (unit === 1000 && !lenient)) return undefined;
      // Only a leading 十 may stand without its digit (十一); 百 and 一百十 need one.
      if (!lenient && pending === undefined && (unit === 100 || total > 0)) return undefined;
      total += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      sawZero = false;
    } else if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (d === 0) {
        if (lenient) {
          if (pending) return undefined;
          continue;
        }
        if (sawZero || pending !== undefined || lastUnit !== 100) return undefined;
        sawZero = true;
        continue;
      }
      if (pending !== undefined) return undefined; // two digits in a row: 一九
      pending = d;
    } else {
      return undefined;
    }
  }
  if (pending !== undefined) {
    if (!lenient && lastUnit === 100 && !sawZero && total > 0) return undefined; // 一百五 is colloquial, not a section number
    total += pending;
  }
  if (lenient) return total;
  return total > 0 ? total : undefined;
}

/** Arabic digits, half- or full-width. */
export function parseArabic(s: string): number | undefined {
  let v = 0;
  if (!s) return undefined;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0;
    if (c < 0x30 || c > 0x39) return undefined;
    v = v * 10 + (c - 0x30);
  }
  return v;
}

const SMALL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 20 → 二十, 105 → 一百零五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return String(n);
  const h = Math.floor(n / 100),
    t = Math.floor((n % 100) / 10),
    u = n % 10;
  let s = '';
  if (h) s += SMALL[h] + '百';
  if (t) s += (t === 1 && !h ? '' : SMALL[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += SMALL[u];
  return s;
}
