/**
 * The real-editor harness: code-server's bundled VS Code server and web workbench, and playwright-core, installed
 * from the npm registry by the manifest in test/e2e/harness/ (its own package.json and lockfile, out of the
 * extension's dependency tree) into .vscode-test/harness/, idempotently — like @vscode/test-electron's .vscode-test
 * cache, with nothing to download from outside the registry, and no third-party packages (and their test files)
 * under test/.
 */
import { execFileSync, execSync } from 'child_process';
import { createHash } from 'crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  copyFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
} from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

const MANIFEST = join(process.cwd(), 'test', 'e2e', 'harness');
const HARNESS = join(process.cwd(), '.vscode-test', 'harness');
export const VSCODE = join(HARNESS, 'node_modules', 'code-server', 'lib', 'vscode');
const STAMP = join(HARNESS, 'node_modules', '.work-report-harness');
/**
 * The only packages of the VS Code server whose install scripts run: everything is installed with --ignore-scripts
 * and then exactly these are rebuilt. npm's allow-scripts alone is not enough: a package with a binding.gyp and no
 * install script (kerberos) still gets an implicit `node-gyp rebuild`, which needs Kerberos headers (libkrb5-dev)
 * that a fresh machine lacks. kerberos serves only proxy authentication, so it stays unbuilt.
 */
const NATIVE = [
  'node-pty',
  '@parcel/watcher',
  '@vscode/spdlog',
  'native-watchdog',
  '@vscode/deviceid',
  '@vscode/policy-watcher',
  '@vscode/sqlite3',
];
/** What @vscode/ripgrep's postinstall would download; it uses a cached archive when one is there. */
const RG_VERSION = 'v13.0.0-10';

export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (p && existsSync(p)) return p;
  throw new Error("Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
}

function log(s: string): void {
  process.stdout.write(`[e2e] ${s}\n`);
}

function which(cmd: string): string | undefined {
  try {
    return execSync(`command -v ${cmd}`, { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the system's rg where @vscode/ripgrep looks for its cached download, so its postinstall stays offline.
 * Without an rg on the PATH the editor still runs, with search disabled.
 */
function seedRipgrepCache(): boolean {
  const rg = which('rg');
  if (!rg) {
    log('ripgrep not found (apt-get install ripgrep): the editor will run without search');
    return false;
  }
  const shrinkwrap = JSON.parse(readFileSync(join(VSCODE, 'npm-shrinkwrap.json'), 'utf8'));
  const version = shrinkwrap.packages['node_modules/@vscode/ripgrep'].version;
  const cache = join(tmpdir(), `vscode-ripgrep-cache-${version}`);
  const archive = join(cache, `ripgrep-${RG_VERSION}-x86_64-unknown-linux-musl.tar.gz`);
  if (existsSync(archive)) return true;
  mkdirSync(cache, { recursive: true });
  const stage = mkdtempSync(join(tmpdir(), 'rg-stage-'));
  copyFileSync(rg, join(stage, 'rg'));
  execFileSync('tar', ['czf', archive, '-C', stage, 'rg']);
  rmSync(stage, { recursive: true, force: true });
  return true;
}

function npmrc(dir: string, withRipgrep: boolean): void {
  const nodeDir = dirname(dirname(process.execPath));
  const allowed = withRipgrep ? [...NATIVE, '@vscode/ripgrep'] : NATIVE;
  const lines = [`allow-scripts=${allowed.join(',')}`, 'yes=true', 'audit=false', 'fund=false'];
  // Build native modules against the local Node headers instead of downloading them.
  if (existsSync(join(nodeDir, 'include', 'node', 'node.h'))) lines.push(`nodedir=${nodeDir}`);
  writeFileSync(join(dir, '.npmrc'), lines.join('\n') + '\n');
}

function run(cmd: string, args: string[], cwd: string): void {
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true' },
  });
}

/** Installs a folder's dependencies without running any script, then builds exactly the named native modules. */
function installThenRebuild(dir: string, withRipgrep: boolean): void {
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], dir);
  const present = [...NATIVE, ...(withRipgrep ? ['@vscode/ripgrep'] : [])].filter((m) =>
    existsSync(join(dir, 'node_modules', m, 'package.json')),
  );
  if (present.length) run('npm', ['rebuild', '--foreground-scripts', ...present], dir);
}

/** Installs the harness when its lockfile or the Node version changed; otherwise returns at once. */
export function ensureHarness(): void {
  const lock = readFileSync(join(MANIFEST, 'package-lock.json'));
  const recipe = JSON.stringify({ NATIVE, RG_VERSION, steps: 3 }); // bump when the install steps change
  const want = createHash('sha256').update(lock).update(process.version).update(recipe).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want && existsSync(join(VSCODE, 'out', 'server-main.js')))
    return;
  const t0 = Date.now();
  log('installing the VS Code server (code-server) into .vscode-test/harness …');
  mkdirSync(HARNESS, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(MANIFEST, f), join(HARNESS, f));
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], HARNESS);
  // code-server's own postinstall installs lib/vscode's dependencies; do the same steps, offline and as root.
  const withRipgrep = seedRipgrepCache();
  npmrc(VSCODE, withRipgrep);
  installThenRebuild(VSCODE, withRipgrep);
  const asar = join(VSCODE, 'node_modules.asar');
  try {
    lstatSync(asar);
  } catch {
    symlinkSync('node_modules', asar);
  }
  const exts = join(VSCODE, 'extensions');
  npmrc(exts, withRipgrep);
  installThenRebuild(exts, withRipgrep);
  if (!existsSync(join(VSCODE, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node')))
    throw new Error('harness install incomplete: node-pty was not built (is g++ installed?)');
  writeFileSync(STAMP, want);
  log(`harness ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
