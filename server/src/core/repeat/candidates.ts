/**
 * Candidate pairs for the repeat analysis, kept up to date across versions. Units (paragraphs or sentences) share
 * a fingerprint; a fingerprint held by more than MAX_POSTINGS units is boilerplate and pairs nothing. When an edit
 * adds or removes units, only the posting lists of their fingerprints are revisited, and the pair counts are
 * adjusted exactly — so the result is the same as building the index from scratch, at a fraction of the cost.
 */
export const MAX_POSTINGS = 12;

/** A unit carries an id, given when its shingles are made: the same text keeps its id across versions. */
interface Unit {
  prints: Uint32Array;
  readonly id: number;
}

/** Unit indexes packed beside a 32-bit fingerprint in one double: f * 2^21 + i stays below 2^53. */
const DENSE = 0x200000;

let nextId = 1;
export const newUnitId = () => nextId++;

const pairKey = (a: number, b: number) => (a < b ? a * 0x200000 + b : b * 0x200000 + a);

/**
 * Who holds a fingerprint: most are held by one unit only, kept as the bare id (no array for them: on a cold
 * index that is most of the allocation); a list once a second unit shares it.
 */
type Holders = number | number[];

export class CandidateIndex<U extends Unit> {
  /** Built from `sorted` on the first edit: a cold check (the CLI, a report just opened) never needs it. */
  private postingsMap: Map<number, Holders> | undefined;
  /** The first build's fingerprints as `fingerprint * DENSE + unit index`, sorted, with the units' ids. */
  private sorted: { keys: Float64Array; ids: number[] } | undefined;
  private readonly pairs = new Map<number, number>();
  /** The units of the last update. */
  private units: U[] = [];
  private built = false;

  /** `packLimit`: from how many units the first build goes list by list (DENSE; tests lower it). */
  constructor(private readonly packLimit = DENSE) {}

  /** Was this unit in the last update outside its changed middle (a unit that moved)? */
  private present(id: number, prev: U[], p: number, q: number): boolean {
    for (let i = 0; i < p; i++) if (prev[i].id === id) return true;
    for (let i = prev.length - q; i < prev.length; i++) if (prev[i].id === id) return true;
    return false;
  }

  /** Brings the index to `current` and returns the pairs (as indices into `current`) worth comparing. */
  update(current: U[]): Array<[number, number]> {
    const index = new Map<number, number>();
    for (let i = 0; i < current.length; i++) index.set(current[i].id, i);
    if (!this.built) {
      this.build(index, current);
      this.built = true;
    } else {
      // An edit changes a few units in one place: what lies before and after it is the same objects, in order.
      const prev = this.units;
      let p = 0;
      while (p < prev.length && p < current.length && prev[p] === current[p]) p++;
      let q = 0;
      while (
        q < prev.length - p &&
        q < current.length - p &&
        prev[prev.length - 1 - q] === current[current.length - 1 - q]
      )
        q++;
      const before = new Set<number>();
      for (let i = p; i < prev.length - q; i++) before.add(prev[i].id);
      for (let i = p; i < prev.length - q; i++) if (!index.has(prev[i].id)) this.change(prev[i].id, prev[i], -1);
      for (let i = p; i < current.length - q; i++)
        if (!before.has(current[i].id) && !this.present(current[i].id, prev, p, q))
          this.change(current[i].id, current[i], +1);
    }
    this.units = current.slice();
    const out: Array<[number, number]> = [];
    for (const [key, n] of this.pairs) {
      if (n <= 0) continue;
      const a = index.get(Math.floor(key / 0x200000)),
        b = index.get(key % 0x200000);
      if (a === undefined || b === undefined) continue;
      const need = Math.min(current[a].prints.length, current[b].prints.length) <= 8 ? 1 : 2;
      if (n >= need) out.push(a < b ? [a, b] : [b, a]);
    }
    return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }

  /**
   * First build: every (fingerprint, unit) as one number in a typed array, sorted natively; each run of one
   * fingerprint is its posting list, and its pairs are counted once. No map or list per fingerprint is made.
   */
  private build(index: Map<number, number>, current: U[]): void {
    if (current.length >= this.packLimit) return this.buildByMap(index, current);
    let total = 0;
    for (const i of index.values()) total += current[i].prints.length;
    const keys = new Float64Array(total);
    const ids: number[] = new Array(current.length);
    let k = 0;
    for (const [id, i] of index) {
      ids[i] = id;
      for (const f of current[i].prints) keys[k++] = f * DENSE + i;
    }
    keys.sort();
    this.sorted = { keys, ids };
    const members: number[] = [];
    for (let s = 0; s < total;) {
      const f = Math.floor(keys[s] / DENSE);
      let e = s + 1;
      while (e < total && Math.floor(keys[e] / DENSE) === f) e++;
      if (e - s >= 2 && e - s <= MAX_POSTINGS) {
        members.length = 0;
        for (let j = s; j < e; j++) members.push(ids[keys[j] % DENSE]);
        this.count(members, +1);
      }
      s = e;
    }
  }

  /** The same, list by list: for more units than a key can pack (2^21; no report comes near). */
  private buildByMap(index: Map<number, number>, current: U[]): void {
    const map = (this.postingsMap = new Map<number, Holders>());
    for (const [id, i] of index) {
      for (const f of current[i].prints) {
        const held = map.get(f);
        if (held === undefined) map.set(f, id);
        else if (typeof held === 'number') map.set(f, [held, id]);
        else held.push(id);
      }
    }
    for (const held of map.values()) if (typeof held !== 'number') this.count(held, +1);
  }

  /** The posting lists, made from the first build's sorted fingerprints when an edit first needs them. */
  private get postings(): Map<number, Holders> {
    if (this.postingsMap) return this.postingsMap;
    const map = new Map<number, Holders>();
    const { keys, ids } = this.sorted ?? { keys: new Float64Array(0), ids: [] };
    for (let s = 0; s < keys.length;) {
      const f = Math.floor(keys[s] / DENSE);
      let e = s + 1;
      while (e < keys.length && Math.floor(keys[e] / DENSE) === f) e++;
      const holders: number[] = [];
      for (let j = s; j < e; j++) holders.push(ids[keys[j] % DENSE]);
      map.set(f, holders.length === 1 ? holders[0] : holders);
      s = e;
    }
    this.sorted = undefined;
    return (this.postingsMap = map);
  }

  private change(id: number, u: U, sign: 1 | -1): void {
    // Fingerprints are a sorted set already; most posting lists hold one unit and pair nothing.
    for (const f of u.prints) {
      const held = this.postings.get(f);
      if (held === undefined) {
        if (sign > 0) this.postings.set(f, id);
        continue;
      }
      const list = typeof held === 'number' ? [held] : held;
      const at = list.indexOf(id);
      if (at >= 0 === sign > 0) continue;
      this.count(list, -1);
      if (sign > 0) list.push(id);
      else list.splice(at, 1);
      this.count(list, +1);
      if (!list.length) this.postings.delete(f);
      else if (list.length === 1) this.postings.set(f, list[0]);
      else if (list !== held) this.postings.set(f, list);
    }
  }

  /** Adds (or removes) one shared fingerprint to every pair of a posting list that is not boilerplate. */
  private count(members: number[], sign: 1 | -1): void {
    if (members.length < 2 || members.length > MAX_POSTINGS) return;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const k = pairKey(members[i], members[j]);
        const n = (this.pairs.get(k) ?? 0) + sign;
        if (n) this.pairs.set(k, n);
        else this.pairs.delete(k);
      }
    }
  }
}
