import DATA from '../typos/typoData.json';
import { detectSlips, type CharSlip } from '../typos/detect';
import { makeModel, type TypoData, type TypoModel } from '../typos/model';
import type { Line, ReportModel } from '../model/types';
import { editIn, type NormData, carriedFix, perLine, textLines } from './norms';
import type { Check } from './types';

let shipped: TypoModel | undefined;
/** The model, made on first use and kept for the process (not per keystroke, not cleared with the memos). */
export function typoModel(): TypoModel {
  return (shipped ??= makeModel(DATA as TypoData));
}

const slipsOf = perLine((t: string) => detectSlips(t, typoModel()));

/** Does `w` occur twice or more in `text`? A form the drafter uses again is meant. */
function repeated(text: string, w: string): boolean {
  const first = text.indexOf(w);
  return first >= 0 && text.indexOf(w, first + 1) >= 0;
}

/**
 * `typo.char`: a wrong character (错别字) found statistically — one that stands in no word of the dictionary where a
 * character of the same sound or a similar shape would make a common word that fits (坚持不泄 → 懈, 精申 → 神).
 * Never in quotes and titles, names, places, numerals, the office's terms, a window the document uses twice or one
 * of the 93 real reports uses. The fix writes the character meant.
 */
export const typoChar: Check<NormData> = {
  code: 'typo.char',
  defaultSeverity: 'information',
  description: { zh: '疑似错别字', en: 'Possible wrong character' },
  docs: {
    finds: {
      zh: '疑似错别字：某个字与前后文组不成词，换成同音（不计声调）或形近的字就成为常用词，且整句因此通顺得多（「北洋军伐」→「北洋军阀」，「营商环竟」→「营商环境」）。词频和读音来自 jieba 词典和 pinyin-pro，生成于 `server/src/core/typos/typoData.json`（做法见 `bench/typoData.ts`）。不提示：引号和书名号内、人名（同志、主任等前后）、地名、数字、`.workreportrc.json` 中本单位的用语、同一文档中出现两次以上的写法、93 篇真实报告中用过的写法（真实报告用过的词不算错字）。宁缺毋滥：只在把握较大时提示。',
      en: 'A possible wrong character (错别字): one that makes no word with the characters around it, where a character of the same sound (tones aside) or a similar shape would make a common word and the sentence far likelier (北洋军伐 → 北洋军阀, 营商环竟 → 营商环境). Counts and readings come from the jieba dictionary and pinyin-pro, built into `server/src/core/typos/typoData.json` (see `bench/typoData.ts`). Never inside quotes and titles, in names (around 同志, 主任), places, numerals, the office’s terms of `.workreportrc.json`, a form the document uses twice, or one used in the 93 real reports (a word real reports use is not a slip). Precision first: it speaks only when fairly sure',
    },
    fixes: { zh: '改为同音或形近的常用词', en: 'The common word of the same sound or shape' },
    example: { draft: '\u3000\u3000全面贯彻党的二十大精申，持续优化营商环竟。\n' },
  },
  fixes: carriedFix,
  *run(model, ctx) {
    const terms = ctx.config.terms.flatMap((t) => [t.use, ...(t.regex ? [] : t.avoid)]);
    for (const { line, slip: s } of documentSlips(model, terms, slipsOf)) {
      if (ctx.isCancelled()) return;
      const e = editIn(line, s.at, s.at + 1, s.want);
      yield {
        start: e.start,
        end: e.end,
        message: {
          zh: `「${s.window}」疑为「${s.word}」：「${s.have}」可能是「${s.want}」的错别字。`,
          en: `“${s.window}” may be a slip for “${s.word}”: “${s.have}” for “${s.want}”.`,
        },
        data: { edits: [e], fixTitle: { zh: `改为「${s.word}」`, en: `Write “${s.word}”` } },
      };
    }
  },
};

/**
 * The slips of a document's lines (its title block aside) that stand: not a window the document uses twice, not
 * inside one of the office's terms. The evaluation runs it with slips found against a corpus less the report.
 */
export function* documentSlips(
  model: ReportModel,
  terms: string[],
  slipsOfLine: (line: Line) => CharSlip[],
): Iterable<{ line: Line; slip: CharSlip }> {
  const long = terms.filter((t) => t.length > 1);
  for (const line of textLines(model)) {
    if (model.roles[line.index] === 'header') continue;
    for (const slip of slipsOfLine(line)) {
      if (repeated(model.text, slip.window)) continue;
      const end = slip.windowStart + slip.window.length;
      if (long.some((t) => termCovers(line.text, t, slip.windowStart, end))) continue;
      yield { line, slip };
    }
  }
}

/** Does an occurrence of the term `t` in `text` overlap [from, to)? */
function termCovers(text: string, t: string, from: number, to: number): boolean {
  for (let k = text.indexOf(t, Math.max(0, from - t.length + 1)); k >= 0 && k < to; k = text.indexOf(t, k + 1))
    if (k + t.length > from) return true;
  return false;
}
