/** `.workreportrc.json`: the project's configuration, found by walking up from a report's folder. Read by the CLI and the server alike. */
import { readFileSync, statSync } from 'fs';
import { dirname, join, relative, sep } from 'path';
import type { PartialConfig } from '../core';

export const RC_FILE = '.workreportrc.json';

export interface RcFile { path: string; dir: string; config: PartialConfig; error?: string }

/** The nearest `.workreportrc.json` at or above `dir`, parsed; a file that does not parse is returned with its error. */
export function findRcFile(dir: string): RcFile | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const path = join(d, RC_FILE);
    let isFile = false;
    try { isFile = statSync(path).isFile(); } catch { /* not here */ }
    if (isFile) {
      try {
        const parsed = JSON.parse(readFileSync(path, 'utf8'));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { path, dir: d, config: {}, error: 'expected a JSON object' };
        return { path, dir: d, config: parsed as PartialConfig };
      } catch (e) {
        return { path, dir: d, config: {}, error: e instanceof Error ? e.message : String(e) };
      }
    }
    if (dirname(d) === d) return undefined;
  }
}

/** `*` within a path segment, `**` across segments, `?` one character; a pattern without `/` matches a base name anywhere. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') { re += '.*'; i++; if (glob[i + 1] === '/') i++; } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(glob.includes('/') ? `^${re}$` : `(^|/)${re}$`);
}

/** Is `file` excluded by the `ignore` patterns of the rc file in `rcDir`? */
export function isIgnored(file: string, rcDir: string, patterns: string[]): boolean {
  if (!patterns.length) return false;
  const rel = relative(rcDir, file).split(sep).join('/');
  return patterns.some((p) => globToRegExp(p).test(rel));
}
