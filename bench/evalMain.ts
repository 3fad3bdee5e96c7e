/** `npm run eval`: recall per family on planted slips, and false alarms on the unmodified reports. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { runConsecutive } from './eval/consecutive';
import { runRestatements } from './eval/restatements';
import { FAMILIES, runEval } from './eval/run';
import { whyMissed } from './eval/why';
import { printTypoEval } from './eval/typoReport';

const t0 = Date.now();
if (!process.env.EVAL_ONLY || process.env.EVAL_ONLY === 'typos') printTypoEval(process.argv.includes('--missed'));
if (process.env.EVAL_ONLY === 'typos') process.exit(0);
// The headline figure for figure.conflict: restatements as real reports word them, either side changed.
const natural = runRestatements();
if (natural) {
  console.log(`\n## Figures real reports state twice (${natural.file}: ${natural.pairs} pairs), either side changed\n`);
  console.log(
    `figure.conflict found ${natural.found} of ${natural.cases} (${((100 * natural.found) / natural.cases).toFixed(1)} %)`,
  );
  if (process.argv.includes('--missed'))
    for (const m of natural.missed) console.log(`  [${m.metric}, side ${m.side}] ${m.report}: …${m.context}…`);
} else console.log('\n(no ../shared/figures/restatements-dev.json: the natural figure pairs are not measured)');
// The headline figure for stale.figure: last year's figure put back into this year's report, as matched by reading.
const consecutive = runConsecutive();
console.log(
  `\n## Last year's figure left in this year's report (bench/eval/consecutive-figures.json: ${consecutive.pairs} pairs of consecutive national reports)\n`,
);
const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '–'} %)`;
console.log(`stale.figure found ${pct(consecutive.found, consecutive.pairs)}`);
console.log(
  `  same wording and unit: ${pct(...consecutive.byWording.same)}; wording or unit changed: ${pct(...consecutive.byWording.changed)}`,
);
console.log(
  `  findings on the unmodified reports (figures that really stayed the same, or matched wrongly): ${consecutive.unmodified.map((u) => `${u.report.slice(-17, -13)} ${u.findings}`).join(', ')}`,
);
if (process.argv.includes('--missed'))
  for (const m of consecutive.missed) console.log(`  [${m.metric}] ${m.report}: …${m.context}…`);
if (process.env.EVAL_ONLY === 'restatements' || process.env.EVAL_ONLY === 'natural') process.exit(0);
const r = runEval({ perReport: Number(process.env.EVAL_PER_REPORT ?? 6) });
// Template plants: sentences written by rules of our own. They guard the checks against regressions; they are not
// the figure.conflict recall (the natural pairs above are).
console.log(`\n## Planted slips in ${r.reports} real reports (seeds + corpus), written from templates\n`);
console.log('| family | planted | found | recall |');
console.log('|---|---:|---:|---:|');
for (const f of FAMILIES)
  console.log(
    `| ${f} | ${r.families[f].planted} | ${r.families[f].found} | ${(100 * r.families[f].recall).toFixed(1)} % |`,
  );
for (const f of ['term.formulation', 'norm.number'] as const) {
  console.log(`\n### ${f} by planting rule (real occurrences altered)\n`);
  console.log('| rule | planted | found |');
  console.log('|---|---:|---:|');
  for (const [rule, [n, k]] of Object.entries(r.rules[f] ?? {})) console.log(`| ${rule} | ${n} | ${k} |`);
}
console.log(`\n### term.formulation and norm.number on the unmodified reports: ${r.wording.length} findings\n`);
for (const w of r.wording) console.log(`  ${w.report}:${w.line} ${w.code} «${w.text}» ${w.message.slice(0, 80)}`);
console.log(`\nfalse alarms on the unmodified reports: ${r.falseAlarms.length}`);
for (const a of r.falseAlarms.slice(0, 40)) console.log(`  ${a.report}:${a.line} ${a.code} ${a.message}`);
const verbose = process.argv.includes('--missed');
for (const f of FAMILIES) {
  if (!verbose) break;
  console.log(`\n### missed: ${f}`);
  for (const m of r.families[f].missed.slice(0, 40)) console.log(`  [${m.rule}] ${m.report}: …${m.context}…`);
}
if (process.argv.includes('--why')) {
  console.log('\n### why figure.conflict plants were missed');
  for (const [why, list] of [...whyMissed(r.missedPlants.filter((p) => p.family === 'figure.conflict'))].sort(
    (a, b) => b[1].length - a[1].length,
  )) {
    console.log(`  ${list.length} × ${why}`);
    for (const l of list.slice(0, 4)) console.log(`      ${l}`);
  }
}
writeFileSync(
  join(process.cwd(), 'bench', 'eval-results.json'),
  JSON.stringify({ ...r, missedPlants: undefined }, null, 2),
);
console.log(
  `\n(${((Date.now() - t0) / 1000).toFixed(1)} s; details in bench/eval-results.json${verbose ? '' : '; --missed lists misses'})`,
);
