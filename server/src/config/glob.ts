/**
 * Glob patterns of `.workreportrc.json` (`ignore`) and `workReport.library.paths`, through picomatch: `*` and `?`
 * within a segment, `**` across segments, `{a,b}`, `[0-9]`, and `!` negation; a pattern without `/` matches a base
 * name at any depth. picomatch compiles to expressions that do not backtrack on pathological patterns
 * (`**a**a**a**a**a**a**b` over a deep path stays in milliseconds), which a hand-made translation did not.
 */
import picomatch from 'picomatch';

const OPTIONS = { dot: true } as const;
/** Patterns longer than this are ignored with the rest of the configuration's problems. */
export const MAX_GLOB_LENGTH = 1000;

export type PathMatcher = (path: string) => boolean;

export function globMatcher(pattern: string): PathMatcher {
  const glob = pattern.replace(/\\/g, '/');
  const m = picomatch(glob, OPTIONS);
  // picomatch's own `basename` option also changes how patterns with a slash match: do it here instead.
  if (!glob.includes('/')) return (p) => m(p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1));
  return (p) => m(p.replace(/\\/g, '/'));
}

/** The literal folder a glob starts from (where to walk to find its matches). */
export function globBase(pattern: string): string {
  return picomatch.scan(pattern.replace(/\\/g, '/')).base || '.';
}

export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern.replace(/\\/g, '/')).isGlob;
}

/** gitignore order: later patterns win; `!pattern` takes a path back in. */
export function ignoreMatcher(patterns: readonly string[]): PathMatcher {
  const rules = patterns
    .filter((p) => p.length <= MAX_GLOB_LENGTH)
    .map((p) => (p.startsWith('!') ? { keep: true, m: globMatcher(p.slice(1)) } : { keep: false, m: globMatcher(p) }));
  return (path) => {
    let ignored = false;
    for (const r of rules)
      if (r.keep ? ignored : !ignored) {
        if (r.m(path)) ignored = !r.keep;
      }
    return ignored;
  };
}
