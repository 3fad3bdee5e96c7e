import type { ReportModel, Section } from '../model/types';
import {
  editIn,
  grouped,
  normFixes,
  type NormData,
  groupedWording,
  isCjk,
  isChineseContext,
  perLine,
  slipFindings,
  slipsByLine,
  textLines,
  type TextSlip,
} from './norms';
import type { Check, Finding } from './types';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
const OPENING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）' };
const CLOSING: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '）': '（' };
/** A line that ends mid-sentence: its paragraph goes on in the next line (a scrape broke it there). */
const runsOn = (t: string | undefined) => !!t && !/[。！？；…]$/.test(t);

/** A section marker opening the line, (一) or (1): numbering.style's business, not this check's. */
const LEADING_MARKER = /^[\s*]*\([一二三四五六七八九十百0-9]+\)/;

/** Where a slip can start: a half-width mark, or a Chinese mark with a space after it. */
const CANDIDATE = /[,;:!?(]|\.(?=[”’）》]*\s*$|[ \u3000]*[\u3400-\u9fff“《（])|[，。、；：！？”》）](?=[ \u3000])/g;
/** The salutation on a line of its own, with a mark that is not its colon. */
const SALUTATION = /^(各位代表|各位委员)([,:，、.;；])\s*$/;
/** The paragraph's end, closing marks aside. */
const PARAGRAPH_END = /^[”’）》]*\s*$/;
/** A figure the sentence goes on with: 2022年, 3.5%, 12个 (after a Chinese word and a half-width mark). */
const FIGURE_AFTER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[\u3400-\u9fff%％]/;

/**
 * Half-width , ; : ! ? between Chinese text or ending a Chinese paragraph, a half-width full stop ending one, half-width
 * ( ) around Chinese text, and spaces after Chinese punctuation.
 */
const widthSlips = perLine((t: string): TextSlip[] => {
  const out: TextSlip[] = [];
  if (SALUTATION.test(t)) return out; // its mark is markSlips' finding (各位代表,  → 各位代表：, not ，)
  const skipParen = LEADING_MARKER.exec(t)?.[0].length ?? 0;
  // A ) this pass makes full-width is Chinese context for the mark after it: (草案), → （草案），
  let converted = -1;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(t); m; m = CANDIDATE.exec(t)) {
    const i = m.index;
    const c = t[i];
    let j = i + 1;
    while (t[j] === ' ' || t[j] === '\u3000') j++;
    if (c === '(') {
      if (i < skipParen) continue;
      const close = t.indexOf(')', i + 1);
      const inner = close > i ? t.slice(i + 1, close) : '';
      if (
        close > i &&
        close - i <= 40 &&
        /[\u3400-\u9fff]/.test(inner) &&
        !inner.includes('(') &&
        (isChineseContext(t[i - 1]) || isChineseContext(t[close + 1]))
      ) {
        out.push({ from: i, to: i + 1, newText: '（' }, { from: close, to: close + 1, newText: '）' });
        converted = close;
        CANDIDATE.lastIndex = close + 1;
      }
    } else if (c === ',' || c === ';' || c === ':' || c === '!' || c === '?') {
      // 10:30, 3:2 and 1,000 are numbers; a mark between Chinese text on both sides is Chinese punctuation.
      // ! and ? end a sentence after a word, never after another mark (、? is a lost character, not a question).
      const before = c === '!' || c === '?' ? isCjk(t[i - 1]) : isChineseContext(t[i - 1]) || converted === i - 1;
      // After it: Chinese text, an opening mark, the end of the paragraph (新的更大贡献!, 主要做了以下工作:), or a
      // figure Chinese text goes on with (各位代表, 2022年…).
      const after =
        isCjk(t[j]) ||
        /[“《（]/.test(t[j] ?? '') ||
        (PARAGRAPH_END.test(t.slice(j)) && isCjk(t[i - 1])) ||
        FIGURE_AFTER.test(t.slice(j));
      if (before && after) out.push({ from: i, to: j, newText: FULL[c] });
    } else if (c === '.') {
      // A sentence's full stop typed half-width after Chinese, ending the paragraph or with Chinese after it
      // (会议9次.今年…); not 1. nor 3.5, nor a dot between letters or digits.
      if (isCjk(t[i - 1]) && (PARAGRAPH_END.test(t.slice(j)) || isCjk(t[j]) || /[“《（]/.test(t[j] ?? '')))
        out.push({ from: i, to: j, newText: '。' });
    } else if (j < t.length) {
      // A Chinese mark with spaces after it, and text after them.
      out.push({ from: i + 1, to: j, newText: '' });
      CANDIDATE.lastIndex = j;
    }
  }
  return out;
});

