import type { Line, ReportModel } from '../model/types';
import { foldWidth } from '../text/chars';
import {
  editIn,
  grouped,
  normFixes,
  type NormData,
  groupedWording,
  perLine,
  slipFindings,
  slipsByLine,
  textLines,
  type TextSlip,
} from './norms';
import { numberWordSlips } from './numberWords';
import type { Check, Finding } from './types';

const FULL_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;
const SPACED_DIGITS = /(?<![0-9.])[0-9](?:[ \u3000][0-9]){2,}(?![0-9])/g;
/** 3～5% and 3-5%: the unit on the second number only. */
const PERCENT_RANGE = /(?<![0-9.%])([0-9]+(?:\.[0-9]+)?)\s*([～~\-－—–])\s*([0-9]+(?:\.[0-9]+)?)\s*(%|％)/g;
/**
 * 4.5%-5%: both ends carry the unit, but a range of values takes 浪纹线 ～ (GB/T 15834 4.14), not a hyphen. The
 * 一字线 of 5%—5.5% is left alone: eight 2026 provincial reports write their targets so.
 */
const PERCENTS_DASHED = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?%)\s*[-－–]\s*([0-9]+(?:\.[0-9]+)?%)/g;
/** 3～5万元: 万 and 亿 belong to each number. */
const MAGNITUDE_RANGE = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*([～~\-－])\s*([0-9]+(?:\.[0-9]+)?)(万|亿)/g;
/** 2021-2025年 (a period: 一字线 —) and 3-5个 (a range of values: 浪纹线 ～), hyphens in running text. */
const HYPHEN_RANGE = /(?<![0-9A-Za-z.-])([0-9]{1,4})[-－–]([0-9]{1,4})(?=[年月日个次项家人条件天周批所座台])/g;
/** A digit next to a range mark: the only lines the range rules need to read. */
const RANGE_MARK = /[0-9][\s]*[～~\-－—–]|[～~\-－—–][\s]*[0-9]/;
const ARABIC_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}年/g;
const CHINESE_YEAR = /[一二][〇○零九][〇○零一二三四五六七八九]{2}年/g;

/** A section marker opening the line (１．, （１）): numbering.style's business. */
const LEADING_MARKER = /^[\s*]*[（(]?[０-９0-9]+[）)．.、]/;

