/**
 * The written form of a numbering marker, apart from its number: brackets and their width, the separator after a
 * numeral, the width of Arabic digits. Renumbering rewrites numbers (and, for style, forms) and nothing else.
 */
import { toChineseNumeral } from '../text/numerals';
import type { Section } from '../model/types';
import type { Family } from './runs';

export interface MarkerParts {
  /** Offsets in the document. */
  start: number;
  end: number;
  open: string;
  numeral: string;
  close: string;
}

const MARKER = /^([（(]?)([ \t]*)([零〇一二两三四五六七八九十百]+|[0-9０-９]+)([ \t]*)([）)]|[、．.]|[ \t\u3000]+)?/;

/** Where the marker of an entry is, and its parts; undefined when the text there is not a marker. */
export function markerParts(text: string, s: Section): MarkerParts | undefined {
  const m = MARKER.exec(text.slice(s.start, s.start + 16));
  if (!m) return undefined;
  const sep = m[5] ?? '';
  const bare = !sep || /^[ \t\u3000]+$/.test(sep);
  const length = m[1].length + m[2].length + m[3].length + (bare ? 0 : m[4].length + sep.length);
  return { start: s.start, end: s.start + length, open: m[1], numeral: m[3], close: bare ? '' : sep };
}

/** The style of a marker: what numbering.style compares within a run. */
export function styleOf(p: MarkerParts): string {
  const digits = /[０-９]/.test(p.numeral) ? 'full' : /[0-9]/.test(p.numeral) ? 'half' : 'cn';
  return `${p.open}|${p.close}|${digits}`;
}

/** The standard form of each family (GB/T 9704: 一、 （一） 1. （1）), used to break ties. */
export const STANDARD_STYLE: Record<Family, string> = {
  chapter: '|、|cn',
  section: '（|）|cn',
  item: '|.|half',
  subitem: '（|）|half',
  list: '|、|cn',
};

export function describeStyle(style: string, value = 1): string {
  const [open, close, digits] = style.split('|');
  return `${open}${numeralFor(value, digits)}${close}`;
}

export function numeralFor(value: number, digits: string): string {
  if (digits === 'cn') return toChineseNumeral(value);
  const s = String(value);
  return digits === 'full' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}

/** The most common style of a run; ties go to the standard form. */
export function majorityStyle(styles: string[], family: Family): string {
  const counts = new Map<string, number>();
  for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = STANDARD_STYLE[family];
  let n = counts.get(best) ?? 0;
  for (const [s, c] of counts)
    if (c > n) {
      best = s;
      n = c;
    }
  return best;
}
