/**
 * Candidate pairs for the repeat analysis, kept up to date across versions. Units (paragraphs or sentences) share
 * a fingerprint; a fingerprint held by more than MAX_POSTINGS units is boilerplate and pairs nothing. When an edit
 * adds or removes units, only the posting lists of their fingerprints are revisited, and the pair counts are
 * adjusted exactly — so the result is the same as building the index from scratch, at a fraction of the cost.
 */
import { Postings } from '../text/postings';

export const MAX_POSTINGS = 12;

/** A unit carries an id, given when its shingles are made: the same text keeps its id across versions. */
interface Unit {
  prints: Uint32Array;
  readonly id: number;
}

let nextId = 1;
export const newUnitId = () => nextId++;

/**
 * Pairs are counted between slots: small integers the index gives its units (unit i of the first build is slot i;
 * a unit added later takes a freed slot or the next one). A pair of slots, or of positions, is one number below
 * 2^53; 2^26 of either is far more than a report has units.
 */
const SPAN = 0x4000000;
const pack = (a: number, b: number) => (a < b ? a * SPAN + b : b * SPAN + a);

/**
 * Who holds a fingerprint (as slots): most are held by one unit only, kept as the bare slot (no array for them: on a
 * cold index that is most of the allocation); a list once a second unit shares it.
 */
type Holders = number | number[];

