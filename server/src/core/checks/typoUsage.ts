import LEXICON from './typoUsage.json';
import { carriedFix, type NormData, perLine, slipFindings, textLines, type TextSlip } from './norms';
import type { Check, Localized } from './types';

/** One misuse of the lexicon: `wrong` for `right` where its context rules hold. */
export interface UsageEntry {
  wrong: string;
  right: string;
  before?: string;
  notBefore?: string;
  after?: string;
  notAfter?: string;
  why: Localized;
  fires: string[];
  silent: string[];
}

export const USAGE_ENTRIES = LEXICON.entries as UsageEntry[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An entry as one pattern: its context as lookbehinds and lookaheads around the wrong form. */
export function usagePattern(e: UsageEntry): RegExp {
  return new RegExp(
    (e.before ? `(?<=${e.before})` : '') +
      (e.notBefore ? `(?<!${e.notBefore})` : '') +
      escape(e.wrong) +
      (e.after ? `(?=${e.after})` : '') +
      (e.notAfter ? `(?!${e.notAfter})` : ''),
    'g',
  );
}

const PATTERNS = USAGE_ENTRIES.map((e) => ({ e, re: usagePattern(e) }));
// Most lines hold none of the wrong forms: one scan for all of them skips those lines.
const ANY = new RegExp([...new Set(USAGE_ENTRIES.map((e) => e.wrong))].join('|'));

/** The misuses of the lexicon in a line's text (exported for the evaluation). */
export function usageSlipsIn(t: string): TextSlip[] {
  if (!ANY.test(t)) return [];
  const out: TextSlip[] = [];
  for (const { e, re } of PATTERNS) {
    if (!t.includes(e.wrong)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (out.some((o) => m!.index < o.to && o.from < m!.index + e.wrong.length)) continue;
      out.push({
        from: m.index,
        to: m.index + e.wrong.length,
        newText: e.right,
        message: {
          zh: `「${e.wrong}」应为「${e.right}」（${e.why.zh}）。`,
          en: `“${e.wrong}” should read “${e.right}” (${e.why.en}).`,
        },
        fixTitle: { zh: `改为「${e.right}」`, en: `Write “${e.right}”` },
      });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const usageSlips = perLine(usageSlipsIn);

/**
 * `typo.usage`: a character misused in official documents, from the shipped lexicon (typoUsage.json: 截止 for 截至
 * before a date, 制订 for 制定 before laws, 做出 for 作出 before 决定 and 部署, 布署, 既使, 其它 …), each only in the
 * context where it is wrong. The fix writes the right form.
 */
export const typoUsage: Check<NormData> = {
  code: 'typo.usage',
  defaultSeverity: 'information',
  description: { zh: '公文常见错别字', en: 'Misused character' },
  docs: {
    finds: {
      zh: `内置词表（\`server/src/core/checks/typoUsage.json\`，${USAGE_ENTRIES.length} 条，每条注明出错的上下文、一个会提示和一个不提示的真实句子）中公文常见的错用字，只在出错的上下文中提示：截止（后接时间应为截至；截止日期、报名截止不提示）、制订（后接法律法规应为制定；制订计划、方案不提示）、做出（后接决定、部署、贡献、安排等应为作出）、布署、坚持不泄、按装、既使（既…又…不提示）、必需（后接动词应为必须；必需品不提示）、其它（规范用法为其他）、象…一样、再接再励、一愁莫展、迫不急待、重迭、松驰、部属（作出部属、部属落实应为部署；部属高校不提示）、严励、震憾、针贬、辨证唯物、发韧、度过难关、渡过时光。`,
      en: `A character official documents often misuse, from the shipped lexicon (\`server/src/core/checks/typoUsage.json\`, ${USAGE_ENTRIES.length} entries, each with the context in which it is wrong, a real sentence it flags and one it leaves alone), only in that context: 截止 before a date for 截至 (not 截止日期, 报名截止), 制订 before laws for 制定 (not 制订计划), 做出 before 决定, 部署, 贡献, 安排 for 作出, 布署, 坚持不泄, 按装, 既使 (not 既…又…), 必需 before a verb for 必须 (not 必需品), 其它 for 其他, 象…一样, 再接再励, 一愁莫展, 迫不急待, 重迭, 松驰, 部属 for 部署 (作出部属, 部属落实; not 部属高校), 严励, 震憾, 针贬, 辨证唯物, 发韧, 度过难关, 渡过时光`,
    },
    fixes: { zh: '改为正确写法', en: 'The right form' },
    example: { draft: '\u3000\u3000截止2023年底，全市共有各类市场主体50.3万户，作出新的部属。\n' },
  },
  fixAll: true,
  fixes: carriedFix,
  *run(model) {
    for (const line of textLines(model)) yield* slipFindings(line, usageSlips(line));
  },
};
