/**
 * Policies named by their count (稳增长“21条”, “18条”): the name says how many measures, and a glossary entry (名词解释:
 * 稳增长“21”条：…提出…21条措施) says it again. When a report is updated, the name in the text, the entry's title and
 * the count in its definition must move together. Two slips are found: an entry whose definition counts another
 * number than its title (title “21”条, body 22条措施), and a name in the text that no entry of its stem explains
 * (text “22条” where the glossary explains 稳增长“21”条 and “18”条).
 */
import { offsetIn } from '../model/lines';
import { memoByText } from '../text/memo';
import type { ReportModel } from '../model/types';

/** A span of the text that states a count, as figure.conflict reports it. */
export interface CountSpan {
  start: number;
  end: number;
  text: string;
  line: number;
}

const WIDE = /[０-９]/g;
const ascii = (s: string) => s.replace(WIDE, (c) => String(c.charCodeAt(0) - 0xff10));

/** A glossary title: 4.稳增长“21”条： or 稳增长“21条”： — stem, count, unit. */
const TERM = /^\s*(?:[0-9０-９]+[.．、])?([\u4e00-\u9fff]{2,10})“([0-9０-９]{1,3})(?:”([条项])|([条项])”)[：:]/;
/** The definition's own count: 21条措施, 18条具体举措. */
const BODY_COUNT = /([0-9０-９]{1,3})([条项])(?:具体|政策)?(?:措施|举措|政策|意见|任务)/g;
/** A name in the text: 稳增长“21条”, and the names right after it that share its stem (“18条”). */
const NAME = /([\u4e00-\u9fff]{2,10})?“([0-9０-９]{1,3})([条项])”/g;
/** Verbs before a stem, not part of it (出台稳增长 → 稳增长). */
const VERB = /^.*(?:出台|制定|推出|落实|实施|印发|用好|兑现|发布|推动|深化)/;

export function namedCountConflicts(model: ReportModel): [CountSpan, CountSpan, string][] {
  const terms = new Map<string, { value: number; span: CountSpan }[]>();
  const out: [CountSpan, CountSpan, string][] = [];
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    const t = line.text;
    const term = TERM.exec(t);
    if (!term) continue;
    const stem = term[1];
    const value = Number(ascii(term[2]));
    const unit = term[3] ?? term[4];
    const at = term.index + term[0].indexOf(term[2], term[1].length);
    const span = { start: offsetIn(line, at), end: offsetIn(line, at + term[2].length), text: term[2], line: p.line };
    const list = terms.get(stem + unit) ?? [];
    list.push({ value, span });
    terms.set(stem + unit, list);
    // The definition's count against its title.
    BODY_COUNT.lastIndex = term[0].length;
    for (let m = BODY_COUNT.exec(t); m; m = BODY_COUNT.exec(t)) {
      if (m[2] !== unit) continue;
      const n = Number(ascii(m[1]));
      if (n !== value)
        out.push([
          span,
          {
            start: offsetIn(line, m.index),
            end: offsetIn(line, m.index + m[1].length + 1),
            text: m[1] + m[2],
            line: p.line,
          },
          `${stem}“${term[2]}”${unit}`,
        ]);
      break;
    }
  }
  if (!terms.size) return out;
  // Names in the text that no entry of their stem explains.
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    const t = line.text;
    if (TERM.test(t)) continue;
    let stem = '';
    let lastEnd = -1;
    NAME.lastIndex = 0;
    for (let m = NAME.exec(t); m; m = NAME.exec(t)) {
      // A name right after another (“21条”“18条”) shares its stem.
      if (m[1]) stem = m[1].replace(VERB, '');
      else if (m.index !== lastEnd) stem = '';
      lastEnd = m.index + m[0].length;
      const entries = stem && terms.get(stem + m[3]);
      if (!entries) continue;
      const value = Number(ascii(m[2]));
      if (entries.some((e) => e.value === value)) continue;
      const at = m.index + m[0].indexOf('“') + 1;
      out.push([
        entries[0].span,
        { start: offsetIn(line, at), end: offsetIn(line, at + m[2].length + 1), text: m[2] + m[3], line: p.line },
        `${stem}“…”${m[3]}`,
      ]);
    }
  }
  return out;
}

/** An occasion counted (3次亲临云南考察) and the same occasion's ordinal (新时代第3次亲临云南考察): by its verb phrase. */
const OCCASION = /(第)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})次([\u4e00-\u9fff]{4,12})/g;

/** The occasions of a line's text, remembered per text (the regex is the cost; typing re-reads one line). */
const occasionsIn = memoByText((t: string) => [...t.matchAll(OCCASION)]);

/**
 * A count of occasions and the ordinal of the latest one (新时代以来3次亲临云南考察 … 在新时代第3次亲临云南考察): when a
 * new occasion comes, both move; one left behind is a slip. A count is compared only with an ordinal of the same
 * occasion.
 */
export function occasionConflicts(model: ReportModel): [CountSpan, CountSpan, string][] {
  const counts: (CountSpan & { value: number; occasion: string })[] = [];
  const ordinals: (CountSpan & { value: number; occasion: string })[] = [];
  for (const p of model.paragraphs) {
    const line = model.lines[p.line];
    for (const m of occasionsIn(line.text)) {
      const value = /[0-9０-９]/.test(m[2]) ? Number(ascii(m[2])) : chineseCount(m[2]);
      if (!value) continue;
      const at = m.index! + (m[1] ? 1 : 0);
      const into = m[1] ? ordinals : counts;
      if (into.length >= 200) continue;
      into.push({
        start: offsetIn(line, at),
        end: offsetIn(line, at + m[2].length + 1),
        text: `${m[1] ?? ''}${m[2]}次`,
        line: p.line,
        value,
        occasion: m[3],
      });
    }
  }
  const out: [CountSpan, CountSpan, string][] = [];
  // One occasion: the shorter phrase begins the longer (亲临云南考察 / 亲临云南考察并发表重要讲话), five characters at least.
  const same = (a: string, b: string) => Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
  for (const count of counts) {
    const ordinal = ordinals.find((o) => same(o.occasion, count.occasion));
    if (ordinal && ordinal.value !== count.value) {
      const name = count.occasion.length <= ordinal.occasion.length ? count.occasion : ordinal.occasion;
      out.push(count.start < ordinal.start ? [count, ordinal, name] : [ordinal, count, name]);
    }
  }
  return out;
}

function chineseCount(s: string): number {
  const digits = '一二三四五六七八九';
  if (s === '十') return 10;
  const tens = s.indexOf('十');
  if (tens < 0) return s.length === 1 ? digits.indexOf(s) + 1 : 0;
  return (tens === 0 ? 1 : digits.indexOf(s[0]) + 1) * 10 + (s[tens + 1] ? digits.indexOf(s[tens + 1]) + 1 : 0);
}
