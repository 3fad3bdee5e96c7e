/**
 * The wording of numbers (GB/T 15835-2011 and the usage it assumes), one line's text at a time: 二 where a count
 * wants 两, approximations said twice (约…左右, 近…多, 超过…多) or both ways (左右以上), an estimate of two adjacent
 * numbers split by 、 (一、二年), digits joined to 十/百/千 (5千多户), and digits where a fixed expression keeps Chinese
 * numerals (党的20大, “14五”). Each rule was taken from slips real reports carry; the rules' silences (二次创业,
 * 一、二、三 as a list, 最近二十多年) are in the tests.
 */
import { toChineseNumeral } from '../text/numerals';
import type { TextSlip } from './norms';

const CN_NUM = '〇零一二三四五六七八九十百千万亿两';
const NUMBER = `[0-9.${CN_NUM}]+|百分之[${CN_NUM}]+|[${CN_NUM}]+分之[${CN_NUM}]+`;

/** 二 counting things: not part of a numeral (十二, 第二, 二〇二三, 一点二), before a measure word. */
const ER_COUNT =
  /(?<![〇零一二三四五六七八九十百千万亿两第初廿卅0-9点點.])二(?=[个项位名条件家种座所户台辆架艘场支张本只篇份](?!发))/g;
/** 约 (大约) … 左右: two words for "about". 约有, 约为, 约占 come between. */
const ABOUT_AROUND = new RegExp(`(?:大约|约)(?:有|为|占|达|合)?\\s*(?:${NUMBER})[^\\s，。；、：:,]{0,6}?左右`, 'g');
/** 近 (将近) … 多: "almost" and "over" at once; not 最近, 附近 (最近二十多年 is "the last twenty-odd years"). */
const NEARLY_MORE = new RegExp(
  `(?<![最附临邻靠就远])近\\s*(?:[0-9.]+|[${CN_NUM}]+?)\\s*(?:[万亿千百十]多|多(?=[万亿千百个人次项件家元吨亩户名所座倍年天]))`,
  'g',
);
/** 超过 … 多: 超过 already says "more than". */
const OVER_MORE = new RegExp(
  `超过\\s*(?:[0-9.]+|[${CN_NUM}]+?)\\s*(?:[万亿千百十]多|多(?=[万亿千百个人次项件家元吨亩户名所座倍年天]))`,
  'g',
);
/** 左右以上 / 以上左右: "about" and "at least" together. */
const AROUND_ABOVE = /左右以[上下]|以[上下]左右/g;
/** 一、二年: two adjacent numbers as one estimate take no 、 (一两年, 三四个); 一、二、三 is a list. */
const ADJACENT =
  /(?<![、〇零一二三四五六七八九十])([一二三四五六七八])、([二三四五六七八九])(?![、〇零一二三四五六七八九])(?=[个项次年天周倍种件名人位条成家所座台套户十百千万亿])(?!年级)/g;
/** 5千多户, 8千亿元: digits joined to 千 or 百 (only 万 and 亿 may follow digits); not 千伏, 千克, 百亿亿次. */
const DIGIT_UNIT = /(?<![0-9.万亿])([0-9]+(?:\.[0-9]+)?)(千|百)(?=[多余万个户人家元吨亩项件次名所座台]|亿(?!亿))/g;
/** 1万6千, 1亿3千多万: a second group of digits after 万 or 亿, for a decimal. */
const DIGIT_GROUPS = /(?<![0-9.])([0-9]+)(?:万([0-9])千|亿([0-9])千(多)?万)/g;
/** Fixed expressions that keep Chinese numerals: 党的二十大, 二十届四中全会, 十四届全国人大, “十四五”, 第十四个五年规划. */
const FIXED_ARABIC =
  /党的([0-9]{1,2})大|([0-9]{1,2})届(?:([0-9])中全会|全国人大|全国人民代表大会|全国政协)|(?<![0-9])([0-9])中全会|“([0-9]{1,2})五”|第([0-9]{1,2})个五年(?:规划|计划)/g;

function* matches(t: string, re: RegExp): Iterable<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) yield m;
}

const slip = (
  from: number,
  to: number,
  newText: string | undefined,
  zh: string,
  en: string,
  fix?: [string, string],
): TextSlip => ({
  from,
  to,
  newText,
  message: { zh, en },
  ...(fix ? { fixTitle: { zh: fix[0], en: fix[1] } } : {}),
});

function erLiang(t: string): TextSlip[] {
  if (!t.includes('二')) return [];
  return [...matches(t, ER_COUNT)].map((m) =>
    slip(
      m.index,
      m.index + 1,
      '两',
      '计数用「两」：「二」后接量词时应为「两」（两个、两项）。',
      'Counting takes 两: 二 before a measure word is 两 (两个, 两项).',
      ['改为「两」', 'Use 两'],
    ),
  );
}

