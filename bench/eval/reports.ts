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
export const SHARED = existsSync(join(BESIDE, 'corpus')) ? BESIDE : join(process.cwd(), 'test', 'fixtures');

export function evalReports(): Report[] {
  const out: Report[] = [];
  const add = (dir: string, prefix: string) => {
    try {
      for (const f of readdirSync(dir).sort())
        if (f.endsWith('.txt')) out.push({ name: `${prefix}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    } catch {
      /* not there */
    }
  };
  add(join(SHARED, 'seeds'), 'seeds');
  try {
    for (const sub of readdirSync(join(SHARED, 'corpus')).sort())
      if (statSync(join(SHARED, 'corpus', sub)).isDirectory()) add(join(SHARED, 'corpus', sub), `corpus/${sub}`);
  } catch {
    /* no corpus */
  }
  return out;
}
