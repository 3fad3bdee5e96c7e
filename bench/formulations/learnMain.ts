/**
 * `npm run learn:formulations`: learns term.formulation's lexicon from the seeds and the corpus and writes it to
 * server/src/core/checks/formulations.json, with how it was made. `--loo` also estimates the false alarms on a
 * report the lexicon has not seen: each text checked with a lexicon learned from all the others.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { compile, slipsWith } from '../../server/src/core/checks/termFormulation';
import { corpusTexts } from './corpus';
import { learn, variantsOf } from './learn';

const t0 = Date.now();
const texts = corpusTexts();
const lex = learn(texts);
const { stats } = lex;
const members = lex.numbered.filter((n) => n.members);
const about =
  `Learned by bench/formulations/learnMain.ts (npm run learn:formulations) from ${texts.length} texts: the seeds and ` +
  `the corpus of ../shared (88 政府工作报告 1954–2026, the 2014–2018 noisy scrapes counted once; SOURCES.md). ` +
  `numbered: quoted forms opening on a count word in two texts or more and verbatim in four or more, and the ` +
  `formulations of documents.ts; \`reports\` the texts each occurs in, \`counted\` where no other count of it occurs in ` +
  `the corpus (then 二个维护 is read as 两个维护); members (${members.length} formulations) from documents.ts where the ` +
  `corpus names but never lists them, \`listed\` the texts that list them, \`memberReports\` the texts each member occurs in, ` +
  `\`orders\` other orders the corpus writes them in. phrases: ${stats.strict} strict ones from documents.ts, and ` +
  `${stats.learned} learned — runs of 7+ characters recurring verbatim in 3 texts (a tenth where an era has more) of ` +
  `one era (the terms between party congresses) that end on a formulation's head word (思想, 主义, 理念, 制度, 战略…) and ` +
  `do not open on a verb; ${stats.mined} were mined, ${stats.dropped} dropped because two texts of their own years ` +
  `vary them by one character. \`variants\` (${stats.variants}): wordings one edit away that two texts or more used, ` +
  `with their years: no slip in those years (±2). others: formulations of their own, never a slip.`;
const { stats: _s, ...rest } = lex;
void _s;
writeFileSync(
  join(process.cwd(), 'server', 'src', 'core', 'checks', 'formulations.json'),
  JSON.stringify({ about, ...rest }, null, 2) + '\n',
);
console.log(about);
console.log(
  `\nnumbered ${lex.numbered.length} (${lex.numbered.filter((n) => n.counted).length} matched on count words):`,
);
for (const n of lex.numbered)
  console.log(
    `  ${n.form} ${n.reports}${n.counted ? ' counted' : ''}${n.members ? ` members ${n.members.join('、')} listed ${n.listed}` : ''}`,
  );
// One text's variants: the slips the check reports on the corpus itself.
const once = variantsOf(texts, lex.phrases);
console.log('\nvariants in one text only (flagged by the check where outside a recorded wording):');
for (const [form, vs] of once)
  for (const [v, ts] of vs) if (ts.size === 1) console.log(`  ${v} ← ${form} (${[...ts][0].name})`);
if (process.argv.includes('--loo')) {
  let total = 0;
  for (const held of texts) {
    const f = compile(learn(texts.filter((t) => t !== held)));
    const found = slipsWith(f, held.text, held.year);
    total += found.length;
    for (const s of found) console.log(`  LOO ${held.name}: ${s.message?.zh}`);
  }
  console.log(
    `\nleave-one-out: ${total} findings on ${texts.length} texts each checked with a lexicon learned without it`,
  );
}
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