/** The second word of an approximation said twice, removed: 约6%左右 → 约6%, 近10多万 → 近10万. */
function twice(t: string): TextSlip[] {
  const out: TextSlip[] = [];
  const removeLast = (m: RegExpExecArray, word: string, zh: string, en: string) => {
    const from = m.index + m[0].lastIndexOf(word);
    out.push(slip(from, from + word.length, '', zh, en, [`删去「${word}」`, `Remove ${word}`]));
  };
  if (t.includes('左右') && t.includes('约'))
    for (const m of matches(t, ABOUT_AROUND))
      removeLast(m, '左右', '「约」与「左右」重复表示约数，只用其一。', '约 and 左右 both say "about": keep one.');
  if (t.includes('近') && t.includes('多'))
    for (const m of matches(t, NEARLY_MORE))
      removeLast(m, '多', '「近」与「多」意思相反，不能同用。', '近 (almost) and 多 (over) contradict each other.');
  if (t.includes('超过') && t.includes('多'))
    for (const m of matches(t, OVER_MORE))
      removeLast(m, '多', '「超过」与「多」重复表示超出，只用其一。', '超过 and 多 both say "over": keep one.');
  if (t.includes('左右'))
    for (const m of matches(t, AROUND_ABOVE))
      out.push(
        slip(
          m.index,
          m.index + m[0].length,
          undefined,
          `「${m[0]}」自相矛盾：「左右」是约数，「以上」「以下」是界限，只用其一。`,
          `“${m[0]}”: 左右 (about) and 以上/以下 (at least / at most) contradict each other; keep one.`,
        ),
      );
  return out;
}

function adjacent(t: string): TextSlip[] {
  if (!t.includes('、')) return [];
  const out: TextSlip[] = [];
  for (const m of matches(t, ADJACENT)) {
    const a = '一二三四五六七八九'.indexOf(m[1]),
      b = '一二三四五六七八九'.indexOf(m[2]);
    if (b !== a + 1) continue;
    const joined = m[1] === '一' ? '一两' : `${m[1]}${m[2]}`;
    out.push(
      slip(
        m.index,
        m.index + 3,
        joined,
        `相邻两数连用表示概数，中间不用顿号：「${m[0]}」应为「${joined}」（GB/T 15835 4.1.2）。`,
        `Two adjacent numbers as one estimate take no 、: “${m[0]}” → “${joined}” (GB/T 15835).`,
        [`改为「${joined}」`, `Write “${joined}”`],
      ),
    );
  }
  return out;
}

/** A number in the digits it has: 5000, 1.6, never 1.6000000000000001. */
const digits = (n: number) => String(Number(n.toPrecision(12)));

function digitUnits(t: string): TextSlip[] {
  if (!/[0-9][万亿]?[0-9]?[千百]/.test(t)) return [];
  const out: TextSlip[] = [];
  const say = (from: number, have: string, want: string) =>
    out.push(
      slip(
        from,
        from + have.length,
        want,
        `阿拉伯数字不与「十」「百」「千」连用（只可带「万」「亿」）：「${have}」应为「${want}」（GB/T 15835）。`,
        `Digits take only 万 and 亿, not 十/百/千: “${have}” → “${want}” (GB/T 15835).`,
        [`改为「${want}」`, `Write “${want}”`],
      ),
    );
  for (const m of matches(t, DIGIT_GROUPS))
    say(m.index, m[0], m[2] ? `${m[1]}.${m[2]}万` : `${m[1]}.${m[3]}亿${m[4] ?? ''}`);
  for (const m of matches(t, DIGIT_UNIT))
    if (!out.some((s) => s.from <= m.index && m.index < s.to))
      say(m.index, m[0], digits(Number(m[1]) * (m[2] === '千' ? 1000 : 100)));
  return out;
}

function fixedChinese(t: string): TextSlip[] {
  if (!/[0-9](?:大|届|中全会|五”|个五年)/.test(t)) return [];
  const out: TextSlip[] = [];
  for (const m of matches(t, FIXED_ARABIC)) {
    const want = m[0].replace(/[0-9]{1,2}/g, (d) => toChineseNumeral(Number(d)));
    out.push(
      slip(
        m.index,
        m.index + m[0].length,
        want,
        `党代会、全会、人大届次和五年规划的简称用汉字数字：「${m[0]}」应为「${want}」（GB/T 15835 4.2）。`,
        `Party congresses, plenums, NPC terms and five-year plans keep Chinese numerals: “${m[0]}” → “${want}”.`,
        [`改为「${want}」`, `Write “${want}”`],
      ),
    );
  }
  return out;
}

/** Every number-wording slip of one line's text, in order. */
export function numberWordSlips(t: string): TextSlip[] {
  return [...erLiang(t), ...twice(t), ...adjacent(t), ...digitUnits(t), ...fixedChinese(t)].sort(
    (a, b) => a.from - b.from,
  );
}
