/**
 * An inverted index, fingerprint → references (the library's paragraphs, a report's units), as three typed arrays (sorted distinct fingerprints,
 * where each one's references start, the references): a thousand reports make six million postings, which as a
 * Map of small arrays cost ~1 s to build and hundreds of megabytes; sorted by a two-pass radix sort they take two
 * passes over two arrays and 8 bytes a posting.
 */
export class Postings {
  private keys = new Uint32Array(0);
  private starts = new Uint32Array(1);
  private refs = new Uint32Array(0);

  /** `each(emit)` calls emit(fingerprint, ref) for every posting. */
  static build(count: number, each: (emit: (key: number, ref: number) => void) => void): Postings {
    const keys = new Uint32Array(count);
    const refs = new Uint32Array(count);
    let n = 0;
    each((k, r) => {
      keys[n] = k;
      refs[n] = r;
      n++;
    });
    const out = new Postings();
    if (!n) return out;
    // LSD radix sort on the 32-bit keys, 16 bits a pass; stable, so each key's references stay in insertion order.
    let k0 = keys.subarray(0, n),
      r0 = refs.subarray(0, n);
    let k1 = new Uint32Array(n),
      r1 = new Uint32Array(n);
    const counts = new Uint32Array(65537);
    for (const shift of [0, 16]) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[((k0[i] >>> shift) & 0xffff) + 1]++;
      for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
      for (let i = 0; i < n; i++) {
        const at = counts[(k0[i] >>> shift) & 0xffff]++;
        k1[at] = k0[i];
        r1[at] = r0[i];
      }
      [k0, k1] = [k1, k0];
      [r0, r1] = [r1, r0];
    }
    let distinct = 0;
    for (let i = 0; i < n; i++) if (i === 0 || k0[i] !== k0[i - 1]) distinct++;
    out.keys = new Uint32Array(distinct);
    out.starts = new Uint32Array(distinct + 1);
    for (let i = 0, d = -1; i < n; i++) {
      if (i === 0 || k0[i] !== k0[i - 1]) {
        d++;
        out.keys[d] = k0[i];
        out.starts[d] = i;
      }
    }
    out.starts[distinct] = n;
    out.refs = r0.slice(0, n);
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