/**
 * `norm.punctuation` (GB/T 15834-2011): half-width , ; : ! ? ( ) in Chinese text and spaces after Chinese
 * punctuation (grouped: one finding a paragraph, or one for a document full of them); doubled marks (，，); a
 * heading ending in 、 or ，; the wrong mark after the salutation 各位代表; unpaired “” ‘’ 《》 （）. Every fix but
 * the pairing is certain.
 */
export const normPunctuation: Check<NormData> = {
  code: 'norm.punctuation',
  defaultSeverity: 'information',
  description: { zh: '标点符号不合规范（GB/T 15834）', en: 'Punctuation against GB/T 15834' },
  docs: {
    finds: {
      zh: 'GB/T 15834-2011：中文之间、中文段末（贡献!、工作:）或中文后接数字（各位代表, 2022年）的半角 `, ; : ! ?`，中文段末或两句中文之间的半角句点（之年.、9次.今年）、包住中文的半角 `( )`（10:30、3:2、1,000 和 numbering.style 管的 (一) 除外）、中文标点后的空格——按段合为一条，超过 12 段时全文一条（抓取的文本有 400 个半角逗号也只有一条）；重复的标点（，，）；标题以 、 或 ， 结尾；称呼 各位代表 后用了 `:` `,` `，` `、`（§4.7：各位代表：）；不成对的 “” ‘’ 《》 （），另一半在相邻行（抓取断开的句子）、引文跨段（§4.1.3.6）或 ’ 表示年份省略（’99）时除外。',
      en: 'GB/T 15834-2011: half-width `, ; : ! ?` between Chinese text, ending a Chinese paragraph (贡献!, 工作:) or before a figure the sentence goes on with (各位代表, 2022年), a half-width full stop ending a Chinese paragraph or between Chinese sentences (之年., 9次.今年), and half-width `( )` around Chinese text (not 10:30, 3:2, 1,000, nor a (一) marker, which `numbering.style` has), spaces after Chinese punctuation — grouped, one finding a paragraph, or one for the whole document when more than 12 paragraphs have them (a scraped text with 400 half-width commas gets one finding); doubled marks (，，); a heading ending in 、 or ，; the salutation 各位代表 followed by `:` `,` `，` `、` (§4.7: 各位代表：); an unpaired “” ‘’ 《》 （）, unless its partner is on a line just before or after in a sentence a scrape broke, a quotation runs on into the next paragraph (§4.1.3.6), or ’ abbreviates a year (’99)',
    },
    fixes: {
      zh: '改为全角标点、去掉空格（本段或全文）；只留一个；删去标题末尾的标点；改用 ：',
      en: "Full-width marks, no spaces (this paragraph / everything); keep one mark; remove the heading's mark; use ：",
    },
    example: { draft: '各位代表：\n　　现在,我代表常务委员会,向大会报告工作,请予审议。\n' },
  },
  fixAll: true,
  fixes: normFixes(widthSlips),
  *run(model) {
    yield* grouped(
      slipsByLine(model, widthSlips),
      groupedWording(
        { zh: '半角标点或标点后的空格', en: 'half-width marks or spaces after punctuation' },
        {
          zh: '中文里的标点应为全角、其后不空格（GB/T 15834）',
          en: 'Chinese text takes full-width marks with no space after (GB/T 15834)',
        },
        { zh: '改为全角标点、去掉标点后的空格', en: 'Full-width marks, no spaces after them' },
      ),
    );
    const lines = textLines(model);
    for (let i = 0; i < lines.length; i++) {
      yield* lineMarks(lines[i], () => ({
        before: lines
          .slice(Math.max(0, i - 3), i)
          .map((l) => l.text)
          .reverse(),
        after: lines.slice(i + 1, i + 4).map((l) => l.text),
      }));
    }
    yield* headingEnds(model);
  },
};

/** Doubled marks and the salutation's mark: in the line's text alone. */
const markSlips = perLine((t: string): TextSlip[] => {
  const out: TextSlip[] = [];
  const doubled = /([，。、；：！？])\1+/g;
  for (let m = doubled.exec(t); m; m = doubled.exec(t)) {
    out.push({
      from: m.index + 1,
      to: m.index + m[0].length,
      newText: '',
      message: {
        zh: `标点重复：「${m[0]}」应为「${m[1]}」（GB/T 15834）。`,
        en: `Doubled mark “${m[0]}”: one “${m[1]}” (GB/T 15834).`,
      },
      fixTitle: { zh: `改为「${m[1]}」`, en: `Keep one “${m[1]}”` },
    });
  }
  const salutation = SALUTATION.exec(t);
  if (salutation) {
    out.push({
      from: salutation[1].length,
      to: t.length,
      newText: '：',
      message: {
        zh: `称谓「${salutation[1]}」后应用全角冒号「：」。`,
        en: `The salutation “${salutation[1]}” takes a full-width colon “：”.`,
      },
      fixTitle: { zh: '改为「：」', en: 'Use “：”' },
    });
  }
  return out;
});

