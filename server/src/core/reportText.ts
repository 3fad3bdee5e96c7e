/** A report file's bytes as text, whatever it was saved as: a Word document by its name, else encoded text. */
import { decodeBytes, type Encoding } from './decode';
import { isWordFileName } from './reportFiles';
import { readDocx } from './word/readDocx';

export type ReportText =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      bom: boolean;
      /** For a Word document: its paragraph of each line. */ word?: { paragraphOfLine: number[] };
    }
  | { ok: false; reason: 'binary' | 'undecodable' | 'word'; message: string };

export function decodeReport(name: string, bytes: Uint8Array): ReportText {
  if (isWordFileName(name)) {
    const w = readDocx(bytes);
    if (!w.ok) return { ok: false, reason: 'word', message: w.message };
    return { ok: true, text: w.text, encoding: 'utf-8', bom: false, word: { paragraphOfLine: w.paragraphOfLine } };
  }
  const d = decodeBytes(bytes);
  if (d.ok) return d;
  return {
    ok: false,
    reason: d.reason,
    message: d.reason === 'binary' ? 'a binary file, not a text report' : 'neither UTF-8, UTF-16 nor GB18030/GBK text',
  };
}
