/** What every CLI command is given: where it writes, the user's language, and the name standard input goes by. */
import type { Locale } from '../core';
import { load, type Loaded } from './load';

/** Standard output and standard error, as functions so that tests capture both. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface CliContext {
  io: Io;
  locale: Locale;
  /** --stdin-filename: standard input's name in messages (and where its `.workreportrc.json` is looked up). */
  stdinName?: string;
}

/** The report, or undefined once the reason it cannot be read is said (the command then exits 2). */
export function loadReport(file: string, cx: CliContext): Extract<Loaded, { ok: true }> | undefined {
  const f = load(file, cx.locale, cx.stdinName);
  if (f.ok) return f;
  cx.io.err(f.message);
  return undefined;
}
