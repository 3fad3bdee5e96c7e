import { parseArabic, parseChineseNumeral } from '../text/numerals';
import type { HeaderInfo, Line } from './types';
import { isNoiseLine } from './noise';

const SALUTATION = /^各位代表(?:[、，,]\s*(?:各位)?同志们)?\s*[：:！!，,]?$/;
const ENTRUSTMENT = /委托|报告工作|请予审议/;
const SUBTITLE = /^(?:#{1,6}\s*)?(?:——|--|—)/;
const TITLE = /报告|工作报/;
const SPEAKER = /(?:主任|副主任|市长|省长|州长|县长|区长|主席|总理|书记)\s*\S{2,4}$/;
const DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月(?:\s*([0-9０-９]{1,2})\s*日)?/;
const SESSION = /第([一二三四五六七八九十]+)届.*?第([一二三四五六七八九十]+)次会议/;
/** How far into a document the title block may reach. */
const HEADER_SCAN_LINES = 80;

function stripHeading(s: string): string {
  return s
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .trim();
}

/**
 * Finds the title block. When a salutation (各位代表:) opens the body near the top, everything above it
 * and the entrustment sentence after it belong to the header; otherwise only recognisable title,
 * subtitle, speaker and noise lines at the very top do. `looksLikeEntry` keeps a numbered section
 * above a late salutation out of the header.
 */
export function findHeader(lines: readonly Line[], looksLikeEntry: (text: string) => boolean): HeaderInfo {
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  let salutation = -1;
  for (let i = 0; i < limit; i++) {
    const t = stripHeading(lines[i].text);
    if (!t) continue;
    if (SALUTATION.test(t)) {
      salutation = i;
      break;
    }
    if (looksLikeEntry(t) && !TITLE.test(t)) break;
  }
  let last = -1;
  if (salutation >= 0) {
    last = salutation;
    for (let i = salutation + 1; i < lines.length; i++) {
      const t = lines[i].text;
      if (!t) continue;
      if (t.length < 160 && ENTRUSTMENT.test(t)) last = i;
      break;
    }
  } else {
    for (let i = 0; i < limit; i++) {
      const t = stripHeading(lines[i].text);
      if (!t) continue;
      const headerish = isTitleBlockLine(lines[i].text, t) || isNoiseLine(t) || titledBySubtitle(lines, i, t);
      if (!headerish) break;
      last = i;
    }
  }
  const header: { -readonly [K in keyof HeaderInfo]: HeaderInfo[K] } = { lines: [] };
  for (let i = 0; i <= last; i++) {
    const raw = lines[i].text;
    if (!raw) continue;
    header.lines.push(i);
    const t = stripHeading(raw);
    if (i === salutation) {
      header.salutation = { line: i };
      continue;
    }
    if (!header.subtitle && isSubtitle(raw, t)) {
      header.subtitle = { text: t.replace(/^(?:——|--|—)\s*/, ''), line: i };
    } else if (!header.title && isTitleText(t)) {
      header.title = { text: t, line: i };
    } else if (!header.title && i < last && isTitleText(t + nextText(lines, i, last))) {
      header.title = { text: t + nextText(lines, i, last), line: i }; // 政府工作报 / 告: a title broken across lines
    } else if (!header.speaker && SPEAKER.test(t) && t.length <= 40) {
      header.speaker = { text: t, line: i };
    }
  }
  const dated = header.subtitle?.text ?? header.title?.text;
  const d = dated ? DATE.exec(dated) : null;
  if (d)
    header.date = { year: parseArabic(d[1])!, month: parseArabic(d[2])!, ...(d[3] ? { day: parseArabic(d[3])! } : {}) };
  const s = dated ? SESSION.exec(dated) : null;
  if (s) {
    const term = parseChineseNumeral(s[1]),
      session = parseChineseNumeral(s[2]);
    if (term && session) header.session = { term, session };
  }
  return header;
}

function isSubtitle(raw: string, t: string): boolean {
  return SUBTITLE.test(raw) && /会议|报告/.test(t);
}

function isTitleBlockLine(raw: string, t: string): boolean {
  return (
    (TITLE.test(t) && t.length <= 60 && !/[。；]/.test(t)) || isSubtitle(raw, t) || (SPEAKER.test(t) && t.length <= 40)
  );
}

/** A short unpunctuated line directly above a subtitle is the report's display title (seed 002). */
function titledBySubtitle(lines: readonly Line[], i: number, t: string): boolean {
  if (t.length > 40 || /[。；，,：:]/.test(t)) return false;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].text) return isSubtitle(lines[j].text, stripHeading(lines[j].text));
  }
  return false;
}

function isTitleText(t: string): boolean {
  return (
    TITLE.test(t) && t.length >= 6 && t.length <= 80 && !/[。；]/.test(t) && !ENTRUSTMENT.test(t) && !isNoiseLine(t)
  );
}

/** The next non-blank header line's text when it is a short fragment (≤ 4 characters), else ''. */
function nextText(lines: readonly Line[], i: number, last: number): string {
  for (let j = i + 1; j <= last; j++) {
    const t = lines[j].text;
    if (t) return t.length <= 4 ? t : '';
  }
  return '';
}
