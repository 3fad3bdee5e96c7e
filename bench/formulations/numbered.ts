/**
 * Numbered formulations learned from the corpus: a quoted “<count>…” (两个维护, 四个意识, 五位一体, 三去一降一补) that
 * recurs, counted in the texts it occurs in; matched on its count word (二个维护) only where no other count of it
 * occurs anywhere in the corpus (三个意识 in Tibet's report, 一个中国 beside 两个中国, 两篇大文章). Its members where the
 * corpus lists them (增强政治意识、大局意识、核心意识、看齐意识), else from the documents (documents.ts), each counted;
 * the orders the corpus writes them in; their lists of earlier times (四位一体 before 2013).
 */
import type { Numbered } from '../../server/src/core/checks/formulationLexicon';
import { listsIn } from '../../server/src/core/checks/formulationMembers';
import { attestation, type Text } from './corpus';
import { MEMBERS } from './documents';

const COUNTS = '一二两三四五六七八九十';

/** 四个意识 → /[一…十]个意识/g: the form with any count word where its own stand. */
export function countPattern(form: string): RegExp {
  return new RegExp([...form].map((c) => (COUNTS.includes(c) ? `[${COUNTS}]` : c)).join(''), 'g');
}

/** Quoted forms opening on a count word, in at least `quotedIn` texts, verbatim in at least `min`. */
function candidates(texts: Text[], quotedIn: number, min: number): string[] {
  const quoted = new Map<string, Set<string>>();
  for (const t of texts)
    for (const m of t.text.matchAll(/“([一二两三四五六七八九十][\u4e00-\u9fff]{3,7})”/g)) {
      const form = m[1];
      // Plans (十四五) are years, not formulations; 九二共识 names a year.
      if (/^[一二三四五六七八九十]+五$/.test(form) || /^[一二三四五六七八九]{2}/.test(form)) continue;
      quoted.set(form, (quoted.get(form) ?? new Set()).add(t.name));
    }
  return [...quoted]
    .filter(([form, names]) => names.size >= quotedIn && (attestation(texts, form)?.reports ?? 0) >= min)
    .map(([form]) => form);
}

/** Member lists the corpus writes: lists of the formulation's length whose chunks end with its members. */
function listedOrders(texts: Text[], members: string[]): { order: string[]; year: number }[] {
  const out: { order: string[]; year: number }[] = [];
  for (const t of texts)
    for (const list of listsIn(t.text)) {
      const order = list.map((item) => members.find((m) => item.text.endsWith(m) || item.text.startsWith(m)));
      if (order.length === members.length && order.every(Boolean) && new Set(order).size === members.length)
        out.push({ order: order as string[], year: t.year });
    }
  return out;
}

/**
 * Members the corpus lists for a formulation the documents table lacks: lists of its count's length whose chunks
 * share its tail (…意识), written the same way in two texts or more.
 */
function corpusMembers(texts: Text[], form: string): (typeof MEMBERS)[string] | undefined {
  const m = /^([一二两三四五六七八九十])个?([\u4e00-\u9fff]{2,})$/.exec(form);
  if (!m) return undefined;
  const n = '一两三四五六七八九十'.indexOf(m[1].replace('二', '两')) + 1;
  const tail = m[2];
  const seen = new Map<string, { n: number; year: number }>();
  for (const t of texts)
    for (const list of listsIn(t.text)) {
      if (list.length !== n || !list.every((x) => x.text.endsWith(tail))) continue;
      const short = Math.min(...list.slice(1).map((x) => x.text.length));
      const key = [list[0].text.slice(-short), ...list.slice(1).map((x) => x.text)].join('、');
      const s = seen.get(key) ?? { n: 0, year: t.year };
      seen.set(key, { n: s.n + 1, year: Math.min(s.year, t.year) });
    }
  const best = [...seen].sort((a, b) => b[1].n - a[1].n)[0];
  return best && best[1].n >= 2 ? { members: best[0].split('、'), since: best[1].year, source: 'corpus' } : undefined;
}

export interface LearnedNumbered extends Numbered {
  memberReports?: number[];
  listed?: number;
  source?: string;
}

export function learnNumbered(texts: Text[]): LearnedNumbered[] {
  const forms = new Set([...candidates(texts, 2, 4), ...Object.keys(MEMBERS)]);
  const out: LearnedNumbered[] = [];
  for (const form of forms) {
    const seen = attestation(texts, form);
    if (!seen) continue;
    const others = new Set<string>();
    for (const t of texts) for (const m of t.text.matchAll(countPattern(form))) if (m[0] !== form) others.add(m[0]);
    const entry: LearnedNumbered = { form, reports: seen.reports, years: seen.years };
    if (form.length >= 4 && !others.size) entry.counted = true;
    const doc = MEMBERS[form] ?? corpusMembers(texts, form);
    if (doc) {
      const orders = listedOrders(texts, doc.members);
      const canonical = doc.members.join();
      const other = [...new Set(orders.map((o) => o.order.join()).filter((o) => o !== canonical))];
      Object.assign(entry, {
        members: doc.members,
        memberReports: doc.members.map((m) => attestation(texts, m)?.reports ?? 0),
        listed: orders.length,
        since: doc.since,
        source: doc.source,
        ...(doc.former ? { former: doc.former } : {}),
        ...(other.length ? { orders: other.map((o) => o.split(',')) } : {}),
      });
    }
    out.push(entry);
  }
  return out.sort((a, b) => b.reports - a.reports || a.form.localeCompare(b.form));
}
