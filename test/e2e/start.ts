/**
 * `npm start`: the seed reports in a real VS Code with the extension loaded. Uses `code` when it is on the PATH;
 * otherwise the harness's VS Code server on 127.0.0.1, and prints the address to open in a browser. The editor's
 * state and a working copy of seeds/ are kept in .vscode-test/start between runs.
 */
import { execSync, spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ensureHarness } from './harness';
import { isolatedEnv, makeRunDirs, startVsCodeServer } from './processes';

const ROOT = process.cwd();

function onPath(cmd: string): boolean {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const d = makeRunDirs(join(ROOT, '.vscode-test', 'start'));
  for (const f of readdirSync(join(ROOT, 'seeds'))) {
    if (f.endsWith('.txt') && !existsSync(join(d.workspace, f)))
      copyFileSync(join(ROOT, 'seeds', f), join(d.workspace, f));
  }
  const settings = join(d.workspace, '.vscode', 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(join(d.workspace, '.vscode'), { recursive: true });
    // The working copy lives inside this repository's folder: keep VS Code from offering to open that repository.
    writeFileSync(
      settings,
      JSON.stringify({ 'git.openRepositoryInParentFolders': 'never', 'telemetry.telemetryLevel': 'off' }, null, 2),
    );
  }
  if (onPath('code') && !process.env.WORK_REPORT_SERVER) {
    console.log(`打开 VS Code / opening VS Code: ${d.workspace}`);
    spawn('code', [`--extensionDevelopmentPath=${ROOT}`, d.workspace], { stdio: 'inherit' });
    return;
  }
  ensureHarness();
  const server = await startVsCodeServer(d, isolatedEnv(d));
  const payload = encodeURIComponent(
    JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${ROOT}`]]),
  );
  const url = `${server.origin}/?folder=${encodeURIComponent(d.workspace)}&payload=${payload}`;
  console.log('\n工作报告助手已在 VS Code 中加载。请在浏览器中打开 / The extension is loaded; open in a browser:\n');
  console.log(`  ${url}\n`);
  console.log(
    '（只监听 127.0.0.1；远程机器上请先做端口转发 / listens on 127.0.0.1 only: forward the port from a remote machine）',
  );
  console.log('按 Ctrl+C 停止 / press Ctrl+C to stop.');
  const stop = () => {
    void server.managed.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.managed.proc.once('exit', (code) => {
    console.error(`VS Code server exited (${code}); log: ${join(d.root, 'vscode-server.log')}`);
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
