/**
 * Where a file path and a URI meet. Through vscode-uri, the library VS Code itself uses, so the server writes URIs
 * exactly as VS Code does (upper-case escapes, `file:///c%3A/…` drive letters, `( ) ! ' *` escaped) and reads any
 * client's spelling of them (Neovim writes lower-case escapes). Compare documents by `sameDocumentKey`, never by
 * the raw strings.
 */
import * as path from 'path';
import { URI } from 'vscode-uri';

/** The local path of a `file:` URI; undefined for any other scheme or an unparsable string. */
export function uriToPath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri, true);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** A URI as a message names it: its file name, decoded (株洲…docx, never %E6%A0%AA…); the URI itself if it has none. */
export function shownName(uri: string): string {
  try {
    const base = path.posix.basename(URI.parse(uri, true).path);
    return base || uri;
  } catch {
    return uri;
  }
}

/** The `file:` URI of a path (made absolute first), spelled as VS Code spells it. */
export function pathToUri(p: string): string {
  return URI.file(path.resolve(p)).toString();
}

/**
 * One spelling per document: escapes decoded and re-encoded canonically, and the drive letter lower-cased (VS Code's
 * own rule). Two URIs with the same key name the same document.
 */
export function normalizeUri(uri: string): string {
  try {
    return URI.parse(uri, true).toString();
  } catch {
    return uri;
  }
}
