/** Where a line's sentences are: end punctuation and closing quotes stay with their sentence. */

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
    // 。！？!?；;
    if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 0xff1b && c !== 0x3b)
      continue;
    let j = i + 1;
    while (j < t.length && '”’」』）)】'.includes(t[j])) j++;
    push(from, j);
    from = j;
    i = j - 1;
  }
  push(from, t.length);
  return out;
}
