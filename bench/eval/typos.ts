/**
 * Wrong characters (typo.*) in `npm run eval`. typo.char: characters of real words in real paragraphs replaced by a
 * sound-alike or look-alike one where that makes no word (seeded), found against the corpus less the planted
 * report (its windows and its counts left out, as for a report the data has never seen); a finding at the plant is
 * a true positive, any other in the planted paragraph a false one. typo.usage: the right form of each lexicon entry,
 * wherever real reports write it, replaced by the wrong one (its recall is how much of real usage an entry's
 * context covers: 做出 before 成绩 is not flagged, 做出 before 贡献 is). And every finding of both on the
 * unmodified reports, with the shipped data and, for typo.char, with the report left out.
 */
import { ALL_CHECKS, parseReport, runChecks, TextDoc } from '../../server/src/core';
import { documentSlips, typoModel } from '../../server/src/core/checks/typoChar';
import { USAGE_ENTRIES, usageSlipsIn } from '../../server/src/core/checks/typoUsage';
import { detectSlips, type DetectOptions } from '../../server/src/core/typos/detect';
import type { TypoModel } from '../../server/src/core/typos/model';
import { textLines } from '../../server/src/core/checks/norms';
import { corpusStats } from '../typoCorpus';
import { evalReports, type Report } from './reports';
import { rng } from './rng';

export interface TypoEval {
  reports: number;
  char: { planted: number; found: number; falsePositives: number; missed: string[]; falses: string[] };
  usage: { planted: number; found: number; falsePositives: number; byEntry: Record<string, [number, number]> };
  /** Findings on the unmodified reports with the shipped data (both checks). */
  shipped: string[];
  /** typo.char's findings on each unmodified report against the corpus less that report. */
  leftOut: string[];
}

const around = (t: string, at: number, len = 1) => t.slice(Math.max(0, at - 10), at + len + 10).replace(/\n/g, '⏎');

/** Detection options for report `k` as if the corpus had not held it. */
function leaveOut(model: TypoModel, reports: Report[]): (k: number) => DetectOptions {
  const stats = reports.map((r) => corpusStats(r.text, model));
  const where = new Map<string, number[]>();
  const solo = new Map<string, number>();
  stats.forEach((s, k) => {
    for (const w of s.windows) where.set(w, [...(where.get(w) ?? []), k]);
    for (const [c, n] of s.solo) solo.set(c, (solo.get(c) ?? 0) + n);
  });
  const logN = Math.log(reports.reduce((a, r) => a + r.text.length, 0));
  const priors = process.env.EVAL_TYPO_PRIORS?.split(',').map(Number) as [number, number, number] | undefined;
  return (k) => ({
    priors,
    allowed: (w) => !!where.get(w)?.some((o) => o !== k),
    soloLp: (c) => Math.log(Math.max(0, (solo.get(c) ?? 0) - (stats[k].solo.get(c) ?? 0)) + 0.5) - logN,
  });
}

const parse = (name: string, text: string) => parseReport(new TextDoc(`file:///eval/${name}`, text));

/** Is `w` a word typo.char may propose (a common one)? */
const isTarget = (m: TypoModel, w: string) =>
  w.length >= 2 && w.length <= 4 && /^[\u4e00-\u9fff]+$/.test(w) && !!m.fillsAt(w, 0, w.length, 0)?.includes(w);

