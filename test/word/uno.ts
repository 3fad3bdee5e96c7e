/**
 * LibreOffice driven through its own API (Debian's python3-uno, installed by .ci/run), for tests that need Word
 * files made by a real producer: test/word/uno/review.py makes reviewers' returned copies (comments and tracked
 * changes). Debian's python3 has the `uno` module; a python3 of pyenv or a virtualenv first on PATH does not.
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';

let found: string | null | undefined;

/** The first python3 that imports `uno`, or undefined when python3-uno is not installed. */
export function unoPython(): string | undefined {
  if (found === undefined) {
    found = null;
    for (const py of ['/usr/bin/python3', 'python3']) {
      const r = spawnSync(py, ['-c', 'import uno'], { encoding: 'utf8', timeout: 30_000 });
      if (r.status === 0) {
        found = py;
        break;
      }
    }
  }
  return found ?? undefined;
}

export const NO_UNO =
  'python3-uno is not installed (apt-get install python3-uno; .ci/run installs it): LibreOffice cannot make the reviewers’ copies';

export interface ReviewerSpec {
  output: string;
  author: string;
  date?: string;
  comments?: { find: string; text: string }[];
  insertions?: { after: string; text: string }[];
  deletions?: { find: string }[];
  replacements?: { find: string; text: string }[];
}

/** Makes the reviewers' copies of `input` with LibreOffice; throws with soffice's or the script's reason. */
export function makeReviewedCopies(dir: string, input: string, reviewers: ReviewerSpec[]): string[] {
  const py = unoPython();
  if (!py) throw new Error(NO_UNO);
  const spec = join(dir, 'review-spec.json');
  writeFileSync(spec, JSON.stringify({ input, profile: join(dir, 'lo-profile'), reviewers }));
  const r = spawnSync(py, [join(ROOT, 'test', 'word', 'uno', 'review.py'), spec], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.error || r.status !== 0) throw new Error(`review.py: ${r.error?.message ?? r.stderr}`);
  return reviewers.map((x) => x.output);
}
