/**
 * One full collection on request. A cold library build leaves a couple of hundred MB of garbage (texts and models
 * of past reports), and an idle server allocates nothing, so V8 would keep it for good. `gc` exists when node runs
 * with --expose-gc; otherwise the flag is set at run time and the function taken from a fresh context.
 */
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

let gc: (() => void) | undefined | null;

export function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      gc =
        (globalThis as { gc?: () => void }).gc ??
        (setFlagsFromString('--expose-gc'), runInNewContext('gc') as () => void);
    } catch {
      gc = null;
    }
  }
  if (!gc) return false;
  gc();
  gc();
  return true;
}
