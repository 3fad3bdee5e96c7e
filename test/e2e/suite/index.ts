/**
 * The extension test suite's entry, in the shape @vscode/test-electron and the web workbench both call:
 * `run()` inside the real extension host. Results also go to $WORK_REPORT_E2E_REPORT (a JSON file), since the
 * extension host's console is not the runner's.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  const results: { title: string; state: string; error?: string; ms?: number }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.WORK_REPORT_E2E_REPORT;
      if (file) writeFileSync(file, JSON.stringify({ failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err) =>
      results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }),
    );
  });
}
