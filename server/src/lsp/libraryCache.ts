/**
 * The library's cache on disk as one unit: a header (magic, the lengths of its two parts and a SHA-256 of both), the
 * entries' metadata as JSON and every paragraph's fingerprints as one blob. It is written to a temporary file of a
 * unique name and renamed over the old one, so a crash leaves the old cache or the new one, never half of each; it
 * is verified whole when read (lengths against the file, checksum, print counts against the blob), so a truncated,
 * zeroed or swapped file is noticed, said, and rebuilt from the reports.
 */
import { createHash, randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { drain, drainInSteps, paragraphCounts, paragraphsFromCounts, type LibraryEntry } from '../core';
import { readRegularFile } from '../io/regularFile';

export const CACHE_FILE = 'library-v4.cache';
const MAGIC = Buffer.from('WRLIBC05', 'latin1');
const HEADER = MAGIC.length + 4 + 4 + 32;
/** A cache is at most this large (5,000 reports take ~60 MB). */
const MAX_CACHE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export type CachedMeta = Omit<LibraryEntry, 'paragraphs'> & { paragraphs: [number, number][] };
export interface CacheData {
  files: Record<string, { size: number; mtimeMs: number; id: string }>;
  entries: CachedMeta[];
}

export type CacheRead =
  { ok: true; data: CacheData; blob: Uint32Array } | { ok: false; missing: boolean; reason: string };

export function encodeCache(data: CacheData, blob: Uint32Array): Buffer {
  return drain(encodingCache(data.files, data.entries.length, (i) => data.entries[i], blob));
}

/** Bytes hashed between two steps of the encoding. */
const HASH_STEP = 4 * 1024 * 1024;

/**
 * The cache's bytes, a step at a time: the entries' JSON a hundred at a time (`metaAt` makes each when it is
 * written), the checksum a few megabytes at a time. The same bytes as JSON.stringify({ files, entries }) would give.
 */
export function* encodingCache(
  files: CacheData['files'],
  count: number,
  metaAt: (i: number) => CachedMeta,
  blob: Uint32Array,
): Generator<void, Buffer> {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(JSON.stringify(metaAt(i)));
    if (i % 100 === 99) yield;
  }
  const json = Buffer.from(`{"files":${JSON.stringify(files)},"entries":[${parts.join(',')}]}`, 'utf8');
  yield;
  const pad = (4 - ((HEADER + json.length) % 4)) % 4;
  const body = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const hash = createHash('sha256').update(json);
  for (let at = 0; at < body.length; at += HASH_STEP) {
    hash.update(body.subarray(at, at + HASH_STEP));
    yield;
  }
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(json.length, MAGIC.length);
  header.writeUInt32LE(body.length, MAGIC.length + 4);
  hash.digest().copy(header, MAGIC.length + 8);
  return Buffer.concat([header, json, Buffer.alloc(pad), body]);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function isStamp(x: unknown): boolean {
  return isObject(x) && typeof x.size === 'number' && typeof x.mtimeMs === 'number' && typeof x.id === 'string';
}

function isFigure(x: unknown): boolean {
  return (
    isObject(x) &&
    typeof x.metric === 'string' &&
    typeof x.value === 'number' &&
    typeof x.unit === 'string' &&
    isCount(x.line) &&
    typeof x.text === 'string' &&
    typeof x.phrase === 'string'
  );
}

/** The shape the library reads of an entry's metadata, every field it touches. */
function isCachedMeta(x: unknown): x is CachedMeta {
  if (!isObject(x) || typeof x.id !== 'string' || typeof x.uri !== 'string' || !isObject(x.info)) return false;
  if (x.alsoAt !== undefined && !(Array.isArray(x.alsoAt) && x.alsoAt.every((u) => typeof u === 'string')))
    return false;
  if (x.session !== undefined && !(isObject(x.session) && isCount(x.session.term) && isCount(x.session.session)))
    return false;
  return (
    Array.isArray(x.chapters) &&
    x.chapters.every(
      (c) => isObject(c) && typeof c.title === 'string' && typeof c.label === 'string' && isCount(c.line),
    ) &&
    Array.isArray(x.titles) &&
    x.titles.every((t) => typeof t === 'string') &&
    Array.isArray(x.paragraphs) &&
    x.paragraphs.every((p) => Array.isArray(p) && p.length === 2 && isCount(p[0]) && isCount(p[1])) &&
    Array.isArray(x.figures) &&
    x.figures.every(isFigure)
  );
}

export function decodeCache(buf: Buffer): CacheRead {
  const bad = (reason: string): CacheRead => ({ ok: false, missing: false, reason });
  if (buf.length < HEADER || !buf.subarray(0, MAGIC.length).equals(MAGIC))
    return bad('not a cache file of this version');
  const jsonLength = buf.readUInt32LE(MAGIC.length);
  const blobLength = buf.readUInt32LE(MAGIC.length + 4);
  const pad = (4 - ((HEADER + jsonLength) % 4)) % 4;
  if (HEADER + jsonLength + pad + blobLength !== buf.length || blobLength % 4)
    return bad(`length ${buf.length} does not match its header`);
  const json = buf.subarray(HEADER, HEADER + jsonLength);
  const body = buf.subarray(HEADER + jsonLength + pad);
  const sum = createHash('sha256').update(json).update(body).digest();
  if (!sum.equals(buf.subarray(MAGIC.length + 8, HEADER))) return bad('checksum mismatch');
  let data: CacheData;
  try {
    data = JSON.parse(json.toString('utf8')) as CacheData;
  } catch {
    return bad('metadata does not parse');
  }
  if (!data || typeof data.files !== 'object' || !data.files || !Array.isArray(data.entries))
    return bad('metadata has the wrong shape');
  // A checksum proves the bytes are the ones written, not that a writer wrote entries: each is checked as an entry.
  const wrongEntry = data.entries.findIndex((e) => !isCachedMeta(e));
  if (wrongEntry >= 0) return bad(`entry ${wrongEntry} has the wrong shape`);
  if (!Object.values(data.files).every(isStamp)) return bad('a file stamp has the wrong shape');
  // One aligned copy of the blob; every paragraph's prints become views into it.
  const blob = new Uint32Array(blobLength / 4);
  new Uint8Array(blob.buffer).set(body);
  let counted = 0;
  for (const e of data.entries) for (const [, n] of e.paragraphs ?? []) counted += n;
  if (counted !== blob.length) return bad(`${counted} prints listed, ${blob.length} stored`);
  return { ok: true, data, blob };
}

async function readCache(dir: string): Promise<CacheRead> {
  const r = await readRegularFile(path.join(dir, CACHE_FILE), MAX_CACHE_BYTES);
  if (!r.ok) return { ok: false, missing: r.reason === 'missing', reason: r.message };
  return decodeCache(r.bytes);
}

/** The cache under `dir` as entries by id, each entry's fingerprints a view of its one blob, and the files' stamps. */
export async function readCachedEntries(
  dir: string,
): Promise<
  | { ok: true; byId: Map<string, LibraryEntry>; files: CacheData['files'] }
  | { ok: false; missing: boolean; reason: string }
> {
  const r = await readCache(dir);
  if (!r.ok) return r;
  const byId = new Map<string, LibraryEntry>();
  let at = 0;
  for (const m of r.data.entries) {
    // Columns over the cache's one blob: an entry's fingerprints are one view of it, not one per paragraph.
    const paragraphs = paragraphsFromCounts(m.paragraphs, r.blob.subarray(at));
    byId.set(m.id, { ...m, paragraphs });
    at += paragraphs.prints.length;
  }
  return { ok: true, byId, files: r.data.files };
}

/** Writes the entries (one per report) and the files' stamps; `pause` is awaited between steps of the encoding. */
export async function writeCachedEntries(
  dir: string,
  files: CacheData['files'],
  entries: readonly LibraryEntry[],
  pause: () => Promise<void>,
): Promise<void> {
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  const total = unique.reduce((n, e) => n + e.paragraphs.prints.length, 0);
  const blob = new Uint32Array(total);
  let at = 0;
  for (const e of unique) {
    blob.set(e.paragraphs.prints, at);
    at += e.paragraphs.prints.length;
  }
  const metaAt = (i: number): CachedMeta => ({ ...unique[i], paragraphs: paragraphCounts(unique[i].paragraphs) });
  // Encoded in steps, as the postings are sorted: requests are answered in between.
  await writeCacheBytes(dir, await drainInSteps(encodingCache(files, unique.length, metaAt, blob), pause));
}

/** Writes encoded cache bytes atomically under `dir`. */
async function writeCacheBytes(dir: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `${CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path.join(dir, CACHE_FILE));
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  // The two-file cache of earlier versions is not read any more.
  for (const old of ['library-v3.json', 'library-v3.bin']) await fs.unlink(path.join(dir, old)).catch(() => undefined);
}
