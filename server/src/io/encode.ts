/** Text back into the bytes of the file it came from: the same encoding and byte-order mark (decodeBytes' inverse). */
import * as iconv from 'iconv-lite';
import { decodeBytes, type Encoding } from '../core';

export type Encoded = { ok: true; bytes: Buffer } | { ok: false; message: string };

export function encodeText(text: string, encoding: Encoding, bom: boolean): Encoded {
  let bytes: Buffer;
  switch (encoding) {
    case 'utf-8':
      bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
      break;
    case 'utf-16le':
      bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      break;
    case 'utf-16be':
      bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
      break;
    case 'gb18030':
      bytes = iconv.encode(text, 'gb18030');
      break;
  }
  // A text the encoding cannot carry (a lone surrogate, say) must not be written as something else.
  const back = decodeBytes(bytes);
  if (!back.ok || back.text !== text)
    return { ok: false, message: `the text cannot be written back as ${encoding} without changing it` };
  return { ok: true, bytes };
}
