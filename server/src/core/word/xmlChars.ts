/** Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates). */
export const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** How many characters of a text an export leaves out, since a well-formed document cannot hold them. */
export function unwritableChars(text: string): number {
  return text.match(NOT_XML)?.length ?? 0;
}
