/**
 * Reading many files one after another while the CPU works on each: the stats are taken together up front, and
 * the next files' bytes are being read (on libuv's threads) while the current one is parsed — a cold library
 * build otherwise spends a sixth of its time waiting on one stat, open, read and close after another.
 */
import { promises as fs, type Stats } from 'fs';
import { readRegularFile, type RegularRead } from './regularFile';

/** fs.stat of every file, `concurrency` at a time; a failure is kept as its Error, in its place. */
export async function statAll(files: readonly string[], concurrency = 32): Promise<(Stats | Error)[]> {
  const out: (Stats | Error)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      out[i] = await fs.stat(files[i]).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}

/** Reads files[i] with readRegularFile, keeping the next `depth` wanted files in flight. */
export class ReadAhead {
  private readonly pending = new Map<number, Promise<RegularRead>>();
  private scanned = 0;

  constructor(
    private readonly files: readonly string[],
    /** Whether file i will be read, and its cap; undefined: it will not be. */
    private readonly wanted: (i: number) => number | undefined,
    private readonly depth = 2,
  ) {}

  /** File i, read up to `maxBytes` (from what was read ahead, if it was). */
  read(i: number, maxBytes: number): Promise<RegularRead> {
    const r = this.pending.get(i) ?? readRegularFile(this.files[i], maxBytes);
    this.pending.delete(i);
    this.scanned = Math.max(this.scanned, i + 1);
    this.fill();
    return r;
  }

  private fill(): void {
    while (this.pending.size < this.depth && this.scanned < this.files.length) {
      const j = this.scanned++;
      const cap = this.wanted(j);
      if (cap !== undefined) this.pending.set(j, readRegularFile(this.files[j], cap));
    }
  }
}
