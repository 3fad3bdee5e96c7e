/**
 * A Word document's findings written into a copy of it as comments — the one way the CLI and the server both do
 * it, so that neither writes where it was not asked: the copy has the document's own kind (.docx or .docm: a macro
 * document saved under .docx would not open in Word), is never the document itself or another report the user has
 * open (compared as the file system resolves them), never written through a link planted at the target, atomically,
 * an earlier file at the target kept as FILE.bak.
 */
import { extname } from 'path';
import { annotateDocx, type Locale, type WordFinding } from '../core';
import { msg } from '../messages';
import { resolvedPath, writeFileAtomic } from './safeWrite';

export type AnnotateResult = { ok: true; comments: number; backup?: string } | { ok: false; message: string };

/** Word documents the comments can go into (a template's copy would be a template). */
export const ANNOTATABLE = /\.(docx|docm)$/i;

/** Why `target` cannot take the annotated copy of `source`, if it cannot. */
export function annotateTargetProblem(
  source: string,
  target: string,
  protectedFiles: string[],
  locale: Locale,
): string | undefined {
  if (!ANNOTATABLE.test(source)) return msg(locale, 'annotateNotWord')(source);
  const ext = extname(source).toLowerCase();
  if (extname(target).toLowerCase() !== ext) return msg(locale, 'annotateTargetKind')(target, ext);
  const at = resolvedPath(target);
  if ([source, ...protectedFiles].some((f) => resolvedPath(f) === at)) return msg(locale, 'annotateOverSelf')(target);
  return undefined;
}

export function annotateWordCopy(
  source: { file: string; bytes: Uint8Array; text?: string },
  findings: WordFinding[],
  target: string,
  protectedFiles: string[],
  locale: Locale,
): AnnotateResult {
  const problem = annotateTargetProblem(source.file, target, protectedFiles, locale);
  if (problem) return { ok: false, message: problem };
  // Word writes the date as UTC without fractions of a second.
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const a = annotateDocx(source.bytes, findings, { date, text: source.text });
  if (!a.ok) {
    const why = a.reason === 'changed' ? msg(locale, 'annotateChanged')() : msg(locale, 'wordReason')(a.message);
    return { ok: false, message: msg(locale, 'annotateFailed')(source.file, why) };
  }
  const w = writeFileAtomic(target, a.bytes, { backup: true, create: true, replaceLink: true });
  return w.ok ? { ok: true, comments: a.comments, ...(w.backup ? { backup: w.backup } : {}) } : w;
}
