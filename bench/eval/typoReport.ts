/** The typo.* section of `npm run eval`: figures, then every finding on the unmodified reports. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { runTypoEval } from './typos';

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '–'} %)`;

export function printTypoEval(verbose: boolean): void {
  const t0 = Date.now();
  const e = runTypoEval({ plants: Number(process.env.EVAL_TYPO_PLANTS ?? 400) });
  const c = e.char;
  console.log(`\n## Wrong characters (typo.*) in ${e.reports} real reports\n`);
  console.log(
    `typo.char, sound-alike and look-alike characters planted in real paragraphs (the report left out of the corpus data): recall ${pct(c.found, c.planted)}, precision ${pct(c.found, c.found + c.falsePositives)}`,
  );
  const u = e.usage;
  console.log(
    `typo.usage, the lexicon's wrong forms put in wherever real reports write the right one: recall ${pct(u.found, u.planted)}, precision ${pct(u.found, u.found + u.falsePositives)}`,
  );
  console.log(
    `  by entry (found/planted): ${Object.entries(u.byEntry)
      .map(([k, [p, f]]) => `${k} ${f}/${p}`)
      .join(', ')}`,
  );
  console.log(`\ntypo.char on the unmodified reports, each left out of the corpus data: ${e.leftOut.length} findings`);
  for (const f of e.leftOut) console.log(`  ${f}`);
  console.log(`\ntypo.* on the unmodified reports with the shipped data: ${e.shipped.length} findings`);
  for (const f of e.shipped) console.log(`  ${f}`);
  if (verbose) {
    console.log('\n### typo.char: missed plants');
    for (const m of c.missed.slice(0, 60)) console.log(`  ${m}`);
    console.log('\n### typo.char: false findings in planted paragraphs');
    for (const m of c.falses) console.log(`  ${m}`);
  }
  writeFileSync(
    join(process.cwd(), 'bench', 'eval-typos.json'),
    JSON.stringify({ ...e, char: { ...c, missed: c.missed.length } }, null, 2),
  );
  console.log(`\n(typo.* evaluation ${((Date.now() - t0) / 1000).toFixed(1)} s; --missed lists misses)`);
}
