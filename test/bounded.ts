/**
 * The CLI run as a user runs it (node dist/cli.js, reader workers and all), bounded: a time limit past which it is
 * killed, and its peak resident memory read from the process itself at exit (worker threads included), so that a
 * test can assert a hostile file costs seconds and megabytes, not a hang or gigabytes.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
let preload: string | undefined;

/** A script required before the CLI that prints its peak memory at exit (written once, on first use). */
function peakScript(): string {
  if (preload) return preload;
  preload = join(mkdtempSync(join(tmpdir(), 'wr-bounded-')), 'peak.js');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  return preload;
}

export interface BoundedRun {
  /** null when it was killed at the time limit. */
  status: number | null;
  out: string;
  err: string;
  seconds: number;
  peakMb: number;
}

/** Runs `work-report ARGS` in English (messages name the limit), with `limits` as WORK_REPORT_LIMITS. */
export function boundedCli(
  args: string[],
  opts: { limits?: Record<string, number>; timeoutMs?: number; lang?: string; cwd?: string } = {},
): BoundedRun {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['-r', peakScript(), CLI, ...args], {
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20_000,
    cwd: opts.cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      LANG: opts.lang ?? 'en_US.UTF-8',
      LC_ALL: '',
      ...(opts.limits ? { WORK_REPORT_LIMITS: JSON.stringify(opts.limits) } : {}),
    },
  });
  const peak = /peak-rss-kb=(\d+)/.exec(r.stderr ?? '');
  return {
    status: r.status,
    out: r.stdout ?? '',
    err: (r.stderr ?? '').replace(/\n?peak-rss-kb=\d+\n?/, ''),
    seconds: (Date.now() - started) / 1000,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
  };
}

/** What every hostile run must show: it ended by itself, within memory. */
export function assertBounded(r: BoundedRun, maxMb = 600): void {
  if (r.status === null) throw new Error(`killed at the time limit after ${r.seconds} s: ${r.err}`);
  if (!(r.peakMb < maxMb)) throw new Error(`peak ${Math.round(r.peakMb)} MB, over ${maxMb} MB: ${r.err}`);
}

/** A running process's resident memory in MB from /proc (Linux): now (VmRSS) or at its peak (VmHWM). */
export function processMB(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