function plantChars(m: TypoModel, reports: Report[], opts: (k: number) => DetectOptions, n: number, r: () => number) {
  const out = { planted: 0, found: 0, falsePositives: 0, missed: [] as string[], falses: [] as string[] };
  const pool = [...m.known].filter((c) => !/[零一二三四五六七八九十百千万亿两〇○]/.test(c));
  for (let tries = 0; out.planted < n && tries < n * 100; tries++) {
    const k = Math.floor(r() * reports.length);
    const model = parse(reports[k].name, reports[k].text);
    const lines = textLines(model).filter(
      (l) => model.roles[l.index] === 'body' && !l.map && /[\u4e00-\u9fff]{10}/.test(l.text),
    );
    if (!lines.length) continue;
    const line = lines[Math.floor(r() * lines.length)];
    const p = Math.floor(r() * line.text.length);
    let word: { s: number; L: number } | undefined;
    for (let L = 4; L >= 2 && !word; L--)
      for (let s = p - L + 1; s <= p && !word; s++)
        if (s >= 0 && isTarget(m, line.text.slice(s, s + L))) word = { s, L };
    if (!word) continue;
    const c = line.text[p];
    const choices = pool.filter((d) => m.confusable(c, d));
    if (!choices.length) continue;
    const d = choices[Math.floor(r() * choices.length)];
    const planted = line.text.slice(0, p) + d + line.text.slice(p + 1);
    if (m.isWordAt(planted, word.s, word.L)) continue;
    out.planted++;
    const text = reports[k].text.slice(0, line.contentStart) + planted + reports[k].text.slice(line.contentEnd);
    const pm = parse(reports[k].name, text);
    const target = pm.lines[line.index];
    let hit = false;
    for (const { line: l, slip } of documentSlips(pm, [], (x) =>
      x.index === line.index ? detectSlips(x.text, m, opts(k)) : [],
    )) {
      if (l.index !== target.index) continue;
      if (slip.at === p) hit = true;
      else {
        out.falsePositives++;
        out.falses.push(`${slip.window}→${slip.word} …${around(planted, slip.at)}…`);
      }
    }
    if (hit) out.found++;
    else
      out.missed.push(
        `${line.text.slice(word.s, word.s + word.L)}→${planted.slice(word.s, word.s + word.L)} …${around(planted, p)}…`,
      );
  }
  return out;
}

function plantUsage(reports: Report[], perEntry: number, r: () => number) {
  const out = { planted: 0, found: 0, falsePositives: 0, byEntry: {} as Record<string, [number, number]> };
  USAGE_ENTRIES.forEach((e) => {
    // Every place a real report writes the right form: how much of real usage the entry's context covers.
    const sites: { line: string; at: number }[] = [];
    for (const rep of reports)
      for (const line of rep.text.split('\n'))
        for (let at = line.indexOf(e.right); at >= 0; at = line.indexOf(e.right, at + 1)) sites.push({ line, at });
    const key = `${e.wrong}→${e.right}`;
    const tally = (out.byEntry[key] ??= [0, 0]);
    for (let i = 0; i < perEntry && sites.length; i++) {
      const { line, at } = sites.splice(Math.floor(r() * sites.length), 1)[0];
      const planted = line.slice(0, at) + e.wrong + line.slice(at + e.right.length);
      const before = new Set(usageSlipsIn(line).map((s) => s.from));
      out.planted++;
      tally[0]++;
      for (const s of usageSlipsIn(planted)) {
        if (s.from === at && s.newText === e.right) {
          out.found++;
          tally[1]++;
        } else if (!before.has(s.from)) out.falsePositives++;
      }
    }
  });
  return out;
}

export function runTypoEval(opts: { plants?: number; perEntry?: number; seed?: number } = {}): TypoEval {
  const reports = evalReports();
  const m = typoModel();
  const loo = leaveOut(m, reports);
  const r = rng(opts.seed ?? 20261207);
  const shipped: string[] = [];
  const leftOut: string[] = [];
  const checks = ALL_CHECKS.filter((c) => c.code.startsWith('typo.'));
  reports.forEach((rep, k) => {
    const doc = new TextDoc(`file:///eval/${rep.name}`, rep.text);
    const model = parseReport(doc);
    for (const d of runChecks(model, { checks, positionAt: (o) => doc.positionAt(o) })) {
      const at = doc.offsetAt(d.range.start);
      shipped.push(`${rep.name}:${d.range.start.line + 1} ${d.code} …${around(rep.text, at)}… ${d.message}`);
    }
    for (const { line, slip } of documentSlips(model, [], (l) => detectSlips(l.text, m, loo(k))))
      leftOut.push(`${rep.name}:${line.index + 1} ${slip.window}→${slip.word} …${around(line.text, slip.at)}…`);
  });
  return {
    reports: reports.length,
    char: plantChars(m, reports, loo, opts.plants ?? 400, r),
    usage: plantUsage(reports, opts.perEntry ?? 20, r),
    shipped,
    leftOut,
  };
}