export class CandidateIndex<U extends Unit> {
  /** Built from `sorted` on the first edit: a cold check (the CLI, a report just opened) never needs it. */
  private postingsMap: Map<number, Holders> | undefined;
  /** The first build's postings (slots), until an edit needs the map. */
  private sorted: Postings | undefined;
  /** Shared-fingerprint counts by pair of slots, made from `coldPairs` when an edit first needs them. */
  private pairsMap: Map<number, number> | undefined;
  /** The first build's pairs: packed slot pairs, ascending, and how many fingerprints each shares. */
  private coldPairs: { keys: Float64Array; counts: Uint32Array } | undefined;
  private readonly slotOf = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private slots = 0;
  /** The units of the last update. */
  private units: U[] = [];
  private built = false;

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
      for (let i = p; i < prev.length - q; i++) if (!index.has(prev[i].id)) this.change(prev[i], -1);
      for (let i = p; i < current.length - q; i++)
        if (!before.has(current[i].id) && !this.present(current[i].id, prev, p, q)) this.change(current[i], +1);
    }
    this.units = current.slice();
    // Where each slot's unit stands now; then every pair sharing enough, as packed positions sorted natively.
    const at = new Int32Array(this.slots).fill(-1);
    for (const [id, i] of index) at[this.slotOf.get(id)!] = i;
    const cold = this.pairsMap ? undefined : this.coldPairs;
    const packed = new Float64Array(cold ? cold.keys.length : this.pairs.size);
    let m = 0;
    const consider = (key: number, n: number) => {
      const sa = Math.floor(key / SPAN);
      const a = at[sa],
        b = at[key - sa * SPAN];
      if (a < 0 || b < 0 || n <= 0) return;
      const need = Math.min(current[a].prints.length, current[b].prints.length) <= 8 ? 1 : 2;
      if (n >= need) packed[m++] = pack(a, b);
    };
    if (cold) for (let k = 0; k < cold.keys.length; k++) consider(cold.keys[k], cold.counts[k]);
    else for (const [key, n] of this.pairs) consider(key, n);
    const sorted = packed.subarray(0, m).sort();
    const out: Array<[number, number]> = new Array(m);
    for (let k = 0; k < m; k++) {
      const a = Math.floor(sorted[k] / SPAN);
      out[k] = [a, sorted[k] - a * SPAN];
    }
    return out;
  }

  /**
   * First build: every (fingerprint, unit) into typed arrays, radix-sorted (text/postings.ts); each fingerprint's
   * run is its posting list, and its pairs are counted once. No map or list per fingerprint is made.
   */
  private build(index: Map<number, number>, current: U[]): void {
    let total = 0;
    for (const i of index.values()) total += current[i].prints.length;
    for (const [id, i] of index) this.slotOf.set(id, i);
    this.slots = current.length;
    this.sorted = Postings.build(total, (emit) => {
      for (const i of index.values()) for (const f of current[i].prints) emit(f, i);
    });
    // Every shared fingerprint's pairs as packed numbers, sorted natively: a run is one pair and its count. (Counted
    // in a Map keyed by doubles, they were a sixth of a report's cold check.)
    let keys = new Float64Array(1024),
      n = 0;
    this.sorted.forEach((_f, refs) => {
      if (refs.length < 2 || refs.length > MAX_POSTINGS) return;
      const more = (refs.length * (refs.length - 1)) / 2;
      if (n + more > keys.length) {
        const grown = new Float64Array(Math.max(keys.length * 2, n + more));
        grown.set(keys.subarray(0, n));
        keys = grown;
      }
      for (let i = 0; i < refs.length; i++)
        for (let j = i + 1; j < refs.length; j++) keys[n++] = pack(refs[i], refs[j]);
    });
    const sorted = keys.subarray(0, n).sort();
    let runs = 0;
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) runs++;
    const cold = { keys: new Float64Array(runs), counts: new Uint32Array(runs) };
    for (let i = 0, r = -1; i < n; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) cold.keys[++r] = sorted[i];
      cold.counts[r]++;
    }
    this.coldPairs = cold;
  }

  private get pairs(): Map<number, number> {
    if (this.pairsMap) return this.pairsMap;
    const map = new Map<number, number>();
    const cold = this.coldPairs;
    if (cold) for (let k = 0; k < cold.keys.length; k++) map.set(cold.keys[k], cold.counts[k]);
    this.coldPairs = undefined;
    return (this.pairsMap = map);
  }

  /** The posting lists, made from the first build's sorted fingerprints when an edit first needs them. */
  private get postings(): Map<number, Holders> {
    if (this.postingsMap) return this.postingsMap;
    const map = new Map<number, Holders>();
    this.sorted?.forEach((f, refs) => map.set(f, refs.length === 1 ? refs[0] : Array.from(refs)));
    this.sorted = undefined;
    return (this.postingsMap = map);
  }

  private change(u: U, sign: 1 | -1): void {
    let slot = this.slotOf.get(u.id);
    if (slot === undefined) {
      if (sign < 0) return;
      slot = this.freeSlots.pop() ?? this.slots++;
      this.slotOf.set(u.id, slot);
    }
    // Fingerprints are a sorted set already; most posting lists hold one unit and pair nothing.
    for (const f of u.prints) {
      const held = this.postings.get(f);
      if (held === undefined) {
        if (sign > 0) this.postings.set(f, slot);
        continue;
      }
      const list = typeof held === 'number' ? [held] : held;
      const i = list.indexOf(slot);
      if (i >= 0 === sign > 0) continue;
      this.count(list, -1);
      if (sign > 0) list.push(slot);
      else list.splice(i, 1);
      this.count(list, +1);
      if (!list.length) this.postings.delete(f);
      else if (list.length === 1) this.postings.set(f, list[0]);
      else if (list !== held) this.postings.set(f, list);
    }
    // A unit taken out holds no fingerprint and no pair any more: its slot is free for the next one.
    if (sign < 0) {
      this.slotOf.delete(u.id);
      this.freeSlots.push(slot);
    }
  }

  /** Adds (or removes) one shared fingerprint to every pair of a posting list that is not boilerplate. */
  private count(members: number[], sign: 1 | -1): void {
    if (members.length < 2 || members.length > MAX_POSTINGS) return;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const k = pack(members[i], members[j]);
        const n = (this.pairs.get(k) ?? 0) + sign;
        if (n) this.pairs.set(k, n);
        else this.pairs.delete(k);
      }
    }
  }
}
