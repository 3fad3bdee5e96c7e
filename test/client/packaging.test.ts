import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';

/** .vscodeignore's `!path` lines: what the .vsix carries. */
function packaged(): string[] {
  return readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1).trim());
}

describe('the .vsix', () => {
  it('carries every bundle the extension loads at run time (a missing worker would fall back in silence)', () => {
    const kept = packaged();
    const runtime = readdirSync(join(ROOT, 'dist')).filter(
      (f) => f.endsWith('.js') && !['bench.js', 'eval.js'].includes(f),
    );
    assert.ok(runtime.includes('library-worker.js') && runtime.includes('server.js'), runtime.join(' '));
    for (const f of runtime) assert.ok(kept.includes(`dist/${f}`), `dist/${f} is not in the .vsix`);
    assert.ok(!kept.some((k) => /bench|eval|out\//.test(k)), kept.join(' '));
  });
});
