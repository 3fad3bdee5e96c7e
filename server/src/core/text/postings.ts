import { drain } from './steps';

/**
 * An inverted index, fingerprint → references (the library's paragraphs, a report's units), as three typed arrays
 * (sorted distinct fingerprints, where each one's references start, the references): a thousand reports make six million postings, which as a
 * Map of small arrays cost ~1 s to build and hundreds of megabytes; sorted by a two-pass radix sort they take two
 * passes over two arrays and 8 bytes a posting.
 */
export class Postings {
  private keys: Uint32Array = new Uint32Array(0);
  private starts: Uint32Array = new Uint32Array(1);
  private refs: Uint32Array = new Uint32Array(0);

  /** `each(emit)` calls emit(fingerprint, ref) for every posting. */
  static build(count: number, each: (emit: (key: number, ref: number) => void) => void): Postings {
    const b = new PostingsBuilder(count);
    each((k, r) => b.add(k, r));
    return drain(b.finish());
  }

  /** Made by PostingsBuilder: sorted distinct keys, where each one's references start, the references. */
  static of(keys: Uint32Array, starts: Uint32Array, refs: Uint32Array): Postings {
    const out = new Postings();
    out.keys = keys;
    out.starts = starts;
    out.refs = refs;
    return out;
  }

  /** Each fingerprint in ascending order with the references holding it (a view, in insertion order). */
  forEach(fn: (key: number, refs: Uint32Array) => void): void {
    for (let d = 0; d < this.keys.length; d++) fn(this.keys[d], this.refs.subarray(this.starts[d], this.starts[d + 1]));
  }

  /** The references holding `key` (a view, in insertion order), or an empty array. */
  get(key: number): Uint32Array {
    let lo = 0,
      hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid];
      if (k === key) return this.refs.subarray(this.starts[mid], this.starts[mid + 1]);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  }
}

const EMPTY = new Uint32Array(0);

/** How many postings a step of the sort handles before it yields (a few milliseconds of work). */
const STEP = 1 << 20;

/**
 * Postings added one by one, then sorted by `finish()`, a generator that yields between steps: run to the end at
 * once (Postings.build, the CLI), or a step at a time with other work in between (the server's library build, so
 * a keystroke's diagnostics never wait for the whole sort of millions of postings).
 */
export class PostingsBuilder {
  private readonly keys: Uint32Array;
  private readonly refs: Uint32Array;
  private n = 0;

  constructor(count: number) {
    this.keys = new Uint32Array(count);
    this.refs = new Uint32Array(count);
  }

  add(key: number, ref: number): void {
    this.keys[this.n] = key;
    this.refs[this.n] = ref;
    this.n++;
  }

  *finish(): Generator<void, Postings> {
    const n = this.n;
    if (!n) return new Postings();
    // LSD radix sort on the 32-bit keys; stable, so each key's references stay in insertion order. Millions of
    // postings (a library) take 16 bits a pass; a report's few thousand take 11 (three passes over 2,048 buckets
    // cost less than clearing and summing 65,536 twice, which was most of a report's sort).
    const [bits, shifts] = n >= 1 << 17 ? [16, [0, 16]] : [11, [0, 11, 22]];
    const buckets = 1 << bits,
      mask = buckets - 1;
    let k0: Uint32Array = this.keys.subarray(0, n),
      r0: Uint32Array = this.refs.subarray(0, n);
    let k1: Uint32Array = new Uint32Array(n),
      r1: Uint32Array = new Uint32Array(n);
    const counts = new Uint32Array(buckets + 1);
    for (const shift of shifts) {
      counts.fill(0);
      for (let from = 0; from < n; from += STEP) {
        const to = Math.min(n, from + STEP);
        for (let i = from; i < to; i++) counts[((k0[i] >>> shift) & mask) + 1]++;
        yield;
      }
      for (let d = 1; d <= buckets; d++) counts[d] += counts[d - 1];
      for (let from = 0; from < n; from += STEP) {
        const to = Math.min(n, from + STEP);
        for (let i = from; i < to; i++) {
          const at = counts[(k0[i] >>> shift) & mask]++;
          k1[at] = k0[i];
          r1[at] = r0[i];
        }
        yield;
      }
      [k0, k1] = [k1, k0];
      [r0, r1] = [r1, r0];
    }
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || k0[i] !== k0[i - 1]) distinct++;
    const keys = new Uint32Array(distinct);
    const starts = new Uint32Array(distinct + 1);
    for (let i = 0, d = -1; i < n; i++) {
      if (i === 0 || k0[i] !== k0[i - 1]) {
        d++;
        keys[d] = k0[i];
        starts[d] = i;
      }
    }
    starts[distinct] = n;
    yield;
    return Postings.of(keys, starts, r0.slice(0, n));
  }
}
