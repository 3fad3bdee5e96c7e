/**
 * A PDF's compressed streams measured before pdf.js reads the file: each zlib stream is inflated a chunk at a time
 * and only counted, never kept, and the count stops at LIMITS.pdfStreamBytes for one stream and pdfDecodedBytes for
 * all (a 1 GB content stream from a 1 MB file is refused in a second, not decoded into memory by pdf.js). Streams
 * are found by their keywords, not through the file's cross-reference table, which a hostile file can make lie.
 */
import { Inflate } from 'fflate';
import { LIMITS, LimitExceeded } from '../limits';

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const ENDSTREAM = [0x65, 0x6e, 0x64, ...STREAM];
const PUSH_BYTES = 16 * 1024;

function keywordAt(bytes: Uint8Array, at: number, word: number[]): boolean {
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word[k]) return false;
  return true;
}

/** The offset where the stream's data begins after the keyword `stream` at `at`, or -1 if it is not one. */
function dataStart(bytes: Uint8Array, at: number): number {
  // "endstream" ends one; a stream keyword follows `>>` and white space.
  if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) return -1;
  let k = at + STREAM.length;
  if (bytes[k] === 0x0d) k++;
  if (bytes[k] !== 0x0a && bytes[k - 1] !== 0x0d) return -1;
  return bytes[k] === 0x0a ? k + 1 : k;
}

function indexOfWord(bytes: Uint8Array, word: number[], from: number): number {
  for (let at = bytes.indexOf(word[0], from); at >= 0; at = bytes.indexOf(word[0], at + 1))
    if (keywordAt(bytes, at, word)) return at;
  return -1;
}

/** fflate's inflater has read its last block (its state, read defensively: absent, the data's end bounds it). */
function finished(inflater: Inflate): boolean {
  const s = (inflater as unknown as { s?: { f?: number; l?: unknown } }).s;
  return !!s?.f && !s.l;
}

/** Throws LimitExceeded when the PDF's zlib streams inflate past the limits; returns the bytes they inflate to. */
export function measurePdfStreams(bytes: Uint8Array): number {
  let total = 0;
  let end = -1;
  let noEnd = false;
  // Input pushed through the inflater: streams found inside other streams could make the scan quadratic.
  let scanned = 0;
  const scanBudget = 4 * bytes.length + (1 << 20);
  for (let at = bytes.indexOf(0x73); at >= 0; at = bytes.indexOf(0x73, at + 1)) {
    if (!keywordAt(bytes, at, STREAM)) continue;
    const start = dataStart(bytes, at);
    if (start < 0 || start + 2 > bytes.length) continue;
    const cmf = bytes[start],
      flg = bytes[start + 1];
    if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0) continue; // not zlib: pdf.js would not inflate it
    if (end < start && !noEnd) {
      end = indexOfWord(bytes, ENDSTREAM, start);
      noEnd = end < 0;
    }
    const stop = noEnd ? bytes.length : end;
    let size = 0;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      total += chunk.length;
      if (size > LIMITS.pdfStreamBytes) throw new LimitExceeded('pdfStreamBytes');
      if (total > LIMITS.pdfDecodedBytes) throw new LimitExceeded('pdfDecodedBytes');
    });
    try {
      // Up to the stream's end (or the file's), or where the deflate data says it ends.
      for (let k = start + 2; k < stop && !finished(inflater) && scanned < scanBudget; k += PUSH_BYTES) {
        scanned += PUSH_BYTES;
        inflater.push(bytes.subarray(k, Math.min(stop, k + PUSH_BYTES)), k + PUSH_BYTES >= stop);
      }
    } catch (e) {
      if (e instanceof LimitExceeded) throw e;
      // Data that does not inflate (or inflates and ends early): pdf.js stops there too.
    }
  }
  return total;
}