/** Full-width and spaced digits in running text. */
const digitSlips = perLine((t: string): TextSlip[] => {
  const out: TextSlip[] = [];
  const skip = LEADING_MARKER.exec(t)?.[0].length ?? 0;
  for (const re of [FULL_DIGITS, SPACED_DIGITS]) {
    if (re === SPACED_DIGITS ? !/[0-9][ \u3000][0-9]/.test(t) : !/[０-９]/.test(t)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m.index < skip) continue;
      out.push({
        from: m.index,
        to: m.index + m[0].length,
        newText: re === FULL_DIGITS ? foldWidth(m[0]) : m[0].replace(/[ \u3000]/g, ''),
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
});

function* matches(t: string, re: RegExp, make: (m: RegExpExecArray) => TextSlip): Iterable<TextSlip> {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) yield make(m);
}

/** 二 for 两, 约…左右, 近…多 and ranges, in one line's text; a slip's span is what its fix replaces. */
const usageSlips = perLine((t: string): TextSlip[] => [
  ...numberWordSlips(t),
  ...(!RANGE_MARK.test(t)
    ? []
    : [
        ...matches(t, PERCENT_RANGE, (m) => {
          const joined = `${m[1]}${m[4]}${/[-－—–~]/.test(m[2]) ? '～' : m[2]}${m[3]}${m[4]}`;
          return slip(
            m.index,
            m.index + m[0].length,
            joined,
            {
              zh: `范围的两端都带单位：「${m[0]}」应为「${joined}」（GB/T 15835 5.1.4）。`,
              en: `Both ends of a range take the unit: “${m[0]}” → “${joined}” (GB/T 15835 5.1.4).`,
            },
            { zh: `改为「${joined}」`, en: `Write “${joined}”` },
          );
        }),
        ...matches(t, PERCENTS_DASHED, (m) => {
          const joined = `${m[1]}～${m[2]}`;
          return slip(
            m.index,
            m.index + m[0].length,
            joined,
            {
              zh: `数值范围用浪纹线「～」：「${m[0]}」应为「${joined}」（GB/T 15834 4.14）。`,
              en: `A range of values takes “～”: “${joined}” (GB/T 15834 4.14).`,
            },
            { zh: `改为「${joined}」`, en: `Write “${joined}”` },
          );
        }),
        ...matches(t, MAGNITUDE_RANGE, (m) => {
          const joined = `${m[1]}${m[4]}～${m[3]}${m[4]}`;
          return slip(
            m.index,
            m.index + m[0].length,
            joined,
            {
              zh: `「万」「亿」两端都要写：「${m[0]}」应为「${joined}」（GB/T 15835 5.1.4）。`,
              en: `万/亿 go with both numbers: “${m[0]}” → “${joined}”.`,
            },
            { zh: `改为「${joined}」`, en: `Write “${joined}”` },
          );
        }),
        ...matches(t, HYPHEN_RANGE, (m) => {
          const years = m[1].length === 4 && m[2].length === 4;
          const joined = `${m[1]}${years ? '—' : '～'}${m[2]}`;
          return slip(
            m.index,
            m.index + m[0].length,
            joined,
            years
              ? {
                  zh: `起止年份用一字线「—」：「${m[0]}」应为「${joined}」（GB/T 15834 4.13）。`,
                  en: `A span of years takes “—”: “${joined}” (GB/T 15834 4.13).`,
                }
              : {
                  zh: `数值范围用浪纹线「～」：「${m[0]}」应为「${joined}」（GB/T 15834 4.14）。`,
                  en: `A range of values takes “～”: “${joined}” (GB/T 15834 4.14).`,
                },
            { zh: `改为「${joined}」`, en: `Write “${joined}”` },
          );
        }),
      ]),
]);

/**
 * `norm.number` (GB/T 15835-2011): full-width or spaced digits in running text (grouped like punctuation); the wording
 * of numbers (numberWords.ts: 二 for 两, 约…左右, 近…多, 超过…多, 左右以上, 一、二年, 5千多户, 党的20大); a range
 * with its unit on one side only (3～5% → 3%～5%, 3～5万 → 3万～5万) or joined by a hyphen in running text
 * (2021-2025年 → 2021—2025年, 3-5个 → 3～5个, 4.5%-5% → 4.5%～5%); and a report that writes its years both as 2023年 and
 * 二〇二三年 (title block aside).
 */
export const normNumber: Check<NormData> = {
  code: 'norm.number',
  defaultSeverity: 'information',
  description: { zh: '数字用法不合规范（GB/T 15835）', en: 'Numbers against GB/T 15835' },
  docs: {
    finds: {
      zh: 'GB/T 15835-2011：正文中的全角或带空格的数字（１９８４、1 9 9 3；像标点一样按段合并）；计数该用 两 处写了 二（二个、二项、二场、二支……；十二个、第二次、二次创业、二类、二等奖、二期、二者、一点二所、二〇二三、二季度不算）；约数说了两遍或自相矛盾：约（大约、约有）…左右、近（将近）…多、超过…多、左右以上（最近二十多年不算）；相邻两数表示概数却用顿号隔开（一、二年 → 一两年，四、五十年 → 四五十年；一、二、三产业是列举，不算）；阿拉伯数字与 千、百 连用（5千多户 → 5000多户，1万6千 → 1.6万，1亿3千多万 → 1.3亿多；千伏、百亿亿次不算，3万亿元、8.7万元本就正确）；党代会、全会、人大届次和五年规划简称写成阿拉伯数字（党的20大、二十届4中全会、“15五”、第15个五年规划；第48届世界技能大赛不算）；范围只在一侧带单位（3～5% → 3%～5%，3～5万元 → 3万～5万元，§5.1.4），或在正文中用连字符（2021-2035年 → 2021—2035年，GB/T 15834 §4.13；3-5个 → 3～5个、4.5%-5% → 4.5%～5%，§4.14；2019-145号、电话号码和 5%—5.5% 不算）；标题区以外 2023年 与 二〇二三年 两种写法并存（在较少的写法上提示一次）。',
      en: 'GB/T 15835-2011: full-width or spaced digits in running text (１９８４, 1 9 9 3; grouped like punctuation); 二 counting things where 两 is wanted (二个, 二项, 二场, 二支… — never 十二个, 第二次, 二次创业, 二类, 二等奖, 二期, 二者, 一点二所, 二〇二三, 二季度); an approximation said twice or both ways: 约 (大约, 约有)…左右, 近 (将近)…多, 超过…多, 左右以上 (not 最近二十多年); two adjacent numbers as one estimate split by 、 (一、二年 → 一两年, 四、五十年 → 四五十年; 一、二、三产业 is a list); digits joined to 千 or 百 (5千多户 → 5000多户, 1万6千 → 1.6万, 1亿3千多万 → 1.3亿多; not 千伏 or 百亿亿次; 3万亿元 and 8.7万元 are right); Arabic digits in party congresses, plenums, NPC terms and five-year plans (党的20大, 二十届4中全会, “15五”, 第15个五年规划; not 第48届世界技能大赛); a range with its unit on one side only (3～5% → 3%～5%, 3～5万元 → 3万～5万元, §5.1.4) or joined by a hyphen in running text (2021-2035年 → 2021—2035年 by GB/T 15834 §4.13, 3-5个 → 3～5个 and 4.5%-5% → 4.5%～5% by §4.14; not 2019-145号, a telephone number or 5%—5.5%); years written both as 2023年 and 二〇二三年 outside the title block (once, on the fewer form)',
    },
    fixes: {
      zh: '改为半角数字；改为 两；删去 左右 或 多；去掉顿号（一两年）；改写数字（5000多户、党的二十大）；改写范围（左右以上不给修改，由起草人取舍）',
      en: 'Half-width digits; 两; remove 左右 / 多; the 、 removed (一两年); the number rewritten (5000多户, 党的二十大); the range rewritten (none for 左右以上: the drafter chooses)',
    },
    example: { draft: '　　新建二个产业园区，全年完成投资约5亿元左右。\n' },
  },
  fixAll: true,
  fixes: normFixes(digitSlips),
  *run(model) {
    yield* grouped(
      slipsByLine(model, digitSlips),
      groupedWording(
        { zh: '全角或带空格的阿拉伯数字', en: 'full-width or spaced digit groups' },
        { zh: '应为半角、连写（GB/T 15835）', en: 'half-width, written together (GB/T 15835)' },
        { zh: '改为半角数字', en: 'Half-width digits' },
      ),
    );
    for (const line of textLines(model)) {
      if (model.roles[line.index] !== 'header') yield* slipFindings(line, usageSlips(line));
    }
    yield* yearForms(model);
  },
};

function slip(
  from: number,
  to: number,
  newText: string,
  message: TextSlip['message'],
  fixTitle: TextSlip['fixTitle'],
): TextSlip {
  return { from, to, newText, message, fixTitle };
}

/** Where a line writes years in digits and in Chinese numerals. */
const yearsIn = perLine((t: string) => {
  const find = (re: RegExp) => {
    const at: { at: number; len: number }[] = [];
    if (!t.includes('年')) return at;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) at.push({ at: m.index, len: m[0].length });
    return at;
  };
  return { arabic: find(ARABIC_YEAR), chinese: find(CHINESE_YEAR) };
});

/** Years written both ways outside the title block: the fewer form is flagged, at its first use, with a count. */
function* yearForms(model: ReportModel): Iterable<Finding<NormData>> {
  const arabic: { line: Line; at: number; len: number }[] = [];
  const chinese: typeof arabic = [];
  for (const line of textLines(model)) {
    if (model.roles[line.index] === 'header') continue;
    const y = yearsIn(line);
    for (const x of y.arabic) arabic.push({ line, ...x });
    for (const x of y.chinese) chinese.push({ line, ...x });
  }
  if (!arabic.length || !chinese.length) return;
  const fewer = chinese.length <= arabic.length ? chinese : arabic;
  const first = fewer[0];
  const e = editIn(first.line, first.at, first.at + first.len, '');
  yield {
    start: e.start,
    end: e.end,
    message: {
      zh: `年份写法不一：全文 ${arabic.length} 处用阿拉伯数字（如 2023年），${chinese.length} 处用汉字（如 二〇二三年），应统一（GB/T 15835）。`,
      en: `Years written two ways: ${arabic.length} in digits (2023年), ${chinese.length} in Chinese numerals (二〇二三年); keep one (GB/T 15835).`,
    },
  };
}
