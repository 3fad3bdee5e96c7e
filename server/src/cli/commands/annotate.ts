/**
 * `check DRAFT.docx --annotate OUT.docx`: the findings of a Word document written into a copy of it as comments
 * (io/annotateWord.ts), for leaders who read the report in Word or WPS. Asked before the check whether it can be
 * done at all (one Word document, a target of its kind that is not the document), so nothing is checked in vain.
 */
import { type WordFinding } from '../../core';
import { annotateTargetProblem, annotateWordCopy, ANNOTATABLE } from '../../io/annotateWord';
import { readRegularFileSync } from '../../io/regularFile';
import { LIMITS } from '../../core';
import { msg } from '../../messages';
import type { CliContext } from '../context';

/** Why `--annotate target` cannot be done for these inputs, said; undefined when it can. */
export function annotateRefusal(targets: string[], target: string, cx: CliContext): string | undefined {
  if (targets.length !== 1) return msg(cx.locale, 'annotateOneFile')();
  const [file] = targets;
  if (file === '-' || !ANNOTATABLE.test(file)) return msg(cx.locale, 'annotateNotWord')(file === '-' ? 'stdin' : file);
  return annotateTargetProblem(file, target, [], cx.locale);
}

/** Writes the annotated copy; the exit code of this part: 0, or 2 when it could not be written. */
export function writeAnnotated(
  file: string,
  text: string,
  findings: WordFinding[],
  target: string,
  cx: CliContext,
): number {
  const r = readRegularFileSync(file, LIMITS.cliInputBytes);
  if (!r.ok) {
    cx.io.err(msg(cx.locale, 'cliCannotRead')(file, r.message));
    return 2;
  }
  const w = annotateWordCopy({ file, bytes: r.bytes, text }, findings, target, [], cx.locale);
  if (!w.ok) {
    cx.io.err(w.message);
    return 2;
  }
  cx.io.err(msg(cx.locale, 'annotateWrote')(target, w.comments, w.backup));
  return 0;
}
