/**
 * A zip package (.docx) read under budgets. Nothing a file says about itself is trusted: the central directory is
 * read within the file's bytes and its entry count is capped; a part is inflated only when asked for, a chunk of
 * input at a time, its output counted as it comes and stopped at the part's and the package's limits (a part that
 * declares 4 KB and inflates to 16 GB costs 48 MB and a fraction of a second). Duplicate names: the first entry
 * stands, as in the central directory's order. fflate does the inflating; the bookkeeping is ours because its
 * unzipSync trusts declared sizes and counts.
 */
import { Inflate } from 'fflate';
import { LIMITS, LimitExceeded } from '../limits';

export class ZipError extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
  /** As the directory says them, for a copy of the entry (zipWrite.ts). */
  flags: number;
  time: number;
  date: number;
  crc: number;
  size: number;
}

/** An entry as stored: its compressed bytes and what a writer copying it needs. */
export interface RawEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** Input handed to the inflater at once: deflate expands at most ~1,032×, so one push yields at most ~16 MB. */
const PUSH_BYTES = 16 * 1024;

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  /** Bytes the package's parts have inflated to so far. */
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEnd(bytes, view);
    let count = view.getUint16(eocd + 10, true);
    let size = view.getUint32(eocd + 12, true);
    let offset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const z = zip64End(bytes, view, eocd);
      if (z) ({ count, size, offset } = z);
    }
    if (count > LIMITS.zipEntries) throw new LimitExceeded('zipEntries');
    if (offset + size > bytes.length) throw new ZipError('the central directory lies outside the file');
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > offset + size || view.getUint32(at, true) !== 0x02014b50)
        throw new ZipError('a broken central directory');
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const time = view.getUint16(at + 12, true);
      const date = view.getUint16(at + 14, true);
      const crc = view.getUint32(at + 16, true);
      let compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let localOffset = view.getUint32(at + 42, true);
      let fullSize = view.getUint32(at + 24, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff || fullSize === 0xffffffff) {
        const z = zip64Extra(view, at + 46 + nameLength, extraLength, [fullSize, compressedSize, localOffset]);
        fullSize = z.size ?? fullSize;
        compressedSize = z.compressedSize ?? compressedSize;
        localOffset = z.localOffset ?? localOffset;
      }
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 1) throw new ZipError('encrypted');
      if (!this.entries.has(name))
        this.entries.set(name, { method, compressedSize, localOffset, flags, time, date, crc, size: fullSize });
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entries' names, in the directory's order (a duplicate name once). */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** An entry as stored, not inflated. */
  raw(name: string): RawEntry | undefined {
    const e = this.entries.get(name);
    return (
      e && {
        name,
        method: e.method,
        flags: e.flags,
        time: e.time,
        date: e.date,
        crc: e.crc,
        size: e.size,
        data: this.stored(name, e),
      }
    );
  }

  private stored(name: string, e: Entry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = e.localOffset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new ZipError(`a broken entry (${name})`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    return this.bytes.subarray(start, Math.min(this.bytes.length, start + e.compressedSize));
  }

  /** A part's bytes, inflated within the part's limit and what is left of the package's. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const data = this.stored(name, e);
    if (e.method === 0) {
      this.count(data.length, data.length);
      return data;
    }
    if (e.method !== 8) throw new ZipError(`compression method ${e.method} (${name})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      this.count(size, chunk.length);
      chunks.push(chunk);
    });
    try {
      for (let k = 0; k < data.length; k += PUSH_BYTES)
        inflater.push(data.subarray(k, k + PUSH_BYTES), k + PUSH_BYTES >= data.length);
      if (!data.length) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof LimitExceeded) throw err;
      throw new ZipError(`${name} does not inflate (${err instanceof Error ? err.message : String(err)})`);
    }
    const out = new Uint8Array(size);
    let k = 0;
    for (const c of chunks) {
      out.set(c, k);
      k += c.length;
    }
    return out;
  }

  /** A part grew to `partSize` by `added` bytes: within both limits, or thrown out. */
  private count(partSize: number, added: number): void {
    this.inflated += added;
    if (partSize > LIMITS.partBytes) throw new LimitExceeded('partBytes');
    if (this.inflated > LIMITS.packageBytes) throw new LimitExceeded('packageBytes');
  }
}

/** The end-of-central-directory record: its signature searched from the end, past a comment of up to 64 KB. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--)
    if (view.getUint32(at, true) === 0x06054b50) return at;
  throw new ZipError('no central directory');
}

function u64(view: DataView, at: number): number {
  const n = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** The ZIP64 end record, through its locator just before the classic one. */
function zip64End(
  bytes: Uint8Array,
  view: DataView,
  eocd: number,
): { count: number; size: number; offset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return undefined;
  const at = u64(view, locator + 8);
  if (at + 56 > bytes.length || view.getUint32(at, true) !== 0x06064b50) return undefined;
  return { count: u64(view, at + 32), size: u64(view, at + 40), offset: u64(view, at + 48) };
}

/** The ZIP64 extra field's sizes and offset (each present only where the classic field is 0xffffffff). */
function zip64Extra(
  view: DataView,
  from: number,
  length: number,
  /** The classic fields: size, compressed size, local header offset. */
  [size, compressedSize, localOffset]: number[],
): { size?: number; compressedSize?: number; localOffset?: number } {
  for (let at = from; at + 4 <= from + length;) {
    const id = view.getUint16(at, true);
    const n = view.getUint16(at + 2, true);
    if (id === 1) {
      let k = at + 4;
      const out: { size?: number; compressedSize?: number; localOffset?: number } = {};
      if (size === 0xffffffff && k + 8 <= at + 4 + n) {
        out.size = u64(view, k);
        k += 8;
      }
      if (compressedSize === 0xffffffff && k + 8 <= at + 4 + n) {
        out.compressedSize = u64(view, k);
        k += 8;
      }
      if (localOffset === 0xffffffff && k + 8 <= at + 4 + n) out.localOffset = u64(view, k);
      return out;
    }
    at += 4 + n;
  }
  return {};
}
