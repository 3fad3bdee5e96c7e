/**
 * What crosses the webview boundary, checked on the host side. The webview renders text from reports nobody here
 * wrote; should a page ever be subverted, its messages still only open a document at a line: no `command:` or other
 * URI scheme gets through, and titles are shortened before they reach the page or its saved state.
 */
import { URI } from 'vscode-uri';

import type { PanelMessage } from '../../shared/panel';
export type { PanelMessage } from '../../shared/panel';

/** Schemes a report can live in; anything else (command:, javascript:, https:, vscode:…) is refused. */
const OPENABLE = new Set(['file', 'untitled', 'vscode-remote']);
const MAX_LINE = 10_000_000;
export const MAX_TITLE = 120;

export function parsePanelMessage(m: unknown): PanelMessage | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const msg = m as { type?: unknown; uri?: unknown; line?: unknown };
  if (msg.type === 'ready') return { type: 'ready' };
  if (msg.type === 'changeLibrary') return { type: 'changeLibrary' };
  if (msg.type !== 'open' || typeof msg.uri !== 'string' || msg.uri.length > 4096) return undefined;
  if (!Number.isInteger(msg.line) || (msg.line as number) < 0 || (msg.line as number) > MAX_LINE) return undefined;
  // The raw string must already start with the scheme: URI.parse would read " command:x" or "\ncommand:x" leniently.
  if (!/^(file|untitled|vscode-remote):/.test(msg.uri)) return undefined;
  let scheme: string;
  try {
    scheme = URI.parse(msg.uri, true).scheme;
  } catch {
    return undefined;
  }
  if (!OPENABLE.has(scheme)) return undefined;
  const at = msg as { character?: unknown; length?: unknown };
  const small = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000;
  if (at.character !== undefined || at.length !== undefined) {
    if (!small(at.character) || !small(at.length)) return undefined;
    return {
      type: 'open',
      uri: msg.uri,
      line: msg.line as number,
      character: at.character as number,
      length: at.length as number,
    };
  }
  return { type: 'open', uri: msg.uri, line: msg.line as number };
}

/** A copy of the server's answer with every `title` and `label` cut to MAX_TITLE characters. */
export function shortenTitles<T>(data: T): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string')
      return (key === 'title' || key === 'label') && v.length > MAX_TITLE ? `${v.slice(0, MAX_TITLE - 1)}…` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(data) as T;
}
