import { carriedFix, type NormData, perLine, slipFindings, textLines, type TextSlip } from './norms';
import type { Check } from './types';

/**
 * A document number: the issuer's abbreviation ending in a document-type character (株常发, 国办函, 湘政令…), the
 * year in brackets, the sequence number, 号.
 */
const DOC_NUMBER =
  /([\u4e00-\u9fff]{1,10}?(?:发|函|字|办|令|通|复|告|呈|报|规|电|纪))\s*([〔[【（(［〈])\s*([0-9]{2,4})\s*([〕\]】）)］〉])\s*(第)?\s*(0*)([0-9]+)\s*号/g;

/**
 * `norm.docnumber` (GB/T 9704-2012 §7.2.4): a document number is written 株常发〔2023〕2号 — the year in 六角括号
 * 〔〕 (not [] 【】 or （）), in full, and the sequence number without leading zeros or 第.
 */
export const normDocnumber: Check<NormData> = {
  code: 'norm.docnumber',
  defaultSeverity: 'information',
  description: { zh: '发文字号不合规范（GB/T 9704）', en: 'Document number against GB/T 9704' },
  docs: {
    finds: {
      zh: 'GB/T 9704-2012 §7.2.4：发文字号（株常发〔2023〕2号）的年份用了 [] 【】 （），或写成两位年份、编号有前导零、加了 第。',
      en: 'GB/T 9704-2012 §7.2.4: a document number 株常发〔2023〕2号 written with [] 【】 （） around the year, a two-digit year, a leading zero or 第',
    },
    fixes: {
      zh: '改为标准写法（两位年份小于 50 读作 20xx）',
      en: 'The standard form (a two-digit year read as 20xx below 50)',
    },
    example: { draft: '　　根据株常发[2023]2号文件精神，常委会开展了专项检查。\n' },
  },
  fixAll: true,
  fixes: carriedFix,
  *run(model) {
    for (const line of textLines(model)) if (line.text.includes('号')) yield* slipFindings(line, docNumberSlips(line));
  },
};

const docNumberSlips = perLine((t: string): TextSlip[] => {
  const out: TextSlip[] = [];
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(t); m; m = DOC_NUMBER.exec(t)) {
    const [, org, open, year, close, di, zeros, n] = m;
    const faults: string[] = [];
    if (open !== '〔' || close !== '〕') faults.push(`年份用六角括号「〔〕」，不用「${open}${close}」`);
    if (year.length !== 4) faults.push('年份写全四位');
    if (zeros) faults.push('序号不编虚位（不加 0）');
    if (di) faults.push('序号前不加「第」');
    if (!faults.length) continue;
    const full = year.length === 4 ? year : year.length === 2 ? `${Number(year) < 50 ? '20' : '19'}${year}` : undefined;
    const want = full ? `${org}〔${full}〕${Number(n)}号` : undefined;
    out.push({
      from: m.index,
      to: m.index + m[0].length,
      ...(want ? { newText: want, fixTitle: { zh: `改为「${want}」`, en: `Write “${want}”` } } : {}),
      message: {
        zh: `发文字号「${m[0]}」不合规范：${faults.join('；')}${want ? `，应为「${want}」` : ''}（GB/T 9704 7.2.4）。`,
        en: `Document number “${m[0]}”: the year in 〔〕, in full, no leading zero or 第${want ? ` — “${want}”` : ''} (GB/T 9704 7.2.4).`,
      },
    });
  }
  return out;
});
