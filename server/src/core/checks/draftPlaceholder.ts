import { offsetIn } from '../model/lines';
import { perLine, textLines } from './norms';
import type { Check } from './types';

/** What a number, a date or a name is written as until it is known. */
const UNIT = '年月日号次件个项人名家亿万千百元%％条部场期届批户所座位篇份天';
/** One X, N, M, D or YYYY before a unit: X月X日, 第N届, 增长X%, YYYY年 (not 3×4: × between digits multiplies). */
const ONE_LETTER = new RegExp(`(?<![A-Za-z0-9./_\\\\-])(?:[XxＸｘ×NMD]|YYYY|YY)(?:[.．][XxＸｘ×])?(?=[${UNIT}])`, 'g');
const PLACEHOLDERS: RegExp[] = [
  // XX, ××, ＸＸＸ — a name or a number to come (not inside a Latin word, a URL or a product name such as XX-L).
  /(?<![A-Za-z0-9./_\\-])(?:[XxＸｘ]{2,}|×{2,})(?![A-Za-z0-9])/g,
  ONE_LETTER,
  // Blanks to fill: ____, ＿＿, □□.
  /_{3,}|＿{2,}|□{2,}/g,
  // Brackets with nothing in them: 〔 〕号, （ ）, 【】, 《》, “ ”.
  /〔\s*〕|（\s*）|\(\s*\)|【\s*】|\[\s*\]|《\s*》|“\s*”/g,
  // A note to the drafter: 【待补充】, （数据待核）, [待定], (TODO), （？）.
  /[【[（(〔](?:[^】\]）)〕]{0,12}?(?:待(?:补充?|定|核实?|核对|填写?|更新|确认|完善|查)|TODO|TBD)[^】\]）)〕]{0,12}|\s*[?？]+\s*)[】\]）)〕]/g,
];

/** Whether `at` is inside “quotes” opened earlier on the line. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

/** A line drawn with underscores (Markdown's ___) is a rule, not a blank. */
const RULE_LINE = /^\s*[_＿\-—=*]+\s*$/;

const placeholdersIn = perLine((text: string): { from: number; to: number; text: string }[] => {
  if (RULE_LINE.test(text)) return [];
  const out: { from: number; to: number; text: string }[] = [];
  for (const re of PLACEHOLDERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A single letter inside quotes is a name (“N个1” is a programme), not a blank.
      if (re === ONE_LETTER && quoted(text, m.index)) continue;
      if (!out.some((o) => m!.index < o.to && m!.index + m![0].length > o.from))
        out.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.from - b.from);
});

/**
 * `draft.placeholder`: a placeholder left in the draft — XX, ××, X月X日, 第N届, ____, an empty 〔 〕, a note such
 * as 【待补充】 or （数据待核）. A draft that still has one is not ready to hand in. Never real content: × between
 * digits multiplies, 二○二三 writes its zeros with ○, and Latin words and addresses are left alone.
 */
export const draftPlaceholder: Check = {
  code: 'draft.placeholder',
  defaultSeverity: 'warning',
  checklist: 'fill',
  description: { zh: '占位符未填写', en: 'Placeholder not filled in' },
  docs: {
    finds: {
      zh: '草稿中留下的占位符：XX、××、X月X日、第N届、增长X%、____、□□、空的 〔 〕（ ）【 】、给起草人的批注如 【待补充】（数据待核）[待定]（？）。交稿前都应补上实际内容。不会报真实内容：数字之间的 × 是乘号，二○二三 的 ○ 是零，拉丁字母单词和网址不算。',
      en: 'A placeholder left in the draft: XX, ××, X月X日, 第N届, 增长X%, ____, □□, an empty 〔 〕 （ ） 【 】, a note to the drafter such as 【待补充】, （数据待核）, [待定], （？）. Each needs the real content before the report is handed in. Never real content: × between digits multiplies, the ○ of 二○二三 is a zero, Latin words and web addresses are left alone.',
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年X月X日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　一年来，常委会共召开会议XX次，审议议题【待补充】项。\n',
    },
  },
  *run(model) {
    for (const line of textLines(model)) {
      for (const p of placeholdersIn(line)) {
        yield {
          start: offsetIn(line, p.from),
          end: offsetIn(line, p.to),
          message: {
            zh: `占位符「${p.text}」尚未填写：交稿前请补上实际内容。`,
            en: `The placeholder “${p.text}” is not filled in: put the real content in before the report is handed in.`,
          },
        };
      }
    }
  },
};
