import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';

describe('work-report --version', () => {
  it("prints package.json's version (set at build, written nowhere else)", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), flag], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, `${version}\n`);
    }
  });

  it('is the version the tests were built with', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(WORK_REPORT_VERSION, version);
  });
});
