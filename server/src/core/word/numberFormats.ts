/** Word's list number formats (ECMA-376 ST_NumberFormat) as the text a reader sees: 一, （一）'s 一, ①, (1), a, iv. */
import { toChineseNumeral } from '../text/numerals';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

/** a…z, then aa…zz, as Word counts letters (to zzz… of 30 letters; past that, the number). */
function letters(n: number): string {
  if (n <= 0 || n > 26 * 30) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function cyclic(set: string, n: number): string {
  return n > 0 ? set[(n - 1) % set.length] : String(n);
}

function enclosed(first: number, count: number, n: number, fallback: string): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : fallback;
}

/** The number `n` written in format `fmt`; unknown formats read as decimal, `none` as nothing. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
      return '';
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return n === 0 ? '〇' : toChineseNumeral(n);
    case 'chineseLegalSimplified':
      return n >= 0 && n < 10
        ? LEGAL[n]
        : toChineseNumeral(n)
            .replace(/[一二三四五六七八九]/g, (d) => LEGAL[IDEOGRAPH_DIGITS.indexOf(d)])
            .replace('十', '拾')
            .replace('百', '佰');
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => IDEOGRAPH_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return cyclic(STEMS, n);
    case 'ideographZodiac':
      return cyclic(BRANCHES, n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return enclosed(0x2460, 20, n, `(${n})`);
    case 'decimalEnclosedFullstop':
      return enclosed(0x2488, 20, n, `${n}.`);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}
