/** Where a line's sentences are: end punctuation and closing quotes stay with their sentence. */
import { isSentenceEnd } from '../text/chars';

export interface SentenceSlice {
  from: number;
  to: number;
  text: string;
}

/** Sentences of a text, as index ranges into it (leading white space excluded). */
export function sentenceSlices(t: string): SentenceSlice[] {
  const out: SentenceSlice[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && (t.charCodeAt(a) === 0x20 || t.charCodeAt(a) === 0x3000 || t.charCodeAt(a) === 0x09)) a++;
    if (b > a) out.push({ from: a, to: b, text: t.slice(a, b) });
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isSentenceEnd(c)) continue;
    let j = i + 1;
    while (j < t.length && '”’」』）)】'.includes(t[j])) j++;
    push(from, j);
    from = j;
    i = j - 1;
  }
  push(from, t.length);
  return out;
}
