import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseReport, TextDoc, type ReportModel, type Section } from '../server/src/core';

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
