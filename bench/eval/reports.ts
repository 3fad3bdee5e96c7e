/**
 * The real reports the evaluation plants slips in: the seeds and the corpus, read from ../shared beside the checkout,
 * else from the copies the tests keep in test/fixtures (a clone alone).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

export interface Report {
  name: string;
  text: string;
}

const BESIDE = join(process.cwd(), '..', 'shared');
/** The repository's own copies: what the tests read, so that a clone alone gives the same figures. */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures');
/** What `npm run eval` reads: ../shared when it is beside the checkout, else the fixtures. */
export const SHARED = existsSync(join(BESIDE, 'corpus')) ? BESIDE : FIXTURES;

export function evalReports(root = SHARED): Report[] {
  const out: Report[] = [];
  const add = (dir: string, prefix: string) => {
    try {
      for (const f of readdirSync(dir).sort())
        if (f.endsWith('.txt')) out.push({ name: `${prefix}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    } catch {
      /* not there */
    }
  };
  add(join(root, 'seeds'), 'seeds');
  try {
    for (const sub of readdirSync(join(root, 'corpus')).sort())
      if (statSync(join(root, 'corpus', sub)).isDirectory()) add(join(root, 'corpus', sub), `corpus/${sub}`);
  } catch {
    /* no corpus */
  }
  return out;
}
