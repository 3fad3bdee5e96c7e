/**
 * Next year's draft from last year's report: the subtitle's date moved on a year with its day left to fill (X日, a
 * placeholder draft.placeholder lists), the session moved on by one (第二次 → 第三次; with `newTerm`, the next 届
 * at 第一次会议), the years of the title and the part titles moved on a year — and nothing else: every other
 * date, figure and counter is the drafter's to update, and the year-over checks list them.
 */
import type { ReportDocument } from './document';
import { TextDoc } from './document';
import { offsetIn } from './model/lines';
import { parseReport } from './model/parse';
import { titleYears, topLevelParts } from './model/timeFrame';
import { parseChineseNumeral, toChineseNumeral } from './text/numerals';

export interface NextYearOptions {
  /** The report opens a new term (换届): 第十六届…第五次会议 becomes 第十七届…第一次会议. */
  newTerm?: boolean;
}

/** One change the draft makes: where (last year's line) and what it wrote. */
export interface NextYearChange {
  line: number;
  from: string;
  to: string;
}

export interface NextYearDraft {
  text: string;
  changes: NextYearChange[];
}

const DATE = /([0-9０-９]{4})(\s*年\s*)([0-9０-９]{1,2})(\s*月\s*)(?:([0-9０-９]{1,2})(\s*日))?/;
const SESSION = /第([一二三四五六七八九十]{1,3})届(.*?)第([一二三四五六七八九十]{1,2})次/;

export function nextYearDraft(report: ReportDocument | string, opts: NextYearOptions = {}): NextYearDraft {
  const doc = typeof report === 'string' ? new TextDoc('file:///last-year.txt', report) : report;
  const model = parseReport(doc);
  const edits: { start: number; end: number; newText: string; line: number }[] = [];
  const edit = (line: number, from: number, to: number, newText: string) => {
    const l = model.lines[line];
    edits.push({ start: offsetIn(l, from), end: offsetIn(l, to), newText, line });
  };
  const sub = model.header.subtitle;
  if (sub) {
    const line = model.lines[sub.line];
    const t = line.text;
    const d = DATE.exec(t);
    if (d) {
      const year = Number(d[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
      edit(sub.line, d.index, d.index + d[0].length, `${year + 1}${d[2]}${d[3]}${d[4]}X${d[6] ?? '日'}`);
    }
    const s = SESSION.exec(t);
    const term = s && parseChineseNumeral(s[1]);
    const session = s && parseChineseNumeral(s[3]);
    if (s && term && session) {
      const at = s.index;
      const replaced = opts.newTerm
        ? `第${toChineseNumeral(term + 1)}届${s[2]}第一次`
        : `第${s[1]}届${s[2]}第${toChineseNumeral(session + 1)}次`;
      edit(sub.line, at, at + s[0].length, replaced);
    }
  }
  // The title (2023年…工作报告) and every part title's years (2022年工作回顾 → 2023年工作回顾).
  const titled = [
    ...(model.header.title ? [{ line: model.header.title.line, title: model.header.title.text, first: true }] : []),
    ...topLevelParts(model).map((p, i) => ({ line: p.line, title: p.title, first: i === 0 })),
  ];
  for (const { line, title, first } of titled) {
    const t = model.lines[line].text;
    const base = t.indexOf(title);
    if (base < 0) continue;
    const years = line === model.header.title?.line ? yearsIn(title) : titleYears(title, first).map((y) => y.at);
    for (const at of years) {
      const y = Number(title.slice(at, at + 4));
      edit(line, base + at, base + at + 4, String(y + 1));
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let text = model.text;
  const changes: NextYearChange[] = [];
  for (const e of edits) {
    changes.push({ line: e.line, from: text.slice(e.start, e.end), to: e.newText });
    text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  }
  return { text, changes: changes.reverse() };
}

/** Where the four-digit years of a text stand. */
function yearsIn(s: string): number[] {
  return [...s.matchAll(/[12][0-9]{3}(?=\s*年)/g)].map((m) => m.index!);
}

/**
 * The draft's file name beside the report: its year moved on (2022-株洲….txt → 2023-株洲….txt), else with
 * -下一年度 before the extension; a Word or PDF report's draft is text.
 */
export function nextYearName(fileName: string): string {
  const name = fileName.replace(/\.(docx|docm|pdf)$/i, '.txt');
  const moved = name.replace(/(?<![0-9])(19|20)([0-9]{2})(?![0-9])/, (y) => String(Number(y) + 1));
  return moved !== name ? moved : name.replace(/(\.[^./\\]+)?$/, '-下一年度$1');
}
