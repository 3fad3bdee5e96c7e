/**
 * A zip package written from entries copied as stored (their compressed bytes untouched, so every part that is not
 * changed stays byte for byte the same, photos are never inflated) and parts given new, deflated here. Local headers
 * are written from the directory's sizes and CRC (a data descriptor is not needed then); no ZIP64: a package that
 * would need it is far past LIMITS.
 */
import { deflateSync } from 'fflate';
import { ZipError, type RawEntry } from './zip';

/** A new part: its bytes, and the DOS time and date of the part it replaces. */
export interface NewEntry {
  name: string;
  bytes: Uint8Array;
  time?: number;
  date?: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1 January 2000, for a part that replaces none. */
const DOS_DATE_2000 = (20 << 9) | (1 << 5) | 1;

export function writeZip(items: (RawEntry | NewEntry)[]): Uint8Array {
  const utf8 = new TextEncoder();
  const entries: RawEntry[] = items.map((e) => {
    if ('data' in e) return e;
    return {
      name: e.name,
      method: 8,
      flags: 0,
      time: e.time ?? 0,
      date: e.date ?? DOS_DATE_2000,
      crc: crc32(e.bytes),
      size: e.bytes.length,
      data: deflateSync(e.bytes, { level: 6 }),
    };
  });
  if (entries.length > 0xffff) throw new ZipError('too many entries to write');
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let at = 0;
  for (const e of entries) {
    const name = utf8.encode(e.name);
    // Bit 3 (sizes in a data descriptor) is cleared: the header below carries them; bit 11 (UTF-8 names) is set.
    const flags = (e.flags & 0x0006) | 0x0800;
    if (e.size > 0xfffffffe || e.data.length > 0xfffffffe || at > 0xfffffffe)
      throw new ZipError('too large to write without ZIP64');
    const common = [flags, e.method, e.time, e.date];
    const local = header(30, [0x04034b50, 20, ...common, e.crc, e.data.length, e.size, name.length, 0]);
    central.push(
      concat([
        header(46, [0x02014b50, 20, 20, ...common, e.crc, e.data.length, e.size, name.length, 0, 0, 0, 0, 0, at]),
        name,
      ]),
    );
    chunks.push(local, name, e.data);
    at += local.length + name.length + e.data.length;
  }
  const dir = concat(central);
  const end = header(22, [0x06054b50, 0, 0, entries.length, entries.length, dir.length, at, 0]);
  return concat([...chunks, dir, end]);
}

/** Fields of a zip record by its layout (local, central or end), 2 or 4 bytes each as the record's size tells. */
const LAYOUTS: Record<number, number[]> = {
  30: [4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2],
  46: [4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4],
  22: [4, 2, 2, 2, 2, 4, 4, 2],
};

function header(size: number, values: number[]): Uint8Array {
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let k = 0;
  LAYOUTS[size].forEach((width, i) => {
    if (width === 2) view.setUint16(k, values[i], true);
    else view.setUint32(k, values[i] >>> 0, true);
    k += width;
  });
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}
