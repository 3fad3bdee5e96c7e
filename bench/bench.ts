/**
 * `npm run bench`: the core's cost per report. Each figure is the median of repeated runs; the ratio compares
 * it with a baseline measured in the same process (one pass that splits lines and folds every character,
 * the least any analysis must do), so the machine's speed and noise largely cancel.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { comparisonKey } from '../server/src/core/text/chars';
import { parseReport, runChecks, TextDoc } from '../server/src/core';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

function analyse(name: string, text: string): number {
  const doc = new TextDoc(name, text);
  const model = parseReport(doc);
  return runChecks(model, { positionAt: (o) => doc.positionAt(o) }).length + model.flat.length;
}

function baseline(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += comparisonKey(line).length;
  return n;
}

const here = process.cwd();
const seedsDir = join(here, 'seeds');
const corpusDir = join(here, '..', 'shared', 'corpus');
const inputs: { name: string; text: string }[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: `seeds/${f}`, text: readFileSync(join(seedsDir, f), 'utf8') }));

let largest: { name: string; text: string } | undefined;
try {
  for (const sub of readdirSync(corpusDir)) {
    const dir = join(corpusDir, sub);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (!largest || text.length > largest.text.length) largest = { name: `corpus/${sub}/${f}`, text };
    }
  }
} catch {
  console.log('(../shared/corpus not found: corpus row skipped)');
}
if (largest) inputs.push(largest);

const rows = inputs.map(({ name, text }) => {
  const full = time(() => analyse(name, text));
  const parse = time(() => parseReport(new TextDoc(name, text)));
  const base = time(() => baseline(text));
  return { input: name, chars: text.length, parseMs: +parse.toFixed(3), parseAndCheckMs: +full.toFixed(3), baselineMs: +base.toFixed(3), ratio: +(full / base).toFixed(1) };
});

console.log(`core: parse + all checks per report (median of ${RUNS} runs after ${WARMUP} warm-up)\n`);
console.log('| input | chars | parse ms | parse+checks ms | baseline ms | ×baseline |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.input} | ${r.chars} | ${r.parseMs.toFixed(3)} | ${r.parseAndCheckMs.toFixed(3)} | ${r.baselineMs.toFixed(3)} | ${r.ratio} |`);
writeFileSync(join(here, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, rows }, null, 2));
console.log('\nwritten: bench/results.json');
