/** Starts and stops the processes of an end-to-end run: the VS Code server and Chromium, each in its own process group. */
import { spawn, type ChildProcess } from 'child_process';
import { mkdirSync, openSync, closeSync } from 'fs';
import { createServer } from 'net';
import { join } from 'path';
import { chromiumPath, VSCODE } from './harness';

export interface RunDirs {
  root: string;
  home: string;
  tmp: string;
  serverData: string;
  userData: string;
  extensions: string;
  workspace: string;
  chrome: string;
  shots: string;
}

export function makeRunDirs(root: string): RunDirs {
  const d: RunDirs = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    serverData: join(root, 'server-data'),
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    workspace: join(root, 'workspace'),
    chrome: join(root, 'chrome'),
    shots: join(root, 'screenshots'),
  };
  for (const p of Object.values(d)) mkdirSync(p, { recursive: true });
  return d;
}

/** Everything the server and the browser would write under the home folder goes into the run's own folder. */
export function isolatedEnv(d: RunDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: d.home,
    TMPDIR: d.tmp,
    XDG_CONFIG_HOME: join(d.home, '.config'),
    XDG_DATA_HOME: join(d.home, '.local', 'share'),
    XDG_CACHE_HOME: join(d.home, '.cache'),
    XDG_RUNTIME_DIR: d.tmp,
    VSCODE_CLI_DATA_DIR: join(d.home, '.vscode-cli'),
    ...extra,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function poll<T>(what: string, fn: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A child started in its own process group, stopped with its descendants by PID. */
export class Managed {
  constructor(
    readonly name: string,
    readonly proc: ChildProcess,
  ) {}
  get pid(): number {
    return this.proc.pid!;
  }
  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    try {
      process.kill(-this.pid, 'SIGTERM');
    } catch {
      return;
    }
    const done = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 5000)),
    ]);
    if (!done) {
      try {
        process.kill(-this.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await exited;
    }
  }
}

export function spawnLogged(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Managed {
  const fd = openSync(logFile, 'a');
  const proc = spawn(cmd, args, { env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return new Managed(name, proc);
}

export interface VsCodeServer {
  managed: Managed;
  port: number;
  origin: string;
}

export async function startVsCodeServer(
  d: RunDirs,
  env: NodeJS.ProcessEnv,
  extra: string[] = [],
): Promise<VsCodeServer> {
  const port = await freePort();
  const managed = spawnLogged(
    'vscode-server',
    process.execPath,
    [
      join(VSCODE, 'out', 'server-main.js'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--disable-workspace-trust',
      '--disable-telemetry',
      '--server-data-dir',
      d.serverData,
      '--user-data-dir',
      d.userData,
      '--extensions-dir',
      d.extensions,
      ...extra,
    ],
    env,
    join(d.root, 'vscode-server.log'),
  );
  const origin = `http://127.0.0.1:${port}`;
  await poll('the VS Code server', async () => ((await fetch(origin + '/')).ok ? true : undefined), 30_000);
  return { managed, port, origin };
}

/** Runs the server's CLI once (e.g. --install-extension) and waits for it to finish. */
export function vsCodeServerCli(d: RunDirs, env: NodeJS.ProcessEnv, args: string[]): Promise<number> {
  const m = spawnLogged(
    'vscode-cli',
    process.execPath,
    [
      join(VSCODE, 'out', 'server-main.js'),
      '--server-data-dir',
      d.serverData,
      '--user-data-dir',
      d.userData,
      '--extensions-dir',
      d.extensions,
      '--accept-server-license-terms',
      ...args,
    ],
    env,
    join(d.root, 'vscode-cli.log'),
  );
  return new Promise((resolve) => m.proc.once('exit', (code) => resolve(code ?? 1)));
}

export interface Browser {
  managed: Managed;
  wsEndpoint: string;
}

/** Debian's Chromium, headless, with a fresh profile; its DevTools endpoint is read from its own output. */
export async function startChromium(d: RunDirs, env: NodeJS.ProcessEnv): Promise<Browser> {
  const logFile = join(d.root, `chromium-${Date.now()}.log`);
  const managed = spawnLogged(
    'chromium',
    chromiumPath(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${d.chrome}`,
      '--window-size=1400,900',
      '--lang=zh-CN',
      'about:blank',
    ],
    env,
    logFile,
  );
  const { readFileSync } = await import('fs');
  const wsEndpoint = await poll(
    "Chromium's DevTools endpoint",
    async () => /DevTools listening on (ws:\/\/\S+)/.exec(readFileSync(logFile, 'utf8'))?.[1],
    30_000,
  );
  return { managed, wsEndpoint };
}
