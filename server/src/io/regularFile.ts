/**
 * Reading a file the product did not create (a workspace, a library folder, a cloned repository): only regular
 * files, and at most `maxBytes` of them. A path's own stat says nothing safe — a FIFO or a device reports size 0
 * and a symlink can lead to /dev/zero — so the file is opened without blocking (a FIFO with no writer would hang
 * the open), the descriptor is fstat'ed, anything but a regular file is refused, and the bytes are read from that
 * descriptor up to the cap.
 */
import { closeSync, constants, fstatSync, openSync, promises as fsp, readSync } from 'fs';

export type RegularRead =
  | { ok: true; bytes: Buffer; size: number; mtimeMs: number }
  | { ok: false; reason: 'missing' | 'not-regular' | 'too-large' | 'unreadable'; message: string };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function refused(reason: Exclude<RegularRead, { ok: true }>['reason'], message: string): RegularRead {
  return { ok: false, reason, message };
}

function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  return st.isDirectory()
    ? 'a folder'
    : st.isFIFO()
      ? 'a FIFO'
      : st.isSocket()
        ? 'a socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
}

function failure(e: unknown): RegularRead {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refused('missing', 'not found (ENOENT)');
  if (code === 'EISDIR') return refused('not-regular', 'a folder');
  if (code === 'ENXIO') return refused('not-regular', 'a socket or a device without a reader');
  return refused('unreadable', code ?? String(e));
}

type FileStat = Parameters<typeof kindOf>[0] & { isFile(): boolean; size: number };

/** A refusal for anything but a regular file within the cap, else the buffer to read it into (+1 byte to notice a
 * file that grew past the cap since the fstat). */
function admit(st: FileStat, maxBytes: number): RegularRead | Buffer {
  if (!st.isFile()) return refused('not-regular', kindOf(st));
  if (st.size > maxBytes) return refused('too-large', `larger than ${maxBytes} bytes`);
  return Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size, 0) + 1));
}

function done(buf: Buffer, n: number, maxBytes: number, mtimeMs: number): RegularRead {
  if (n > maxBytes) return refused('too-large', `larger than ${maxBytes} bytes`);
  return { ok: true, bytes: buf.subarray(0, n), size: n, mtimeMs };
}

export function readRegularFileSync(path: string, maxBytes: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    const st = fstatSync(fd);
    const buf = admit(st, maxBytes);
    if (!Buffer.isBuffer(buf)) return buf;
    let n = 0;
    for (let got = -1; n < buf.length && got !== 0; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    return done(buf, n, maxBytes, st.mtimeMs);
  } catch (e) {
    return failure(e);
  } finally {
    closeSync(fd);
  }
}

export async function readRegularFile(path: string, maxBytes: number): Promise<RegularRead> {
  let handle: import('fs/promises').FileHandle;
  try {
    handle = await fsp.open(path, OPEN_FLAGS);
  } catch (e) {
    return failure(e);
  }
  try {
    const st = await handle.stat();
    const buf = admit(st, maxBytes);
    if (!Buffer.isBuffer(buf)) return buf;
    let n = 0;
    for (let got = -1; n < buf.length && got !== 0; n += got)
      got = (await handle.read(buf, n, buf.length - n, null)).bytesRead;
    return done(buf, n, maxBytes, st.mtimeMs);
  } catch (e) {
    return failure(e);
  } finally {
    await handle.close();
  }
}
