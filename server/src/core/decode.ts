/** Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK; refuses binary. */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  { ok: true; text: string; encoding: Encoding; bom: boolean } | { ok: false; reason: 'binary' | 'undecodable' };

/** Share of control bytes (other than tab, CR, LF, FF, ESC) above which a file is binary. */
const CONTROL_SHARE = 0.01;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8: government files are very often GBK/GB18030.
  }
  try {
    return {
      ok: true,
      text: new TextDecoder('gb18030', { fatal: true }).decode(body),
      encoding: 'gb18030',
      bom: false,
    };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding, bom: true };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE;
}
