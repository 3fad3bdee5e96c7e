/**
 * Writing help that knows the draft: the next number of the run the cursor is in, the subtitle worked out from
 * the library's latest report of the same place, book titles after 《, and the year's key counts with last year's
 * values as defaults. Suggestions follow the draft's own punctuation and bracket style.
 */
import type { Localized } from '../checks/types';
import type { LibraryIndex } from '../library/index';
import { reportInfo } from '../library/info';
import { majorityStyle, markerParts, numeralFor, styleOf } from '../numbering/markers';
import { numberingRuns, type Family } from '../numbering/runs';
import type { ReportModel } from '../model/types';
import { toChineseNumeral } from '../text/numerals';

export interface Suggestion {
  label: string;
  /** Text to insert; a snippet (with ${1:…} placeholders) when `snippet`. */
  insertText: string;
  snippet: boolean;
  detail: Localized;
  kind: 'number' | 'subtitle' | 'title' | 'figure';
  /** Document offsets the insertion replaces. */
  start: number;
  end: number;
}

const ORDER: Family[] = ['chapter', 'section', 'item', 'subitem'];

/** Full-width (，) or half-width (,) commas: whichever the draft uses more. */
export function commaStyle(text: string): '，' | ',' {
  return (text.match(/,/g) ?? []).length > (text.match(/，/g) ?? []).length ? ',' : '，';
}

function nextNumbers(model: ReportModel, line: number, start: number, end: number): Suggestion[] {
  const out: Suggestion[] = [];
  const runs = numberingRuns(model).filter((r) => r.family !== 'list');
  for (const family of ORDER) {
    // The run of this family that the cursor continues: its last entry before the line, with nothing of a
    // higher level (a new part or chapter) between them.
    const candidates = runs.filter((r) => r.family === family && r.entries[0].line < line);
    let best: { run: (typeof runs)[number]; last: number } | undefined;
    for (const r of candidates) {
      const before = r.entries.filter((e) => e.line < line);
      const last = before[before.length - 1];
      if (!last) continue;
      const closed = model.flat.some((s) => s.line > last.line && s.line < line && s.rank < last.rank);
      if (closed) continue;
      if (!best || last.line > best.last) best = { run: r, last: last.line };
    }
    if (!best) continue;
    const parts = best.run.entries
      .map((e) => markerParts(model.text, e))
      .filter((p): p is NonNullable<typeof p> => !!p);
    const style = majorityStyle(parts.map(styleOf), family);
    const [open, close, digits] = style.split('|');
    const value = Math.max(...best.run.entries.filter((e) => e.line < line).map((e) => e.value ?? 0)) + 1;
    const marker = `${open}${numeralFor(value, digits)}${close}`;
    out.push({
      label: marker,
      insertText: marker,
      snippet: false,
      kind: 'number',
      start,
      end,
      detail: { zh: `下一个编号（接第 ${best.last + 1} 行）`, en: `Next number (after line ${best.last + 1})` },
    });
  }
  return out;
}

function subtitle(
  model: ReportModel,
  uri: string,
  library: LibraryIndex | undefined,
  start: number,
  end: number,
): Suggestion[] {
  const info = reportInfo(model, uri);
  const latest = library?.related({ ...info, year: undefined }, uri).find((e) => e.session);
  if (!latest?.session || (!info.place && !latest.info.place)) return [];
  const place = info.place ?? latest.info.place!;
  // Five sessions a term: after the fifth comes the first of the next term.
  const next =
    latest.session.session >= 5
      ? { term: latest.session.term + 1, session: 1 }
      : { term: latest.session.term, session: latest.session.session + 1 };
  const year = (latest.info.year ?? new Date().getFullYear()) + 2;
  const text = `——\${1:${year}}年\${2:1}月\${3:10}日在${place}第${toChineseNumeral(next.term)}届人民代表大会第${toChineseNumeral(next.session)}次会议上`;
  return [
    {
      label: `——…在${place}第${toChineseNumeral(next.term)}届人民代表大会第${toChineseNumeral(next.session)}次会议上`,
      insertText: text,
      snippet: true,
      kind: 'subtitle',
      start,
      end,
      detail: {
        zh: `按 ${latest.info.year ?? ''} 年报告（第${toChineseNumeral(latest.session.term)}届第${toChineseNumeral(latest.session.session)}次会议）推算`,
        en: `From the ${latest.info.year ?? ''} report (term ${latest.session.term}, session ${latest.session.session})`,
      },
    },
  ];
}

function titles(
  model: ReportModel,
  library: LibraryIndex | undefined,
  typed: string,
  start: number,
  end: number,
): Suggestion[] {
  const counts = new Map<string, number>();
  for (const m of model.text.matchAll(/《([^《》\n]{2,60})》/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 3);
  for (const e of library?.all() ?? []) for (const t of e.titles ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .filter(([t]) => !typed || t.includes(typed))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 50)
    .map(([t]) => ({
      label: t,
      insertText: `${t}》`,
      snippet: false,
      kind: 'title' as const,
      start,
      end,
      detail: { zh: '已在本稿或往年报告中出现', en: 'Named in this draft or a past report' },
    }));
}

function keyCounts(
  model: ReportModel,
  uri: string,
  library: LibraryIndex | undefined,
  start: number,
  end: number,
): Suggestion[] {
  const info = reportInfo(model, uri);
  const last = library?.related(info, uri)[0];
  if (!last) return [];
  const comma = commaStyle(model.text);
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const f of last.figures) {
    if (seen.has(f.metric) || !f.phrase.includes('{n}')) continue;
    seen.add(f.metric);
    const phrase = f.phrase.replace(/[，,]/g, comma);
    out.push({
      label: phrase.replace('{n}', String(f.value)),
      insertText: phrase.replace('{n}', `\${1:${f.value}}`),
      snippet: true,
      kind: 'figure',
      start,
      end,
      detail: {
        zh: `${last.info.year ?? '上年'}年为 ${f.value}${f.unit}`,
        en: `${last.info.year ?? 'Last year'}: ${f.value}${f.unit}`,
      },
    });
    if (out.length >= 20) break;
  }
  return out;
}

export function completions(model: ReportModel, uri: string, offset: number, library?: LibraryIndex): Suggestion[] {
  const line = model.lines.findIndex((l) => offset >= l.start && offset <= l.end);
  if (line < 0) return [];
  const l = model.lines[line];
  const prefix = model.text.slice(l.contentStart <= offset ? l.contentStart : l.start, offset);
  const title = /《([^《》]*)$/.exec(prefix);
  if (title) return titles(model, library, title[1], offset - title[1].length, offset);
  if (
    /^(?:——|--|—)?$/.test(prefix) &&
    (model.roles[line] === 'header' || line <= (model.header.salutation?.line ?? -1) || /^——/.test(prefix))
  ) {
    const s = subtitle(model, uri, library, l.contentStart, offset);
    if (s.length && prefix) return s;
    if (s.length && line < (model.header.salutation?.line ?? 0)) return s;
  }
  if (/^[（(]?[一二三四五六七八九十0-9０-９]*$/.test(prefix)) return nextNumbers(model, line, l.contentStart, offset);
  if (/(?:全年共|共|、)$/.test(prefix)) return keyCounts(model, uri, library, offset, offset);
  return [];
}
