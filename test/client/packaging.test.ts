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
      (f) => f.endsWith('.js') && !['bench.js', 'eval.js', 'typo-data-build.js', 'learn-formulations.js'].includes(f),
    );
    assert.ok(runtime.includes('library-worker.js') && runtime.includes('server.js'), runtime.join(' '));
    for (const f of runtime) assert.ok(kept.includes(`dist/${f}`), `dist/${f} is not in the .vsix`);
    // typo.char's data, read by the server, the CLI and the library worker from beside them.
    assert.ok(kept.includes('dist/typo-data.json'), 'dist/typo-data.json is not in the .vsix');
    assert.ok(!kept.some((k) => /bench|eval|learn-|out\//.test(k)), kept.join(' '));
  });
});

describe('command ids', () => {
  it('no client command takes the id of a server command (the language client registers those itself: activation would fail)', () => {
    const protocol = readFileSync(join(ROOT, 'shared', 'protocol.ts'), 'utf8');
    const server = [...protocol.matchAll(/export const \w+_COMMAND = '([^']+)'/g)]
      .map((m) => m[1])
      .filter((id) => id !== 'workReport.revealRange'); // the one client command the server's actions name
    assert.ok(server.includes('workReport.markChecked') && server.includes('workReport.exportWordFile'));
    const client = readdirSync(join(ROOT, 'client', 'src')).flatMap((f) =>
      [...readFileSync(join(ROOT, 'client', 'src', f), 'utf8').matchAll(/registerCommand\(\s*'([^']+)'/g)].map(
        (m) => m[1],
      ),
    );
    const contributed = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.commands.map(
      (c: { command: string }) => c.command,
    );
    assert.deepStrictEqual(
      [...client, ...contributed].filter((id) => server.includes(id)),
      [],
    );
  });
});
