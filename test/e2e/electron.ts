/**
 * `npm run test:electron`: the same extension suite under @vscode/test-electron, for machines that can download
 * VS Code from Microsoft's update server (this one cannot: use `npm run test:e2e`).
 */
import { mkdtempSync, cpSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = process.cwd();
  const workspace = mkdtempSync(join(tmpdir(), 'work-report-ws-'));
  for (const f of readdirSync(join(root, 'seeds'))) cpSync(join(root, 'seeds', f), join(workspace, f));
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
