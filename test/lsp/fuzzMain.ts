/** `npm run fuzz [edits] [seed]`: the long incremental == full run. */
import { fuzz } from './fuzz';

const edits = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 100_000);
const t0 = Date.now();
console.log(`fuzz: ${edits} edits, seed ${seed}`);
fuzz(seed, edits, 10, (s) => console.log(s)).then(
  (n) => {
    console.log(`fuzz: ${n} edits, no mismatch (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  },
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
