import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as assert from 'assert';
import {
  ALL_CHECKS,
  applyEdits,
  diffChars,
  LibraryIndex,
  libraryEntry,
  parseReport,
  renumberDocument,
  runChecks,
  TextDoc,
  textsInMemory,
  type ReportDiagnostic,
  type ReportModel,
  type RunOptions,
  type Section,
  lastYearReports,
} from '../server/src/core';

/** The project root (tests run from it, via npm). */
export const ROOT = process.cwd();
/**
 * The real reports the tests read: the five seeds as the team received them (000–004, with the line numbers the
 * tests name) and the 88 corpus reports with their SOURCES.md — copies of ../shared/seeds and ../shared/corpus kept
 * as test fixtures, so that a clone alone passes its tests. Official documents: never in the .vsix.
 */
export const SHARED = join(ROOT, 'test', 'fixtures');
export const SHARED_SEEDS = join(SHARED, 'seeds');
export const CORPUS = join(SHARED, 'corpus');

/** The path of the shared seed whose file name starts with `prefix` ('000' … '004'). */
export function sharedSeedPath(prefix: string): string {
  const f = readdirSync(SHARED_SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!f) throw new Error(`seed ${prefix} not found in ${SHARED_SEEDS}`);
  return join(SHARED_SEEDS, f);
}

export function sharedSeed(prefix: string): string {
  return readFileSync(sharedSeedPath(prefix), 'utf8');
}

