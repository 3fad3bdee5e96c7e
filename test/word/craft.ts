/**
 * Hostile Word and PDF files, made by the tests themselves: zip packages whose directories lie (entries sharing one
 * stream, declared sizes far from the truth, a count of 2^32−1), deflate bombs built from byte-aligned blocks (so a
 * 16 GB stream costs 16 MB to write), and PDFs assembled object by object with a correct cross-reference table.
 */
import { unzipSync } from 'fflate';
import { constants, deflateRawSync } from 'zlib';

const enc = new TextEncoder();

export interface CraftEntry {
  name: string;
  /** The entry's bytes as stored (deflated already when method is 8). */
  data?: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the directory declares. */
  declaredSize?: number;
  /** Points this entry at another entry's local record instead of one of its own. */
  shareWith?: string;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A zip package written by hand, so that its directory can say what no zip library would write. */
export function craftZip(entries: CraftEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let at = 0;
  const offsets = new Map<string, number>();
  const push = (b: Uint8Array) => {
    chunks.push(b);
    at += b.length;
  };
  for (const e of entries) {
    if (e.shareWith || offsets.has(e.name)) continue;
    const name = enc.encode(e.name);
    const data = e.data ?? new Uint8Array(0);
    offsets.set(e.name, at);
    push(
      Uint8Array.from([
        ...u32(0x04034b50),
        ...u16(20),
        ...u16(0x0800),
        ...u16(e.method ?? 8),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32(data.length),
        ...u32(e.declaredSize ?? 0),
        ...u16(name.length),
        ...u16(0),
      ]),
    );
    push(name);
    push(data);
  }
  const cdStart = at;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const own = entries.find((x) => x.name === (e.shareWith ?? e.name) && !x.shareWith)!;
    push(
      Uint8Array.from([
        ...u32(0x02014b50),
        ...u16(20),
        ...u16(20),
        ...u16(0x0800),
        ...u16(own.method ?? 8),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32((own.data ?? new Uint8Array(0)).length),
        ...u32(e.declaredSize ?? own.declaredSize ?? 0),
        ...u16(name.length),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32(offsets.get(e.shareWith ?? e.name)!),
      ]),
    );
    push(name);
  }
  const cdSize = at - cdStart;
  push(
    Uint8Array.from([
      ...u32(0x06054b50),
      ...u16(0),
      ...u16(0),
      ...u16(entries.length),
      ...u16(entries.length),
      ...u32(cdSize),
      ...u32(cdStart),
      ...u16(0),
    ]),
  );
  return Buffer.concat(chunks);
}

/** 98 bytes: a ZIP64 end record claiming 2^32−1 entries, its locator, and the classic end record pointing to it. */
export function zipClaimingEntries(): Uint8Array {
  const u64 = (n: number) => [...u32(n % 2 ** 32), ...u32(Math.floor(n / 2 ** 32))];
  const zip64 = [
    ...u32(0x06064b50),
    ...u64(44),
    ...u16(45),
    ...u16(45),
    ...u32(0),
    ...u32(0),
    ...u64(2 ** 32 - 1),
    ...u64(2 ** 32 - 1),
    ...u64(0),
    ...u64(0),
  ];
  const locator = [...u32(0x07064b50), ...u32(0), ...u64(0), ...u32(1)];
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff)];
  end.push(...u32(0xffffffff), ...u32(0xffffffff), ...u16(0));
  return Uint8Array.from([...zip64, ...locator, ...end]);
}

/**
 * Raw deflate data that inflates to `total` bytes of `fill`, from one byte-aligned block of 1 MB repeated (a full
 * flush ends each block on a byte boundary and resets the window), closed by an empty final block.
 */
export function deflateBomb(total: number, fill = 0x20): Uint8Array {
  const mb = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(mb, fill), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const n = Math.ceil(total / mb);
  const out = Buffer.alloc(block.length * n + 2);
  for (let i = 0; i < n; i++) block.copy(out, i * block.length);
  // BFINAL=1, fixed Huffman, end of block at once.
  out[block.length * n] = 0x03;
  out[block.length * n + 1] = 0x00;
  return out;
}

/** A zlib stream (as PDF's FlateDecode takes) around raw deflate data; the checksum is left zero. */
export function zlibWrap(raw: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from([0x78, 0x9c]), raw, Buffer.alloc(4)]);
}

export function deflated(text: string | Uint8Array): Uint8Array {
  return deflateRawSync(typeof text === 'string' ? enc.encode(text) : text);
}

/** A stream object's body: its dictionary (with the length) and its data. */
export function pdfStream(dict: string, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  return Buffer.concat([
    enc.encode(`<< ${dict} /Length ${bytes.length} >>\nstream\n`),
    bytes,
    enc.encode('\nendstream'),
  ]);
}

/** A PDF of numbered objects (1 is the catalogue), with its cross-reference table. */
export function pdfOf(objects: (string | Uint8Array)[]): Uint8Array {
  const chunks: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let at = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const body = typeof o === 'string' ? enc.encode(o) : o;
    const c = Buffer.concat([enc.encode(`${i + 1} 0 obj\n`), body, enc.encode('\nendobj\n')]);
    chunks.push(c);
    at += c.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  chunks.push(enc.encode(xref));
  return Buffer.concat(chunks);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A PDF of `pages` pages that all draw one content stream (object 4), with Helvetica as /F1 and, when given, the
 * form XObjects `forms` (objects 5…) as /X1, /X2 ….
 */
export function pdfWithPages(content: Uint8Array, pages = 1, forms: Uint8Array[] = []): Uint8Array {
  const xobjects = forms.map((_, i) => `/X${i + 1} ${5 + i} 0 R`).join(' ');
  const resources = `<< /Font << /F1 3 0 R >> ${xobjects ? `/XObject << ${xobjects} >>` : ''} >>`;
  const first = 5 + forms.length;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const pageObjects = Array.from(
    { length: pages },
    () => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 4 0 R >>`,
  );
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    content,
    ...forms,
    ...pageObjects,
  ]);
}

/**
 * A Word document from test parts (docxFixture's, trusted) written again by hand, with `extra` entries added (or
 * put in place of a part of the same name): the package a hostile producer would write.
 */
export function docxWith(base: Uint8Array, extra: CraftEntry[], replace: Record<string, Uint8Array> = {}): Uint8Array {
  const parts = unzipSync(base);
  const names = new Set(extra.map((e) => e.name));
  const own: CraftEntry[] = Object.entries({ ...parts, ...replace })
    .filter(([name]) => !names.has(name))
    .map(([name, bytes]) => ({ name, data: deflated(bytes), declaredSize: bytes.length }));
  return craftZip([...own, ...extra]);
}
