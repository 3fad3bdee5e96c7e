/**
 * A second real client nobody here wrote: Debian's Emacs 28 with elpa-eglot 1.9 (installed by .ci/run), in batch
 * mode, with docs/editors.md's eglot configuration as written. eglot cannot pull: the findings arrive pushed, into
 * flymake, with their codes.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { docsClientSetup, ROOT } from '../helpers';

describe("Emacs eglot (batch) with docs/editors.md's configuration", function () {
  this.timeout(60000);
  it('opens a report in work-report-mode, connects the server and shows its findings in flymake', () => {
    const { dir, init, file } = docsClientSetup(/```elisp\n([\s\S]*?)```/, 'init.el', 'wr-emacs-');
    const out = join(dir, 'out.txt');
    const r = spawnSync('emacs', ['--batch', '-q', '-l', join(ROOT, 'test', 'lsp', 'emacs', 'driver.el')], {
      encoding: 'utf8',
      timeout: 50000,
      cwd: dir,
      env: { ...process.env, HOME: dir, WR_INIT: init, WR_FILE: file, WR_OUT: out },
    });
    assert.strictEqual(r.error, undefined, "Debian's emacs-nox and elpa-eglot are needed (.ci/run installs them)");
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.strictEqual(lines[0], 'mode=work-report-mode server=t n=15', r.stderr.slice(-500));
    const codes = new Set(lines.slice(1).map((l) => /\[([\w.-]+)\]/.exec(l)?.[1]));
    assert.deepStrictEqual([...codes].sort(), [
      'norm.number',
      'norm.punctuation',
      'numbering.gap',
      'numbering.order',
      'numbering.repeat',
      'repeat.paragraph',
      'repeat.section',
      'repeat.sentence',
    ]);
    assert.ok(
      lines.some((l) => l.startsWith('78 ') && l.includes('[repeat.paragraph]')),
      'the repeated paragraph on its line (1-based 78)',
    );
  });
});
