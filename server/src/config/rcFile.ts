/** `.workreportrc.json`: the project's configuration, found by walking up from a report's folder. Read by the CLI and the server alike. */
import { readRegularFileSync } from '../io/regularFile';
import { dirname, join, relative, sep } from 'path';
import { ignoreMatcher } from './glob';
import { LIMITS, type PartialConfig } from '../core';

export const RC_FILE = '.workreportrc.json';
/** A configuration file is small; a larger one (or /dev/zero behind a link) is refused. */
const MAX_RC_BYTES = LIMITS.rcFileBytes;

export interface RcFile {
  path: string;
  dir: string;
  config: PartialConfig;
  error?: string;
}

/** The nearest `.workreportrc.json` at or above `dir`, parsed; a file that does not parse is returned with its error. */
export function findRcFile(dir: string): RcFile | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const path = join(d, RC_FILE);
    const r = readRegularFileSync(path, MAX_RC_BYTES);
    if (!r.ok && r.reason !== 'missing') return { path, dir: d, config: {}, error: r.message };
    if (r.ok) {
      try {
        const parsed = JSON.parse(r.bytes.toString('utf8').replace(/^\uFEFF/, ''));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
          return { path, dir: d, config: {}, error: 'expected a JSON object' };
        return { path, dir: d, config: parsed as PartialConfig };
      } catch (e) {
        return { path, dir: d, config: {}, error: e instanceof Error ? e.message : String(e) };
      }
    }
    if (dirname(d) === d) return undefined;
  }
}

/** Is `file` excluded by the `ignore` patterns of the rc file in `rcDir`? (Paths relative to that folder.) */
export function isIgnored(file: string, rcDir: string, patterns: string[]): boolean {
  if (!patterns.length) return false;
  return ignoreMatcher(patterns)(relative(rcDir, file).split(sep).join('/'));
}