export function shippedSeeds(): { name: string; text: string }[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function corpusFiles(sub: string): { name: string; text: string }[] {
  const dir = join(CORPUS, sub);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function parse(text: string, uri = 'file:///test/工作报告.txt'): ReportModel {
  return parseReport(new TextDoc(uri, text));
}

/** One line per entry: indentation for depth, then `line kind number title`. */
export function outlineLines(model: ReportModel): string[] {
  const out: string[] = [];
  const visit = (s: Section, depth: number) => {
    out.push(`${'  '.repeat(depth)}${s.line} ${s.kind} ${s.number ?? '-'} ${s.title}`);
    s.children.forEach((c) => visit(c, depth + 1));
  };
  model.sections.forEach((s) => visit(s, 0));
  return out;
}

/** Deterministic random numbers (mulberry32), so every failure of a randomised test can be replayed. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An editor configuration block of docs/editors.md (matched by `block`, its code in group 1), written as the client's
 * init file with the project's real path, beside seed 000 as a report to open: how a user sets the editor up.
 */
export function docsClientSetup(
  block: RegExp,
  initName: string,
  prefix: string,
): { dir: string; init: string; file: string } {
  const m = block.exec(readFileSync(join(ROOT, 'docs', 'editors.md'), 'utf8'));
  if (!m) throw new Error(`docs/editors.md has no block ${block}`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const init = join(dir, initName);
  writeFileSync(init, m[1].replace('/path/to/work-report', ROOT));
  const file = join(dir, '2022-株洲市人大常委会工作报告.txt');
  writeFileSync(file, sharedSeed('000'));
  return { dir, init, file };
}

/** Findings other than the official-document norms (norm.*, term.*), which real seeds have plenty of (half-width commas). */
export function beyondNorms<T extends { code: string }>(items: T[]): T[] {
  return items.filter((d) => !/^(norm|term)\./.test(d.code));
}

/** Code actions other than the norms' fix-all source actions. */
export function beyondFixAll<T extends { kind?: string }>(actions: T[]): T[] {
  return actions.filter((a) => !a.kind?.startsWith('source.fixAll.workReport'));
}

/** Every real report the tests read: the five seeds, the shipped seeds and the 88 corpus reports (93 + shipped). */
export function realReports(): { name: string; text: string }[] {
  return [
    ...['000', '001', '002', '003', '004'].map((p) => ({ name: `seed ${p}`, text: sharedSeed(p) })),
    ...shippedSeeds().map((s) => ({ name: `seeds/${s.name}`, text: s.text })),
    ...['provincial_gwr_2026', 'wikisource_national_gwr', 'noisy_scrape_national_gwr'].flatMap((sub) =>
      corpusFiles(sub).map((f) => ({ name: `${sub}/${f.name}`, text: f.text })),
    ),
  ];
}

/**
 * The reports without a planted fault: seeds 001–004, the shipped seeds but 2022 Zhuzhou (seed 000's faults), and
 * the 31 provincial reports of 2026.
 */
export function cleanReports(): { name: string; text: string }[] {
  return realReports().filter((r) => /^(seed 00[1-4]|seeds\/(?!2022-株洲)|provincial_gwr_2026\/)/.test(r.name));
}

/** One corpus report by `set/file name`. */
export function corpusReport(name: string): string {
  const [sub, file] = name.split('/');
  const f = corpusFiles(sub).find((x) => x.name === file);
  if (!f) throw new Error(`${name} not in the corpus`);
  return f.text;
}

export interface CheckOptions extends Omit<RunOptions, 'positionAt' | 'checks'> {
  /** The checks to run: one code, or the codes a pattern matches (default: every check). */
  only?: string | RegExp;
  uri?: string;
}

/** The findings on `text`, through the real parser and the real runner. */
export function check(text: string, opts: CheckOptions = {}): ReportDiagnostic[] {
  const { only, uri = 'file:///draft/工作报告.txt', ...run } = opts;
  const doc = new TextDoc(uri, text);
  const checks =
    only === undefined
      ? ALL_CHECKS
      : ALL_CHECKS.filter((c) => (typeof only === 'string' ? c.code === only : only.test(c.code)));
  return runChecks(parse(text, uri), { ...run, checks, positionAt: (o) => doc.positionAt(o) });
}

/** `line code` of each finding (lines from 0, as in the LSP). */
export const codes = (ds: ReportDiagnostic[]) => ds.map((d) => `${d.range.start.line} ${d.code}`);

/** A draft with a title block, so the lines below (from line 6) are body text. */
export const draft = (...body: string[]) =>
  [
    '某市人民代表大会常务委员会工作报告',
    '',
    '——2024年1月10日在某市第十七届人民代表大会第三次会议上',
    '',
    '各位代表：',
    '',
    ...body,
  ].join('\n') + '\n';

/** `text` with the first `from` replaced by `to` (a slip planted in a real report), asserting it was there. */
export function plant(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `not in the text: ${from}`);
  return text.replace(from, to);
}

/** Appends a sentence to the paragraph on the first line containing `anchor`. */
export function appendTo(text: string, anchor: string, sentence: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(anchor));
  assert.ok(i >= 0, anchor);
  lines[i] += sentence;
  return lines.join('\n');
}

/** The whole document renumbered. */
export const renumber = (text: string) => applyEdits(text, renumberDocument(parse(text)));

/** Characters a renumber may touch: numerals, brackets, separators. */
const MARKER_CHARS = /^[零〇一二两三四五六七八九十百0-9０-９（）()、．.\s]*$/;

/** Asserts that `after` differs from `before` only in marker characters, line by line (renumbering keeps lines). */
export function onlyMarkersChanged(before: string, after: string, where = ''): void {
  const a = before.split('\n'),
    b = after.split('\n');
  assert.strictEqual(b.length, a.length, `${where} line count`);
  a.forEach((line, i) => {
    if (line === b[i]) return;
    for (const op of diffChars(line, b[i]))
      if (op.op !== 'equal') assert.match(op.text, MARKER_CHARS, `${where} line ${i}: changed “${op.text}”`);
  });
}

/** The shipped seeds as a library of past reports (file:///seeds/…). */
export function seedLibrary(): LibraryIndex {
  const texts = new Map(shippedSeeds().map((s) => [`file:///seeds/${s.name}`, s.text]));
  const lib = new LibraryIndex(textsInMemory(texts));
  lib.setEntries(
    shippedSeeds().map((s) =>
      libraryEntry(parseReport(new TextDoc(`file:///seeds/${s.name}`, s.text)), `file:///seeds/${s.name}`, s.name),
    ),
  );
  return lib;
}

/** The seed library, and a draft made from the 2019 Zhuzhou report edited into a 2020 report. */
export function zhuzhouLibrary() {
  const lib = seedLibrary();
  const base = shippedSeeds().find((s) => s.name.startsWith('2019-株洲'))!.text;
  const edited = base
    .split('\n')
    .map((l) => {
      if (l.startsWith('刚刚过去的一年'))
        return l.replace(
          '刚刚过去的一年,是新中国成立70周年',
          '刚刚过去的一年,是全面建成小康社会和“十三五”规划收官之年',
        );
      if (/——2019年/.test(l)) return l.replace('2019年', '2020年');
      return l;
    })
    .join('\n')
    .replace(
      '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
      '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
    )
    .replace('主任会议16次', '主任会议18次');
  const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
  const texts = new Map(shippedSeeds().map((s) => [`file:///seeds/${s.name}`, s.text]));
  const lastYear = lastYearReports(lib, (u) => texts.get(u));
  return { lib, model: parseReport(new TextDoc(uri, edited)), uri, lastYear: (m: ReportModel) => lastYear(m, uri) };
}

/** 各位代表，过去的一年… opens the review, its chapters follow; no part titles. */
export const NO_PART_TITLES = [
  '市人大常委会工作报告',
  '——2024年1月10日在某市第十六届人民代表大会第四次会议上',
  '',
  '各位代表：',
  '',
  '各位代表，过去的一年，常委会依法履职，主要做了以下工作。',
  '',
  '一、坚持依法立法',
  '',
  '2023年，常委会制定法规3件。',
  '',
  '二、坚持依法监督',
  '',
  '2023年，常委会听取报告12个。',
  '',
].join('\n');

/** Last year's report as the stale.* checks get it from a library (the library's own matching aside). */
export function lastYearReport(text: string, year?: number) {
  const model = parse(text, 'file:///library/last-year.txt');
  return () => ({ model, uri: 'file:///library/last-year.txt', ...(year !== undefined ? { year } : {}) });
}

/** A report of the place with its subtitle: reviewing `year`, given the next January at session `session`. */
export const placeReport = (year: number, session: string, ...body: string[]) =>
  [
    '株洲市人民代表大会常务委员会工作报告',
    `——${year + 1}年1月10日在株洲市第十六届人民代表大会${session}上`,
    '各位代表：',
    ...body,
    '',
  ].join('\n');
