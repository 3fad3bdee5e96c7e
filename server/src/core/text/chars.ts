/** Character-level helpers shared by the parser and the checks. Pure, allocation-light. */

/** Zero-width characters that real scraped reports carry inside words (U+200B–U+200D, U+2060, BOM). */
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Literal "<U+00A0>" strings left by one scraper, plus real NBSP and U+3000 indents: all act as spaces. */
const SPACE_LIKE = /<U\+00A0>|[\u00A0\u3000\t ]/g;

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII; U+3000 → space. */
export function foldWidth(s: string): string {
  // Most text has nothing to fold: find the first character that does before copying anything.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  const codes = new Uint16Array(s.length);
  for (let j = 0; j < s.length; j++) codes[j] = foldedCode(s.charCodeAt(j));
  return stringFromCodes(codes, codes.length);
}

/** The first `n` UTF-16 codes as one string (in chunks: fromCharCode takes its codes as arguments). */
export function stringFromCodes(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

/** 。！？!?；; — the marks that end a sentence (a clause's ，、：do not). */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
}

/** One UTF-16 code unit width-folded (see foldWidth): the fold maps one unit to one, so offsets are kept. */
export function foldedCode(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
}

/**
 * The comparison key of a paragraph: width-folded, without any white space or zero-width
 * characters, with curly and straight quotes unified. Two paragraphs that differ only in
 * how they were typed (`,` vs `，`, a space after a comma) get the same key.
 */
export function comparisonKey(s: string): string {
  return foldWidth(s.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ''))
    .replace(/\s+/g, '')
    .replace(/[“”″〝〞]/g, '"')
    .replace(/[‘’′]/g, "'");
}

/** Removes leading indentation of any kind (spaces, U+3000, NBSP, "<U+00A0>", zero-width). */
export function leadingIndentLength(s: string): number {
  let i = 0;
  for (;;) {
    if (s.startsWith('<U+00A0>', i)) {
      i += 8;
      continue;
    }
    const c = s.charCodeAt(i);
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0xa0 ||
      c === 0x3000 ||
      (c >= 0x200b && c <= 0x200d) ||
      c === 0x2060 ||
      c === 0xfeff
    ) {
      i++;
      continue;
    }
    return i;
  }
}

export function trailingSpaceLength(s: string): number {
  let n = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (
      c === 0x20 ||
      c === 0x09 ||
      c === 0xa0 ||
      c === 0x3000 ||
      c === 0x0d ||
      (c >= 0x200b && c <= 0x200d) ||
      c === 0xfeff
    )
      n++;
    else break;
  }
  return n;
}

/** Sentence-final punctuation in either width. */
export const SENTENCE_END = /[。！？!?；;]/;
/** Punctuation that may close a paragraph (a quote or bracket after the full stop counts). */
export const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)\]】》]$/;
