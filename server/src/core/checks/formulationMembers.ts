/**
 * The members of a numbered formulation as a report lists them (增强政治意识、大局意识、核心意识、看齐意识;
 * “四个自信”：道路自信、…): a member changed, dropped, taken from another formulation, or out of the canonical order,
 * and a count word that does not match the list. Reads one line's text; the era (a list of its own time, 四位一体
 * before 2013) is the caller's, from each slip's `years`.
 */
import { editOf } from './formulationMatch';
import type { Numbered } from './formulationLexicon';

export interface MemberSlip {
  from: number;
  to: number;
  newText?: string;
  zh: string;
  en: string;
  /** The formulation's members hold from this year on: an older report is not held to them. */
  since?: number;
  /** The list as written is a former one of these years: not a slip then. */
  former?: [number, number];
}

interface Item {
  text: string;
  at: number;
}

const COUNTS = '一两二三四五六七八九十';

/** Runs of three or more Chinese chunks joined by 、 (the last may be joined by 和, 与, 及 or 以及). */
export function listsIn(t: string): Item[][] {
  const out: Item[][] = [];
  for (const m of t.matchAll(/[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+/g)) {
    let at = m.index!;
    const items = m[0].split('、').map((text) => {
      const item = { text, at };
      at += text.length + 1;
      return item;
    });
    out.push(items);
  }
  return out;
}

/** The list with its last chunk split at a joining 和, 与, 及 or 以及, if it has one. */
function splitLast(list: Item[]): Item[][] {
  const last = list[list.length - 1];
  const m = /以及|和|与|及/.exec(last.text.slice(2));
  if (!m) return [];
  const p = 2 + m.index;
  return [
    [
      ...list.slice(0, -1),
      { text: last.text.slice(0, p), at: last.at },
      { text: last.text.slice(p + m[0].length), at: last.at + p + m[0].length },
    ],
  ];
}

/**
 * The runs of n or n − 1 chunks of each list: a list may start before the formulation's members (各地区、各部门不断
 * 增强政治意识、…) or go on after them.
 */
function windows(lists: Item[][], n: number): Item[][] {
  const out: Item[][] = [];
  for (const l of lists)
    for (const len of [n, n - 1]) for (let i = 0; len >= 2 && i + len <= l.length; i++) out.push(l.slice(i, i + len));
  return out.length ? out : lists;
}

/** How many chunks of a list are members of `f` exactly. */
function exactCount(list: Item[], f: Numbered): number {
  return list.filter((item, i) => f.members!.some((m) => place(item, i === 0, i === list.length - 1, m)?.text === m))
    .length;
}

/** Where in a chunk a member stands: the first chunk ends with it, the last starts with it, others are it. */
function place(item: Item, first: boolean, last: boolean, member: string): Item | undefined {
  const candidates: Item[] = [];
  for (const len of [member.length, member.length - 1, member.length + 1]) {
    if (len < 2 || len > item.text.length) continue;
    if (first) candidates.push({ text: item.text.slice(-len), at: item.at + item.text.length - len });
    if (last) candidates.push({ text: item.text.slice(0, len), at: item.at });
    if (!first && !last && len === item.text.length) candidates.push(item);
  }
  return (
    candidates.find((c) => c.text === member) ?? candidates.find((c) => editOf(member, c.text)?.kind !== undefined)
  );
}

/** The common tail (意识, 自信) or head (全面) of a formulation's members, if they share one. */
function shared(members: string[]): { tail?: string; head?: string } {
  const tail = members[0].slice(-2),
    head = members[0].slice(0, 2);
  return {
    ...(members.every((m) => m.endsWith(tail)) ? { tail } : {}),
    ...(members.every((m) => m.startsWith(head)) ? { head } : {}),
  };
}

/** Listable: two to nine short members without a 、 of their own. */
export const listable = (f: Numbered) =>
  !!f.members && f.members.length >= 3 && f.members.every((m) => m.length <= 12 && !m.includes('、'));

export function memberSlips(t: string, all: Numbered[]): MemberSlip[] {
  if (!t.includes('、')) return [];
  const out: MemberSlip[] = [];
  const formulations = all.filter(listable);
  for (const whole of listsIn(t)) {
    const run = t.slice(whole[0].at, whole[whole.length - 1].at + whole[whole.length - 1].text.length);
    for (const f of formulations) {
      // Two members at least stand in the run as they are, or it is not this formulation's list (most are not).
      if (f.members!.filter((m) => run.includes(m)).length < 2) continue;
      // The last member may be joined by 和, 与, 及 or 以及 (…社会建设以及生态文明建设): read the list both ways.
      const list = windows([whole, ...splitLast(whole)], f.members!.length).reduce((best, l) =>
        exactCount(l, f) > exactCount(best, f) ? l : best,
      );
      const members = f.members!;
      const n = members.length;
      const k = list.length;
      if (k < n - 1 || k > n) continue;
      // Each chunk: the member it is, or the one it is one edit from.
      const found = list.map((item, i) => {
        for (const [j, m] of members.entries()) {
          const p = place(item, i === 0, i === k - 1, m);
          if (p) return { ...p, member: j, exact: p.text === m };
        }
        return undefined;
      });
      const exact = found.filter((x) => x?.exact);
      if (exact.length < Math.max(2, n - 2) || exact.length < k - 1) continue;
      const named = `「${f.form}」（${members.join('、')}）`;
      const namedEn = `${f.form} (${members.join(', ')})`;
      const era = { ...(f.since ? { since: f.since } : {}) };
      const writtenMembers = found.map((x, i) => x?.text ?? list[i].text);
      const former = f.former?.find((x) => x.members.join() === writtenMembers.join());
      const eraOf = former ? { ...era, former: former.years } : era;
      if (k === n && exact.length === n - 1) {
        const i = found.findIndex((x) => !x?.exact);
        const missing = members.find((_, j) => !found.some((x) => x?.exact && x.member === j))!;
        const near = found[i];
        // The odd one: one edit from the missing member, or another formulation's member, or sharing the tail.
        const other = all.find(
          (g) => g !== f && g.members?.some((m) => list[i].text.endsWith(m) || list[i].text.startsWith(m)),
        );
        const { tail, head } = shared(members);
        const chunk =
          near ??
          (other
            ? place(
                list[i],
                i === 0,
                i === k - 1,
                other.members!.find((m) => list[i].text.includes(m))!,
              )
            : undefined);
        const plain = !chunk && ((tail && list[i].text.endsWith(tail)) || (head && list[i].text.startsWith(head)));
        const span = chunk ?? (plain ? list[i] : undefined);
        if (!span) continue;
        const whose = other && !near ? `「${span.text}」属于「${other.form}」，` : '';
        const whoseEn = other && !near ? `${span.text} belongs to ${other.form}; ` : '';
        out.push({
          from: span.at,
          to: span.at + span.text.length,
          newText: missing,
          zh: `提法有误：${whose}${named}中应为「${missing}」。`,
          en: `Official formulation: ${whoseEn}${namedEn} has “${missing}” here.`,
          ...eraOf,
        });
      } else if (k === n - 1 && exact.length === n - 1) {
        const missing = members.findIndex((_, j) => !found.some((x) => x?.member === j));
        const written = found.map((x) => x!.member);
        if (written.some((j, i) => i && j < written[i - 1])) continue; // out of order and short: not this list
        const first = found[0]!,
          last = found[k - 1]!;
        out.push({
          from: first.at,
          to: last.at + last.text.length,
          newText: members.join('、'),
          zh: `提法不全：${named}少了「${members[missing]}」。`,
          en: `Official formulation incomplete: ${namedEn} lacks “${members[missing]}”.`,
          ...eraOf,
        });
      } else if (k === n && exact.length === n) {
        const order = found.map((x) => members[x!.member]);
        if (order.join() === members.join() || f.orders?.some((o) => o.join() === order.join())) continue;
        const first = found[0]!,
          last = found[k - 1]!;
        out.push({
          from: first.at,
          to: last.at + last.text.length,
          newText: members.join('、'),
          zh: `提法顺序有误：${named}依次为${members.join('、')}。`,
          en: `Official formulation out of order: ${namedEn} in this order.`,
          ...era,
        });
      }
    }
  }
  return [...out, ...countSlips(t, formulations)];
}

const NAME_PATTERNS = new Map<string, RegExp | undefined>();

/** 四个自信 → /([一…十])(个?自信)”?[（：]/ for a name followed by its list; none where members do not share its tail. */
function namePattern(form: string, tail: string | undefined): RegExp | undefined {
  if (!NAME_PATTERNS.has(form)) {
    const rest = form.replace(new RegExp(`^[${COUNTS}]个?`), '');
    NAME_PATTERNS.set(
      form,
      tail && rest.endsWith(tail) && rest !== form
        ? new RegExp(`([${COUNTS}])(个?${rest})”?\\s*[（(：:]`, 'g')
        : undefined,
    );
  }
  return NAME_PATTERNS.get(form);
}

/** “三个自信”：道路自信、理论自信、制度自信、文化自信 — a count word that does not match the list after it. */
function countSlips(t: string, formulations: Numbered[]): MemberSlip[] {
  const out: MemberSlip[] = [];
  for (const f of formulations) {
    const { tail, head } = shared(f.members!);
    const re = namePattern(f.form, tail);
    if (!re || !t.includes(f.form.replace(/^[一二两三四五六七八九十]个?/, ''))) continue;
    for (const m of t.matchAll(re)) {
      const after = m.index! + m[0].length;
      const list = listsIn(t.slice(after)).find((l) => l[0].at === 0);
      if (!list || list.length < 2) continue;
      const k = list.filter((x) => (!!tail && x.text.endsWith(tail)) || (head && x.text.startsWith(head))).length;
      if (k !== list.length) continue;
      const said = COUNTS.indexOf(m[1]) - (COUNTS.indexOf(m[1]) > 1 ? 1 : 0) + 1;
      if (said === k) continue;
      const right = k === f.members!.length ? f.form.replace(/个.*$/, '').slice(0, 1) : undefined;
      out.push({
        from: m.index!,
        to: m.index! + 1,
        ...(right ? { newText: right } : {}),
        zh: `数字与所列不符：「${m[1]}${m[2]}」后列了 ${k} 项。`,
        en: `The count does not match the list: “${m[1]}${m[2]}” is followed by ${k} items.`,
      });
    }
  }
  return out;
}