const PAIRED = /[“”‘’《》（）]/g;

/** The first mark of the line left without its partner: a closing one, or an opening bracket or 《 left open. */
// null, not undefined, when there is none: the memo then finds the answer with one lookup.
const unpairedIn = perLine((t: string): { at: number; ch: string; closing: boolean } | null => {
  const open: { ch: string; at: number }[] = [];
  PAIRED.lastIndex = 0;
  for (let m = PAIRED.exec(t); m; m = PAIRED.exec(t)) {
    const i = m.index;
    const c = t[i];
    if (OPENING[c] && !(c === '“' && open.some((o) => o.ch === '“'))) open.push({ ch: c, at: i });
    else if (c === '“') {
      // “…“ : a second opening quote with the first still open is the closing one typed wrong.
      open.splice(open.map((o) => o.ch).lastIndexOf('“'), 1);
    } else if (c === '’' && /[0-9]/.test(t[i + 1] ?? '')) {
      continue; // ’99: an apostrophe abbreviating a year, not a closing quote
    } else if (CLOSING[c]) {
      const k = open.map((o) => o.ch).lastIndexOf(CLOSING[c]);
      if (k < 0) return { at: i, ch: c, closing: true };
      open.splice(k, 1);
    }
  }
  // A quotation may run over several paragraphs, each opening with “ (GB/T 15834 4.1.3.6): only a bracket or 《 left open counts.
  const left = open.find((o) => o.ch === '（' || o.ch === '《');
  return left ? { at: left.at, ch: left.ch, closing: false } : null;
});

function* lineMarks(
  line: ReportModel['lines'][number],
  neighbours: () => { before: string[]; after: string[] },
): Iterable<Finding<NormData>> {
  const marks = markSlips(line);
  if (marks.length) yield* slipFindings(line, marks);
  const u = unpairedIn(line);
  if (!u) return;
  const around = neighbours();
  // Its partner is on a line just before (after), in a sentence broken over lines: one paragraph, not a slip.
  if (
    u.closing
      ? brokenPair(around.before, CLOSING[u.ch], u.ch)
      : runsOn(line.text) && brokenPair(around.after, OPENING[u.ch], u.ch, true)
  )
    return;
  yield unpaired(line, u.at, u.ch);
}

/**
 * Does `partner` come within the lines a sentence runs over (each line but the last stopping mid-sentence)?
 * Backwards the partner must be the last of the two marks on its line; forwards, the first.
 */
function brokenPair(lines: string[], partner: string, self: string, forward = false): boolean {
  for (const l of lines) {
    const p = forward ? l.indexOf(partner) : l.lastIndexOf(partner);
    const q = forward ? l.indexOf(self) : l.lastIndexOf(self);
    if (p >= 0 && (q < 0 || (forward ? p < q : p > q))) return true;
    if (!runsOn(l)) return false;
  }
  return false;
}

function unpaired(line: ReportModel['lines'][number], i: number, ch: string): Finding<NormData> {
  const e = editIn(line, i, i + 1, ch);
  return {
    start: e.start,
    end: e.end,
    message: {
      zh: `「${ch}」不成对：本段缺少与之对应的「${OPENING[ch] ?? CLOSING[ch]}」。`,
      en: `“${ch}” is unpaired: this paragraph lacks its “${OPENING[ch] ?? CLOSING[ch]}”.`,
    },
  };
}

function* headingEnds(model: ReportModel): Iterable<Finding<NormData>> {
  for (const s of model.flat as Section[]) {
    if (!s.wholeLine || !s.marker) continue;
    const line = model.lines[s.line];
    // Not ；: 一、…；二、…； is an enumeration inside a paragraph, numbered like chapters.
    const m = /[、，,]+$/.exec(line.text.replace(/\*\*$/, ''));
    if (!m || !s.title) continue;
    const e = editIn(line, m.index, m.index + m[0].length, '');
    yield {
      start: e.start,
      end: e.end,
      message: { zh: `标题末尾不用「${m[0]}」。`, en: `A heading does not end with “${m[0]}”.` },
      data: { edits: [e], fixTitle: { zh: `删去标题末尾的「${m[0]}」`, en: `Remove “${m[0]}” at the heading's end` } },
    };
  }
}
