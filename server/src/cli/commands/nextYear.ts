/**
 * `next-year REPORT [-o FILE] [--new-term]`: next year's draft from last year's report (core/nextYear.ts), written to
 * a new file — never over an existing one, never over the report.
 */
import { existsSync } from 'fs';
import { basename, dirname, join } from 'path';
import { nextYearDraft, nextYearName } from '../../core';
import { writeFileAtomic } from '../../io/safeWrite';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';

export function nextYearCommand(file: string, out: string | undefined, newTerm: boolean, cx: CliContext): number {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const target = out ?? (file === '-' ? undefined : join(dirname(file), nextYearName(basename(file))));
  if (!target) {
    io.err(msg(locale, 'cliExportNeedsOut')());
    return 2;
  }
  if (existsSync(target)) {
    io.err(msg(locale, 'cliNextYearExists')(target));
    return 2;
  }
  const draft = nextYearDraft(f.text, { newTerm });
  const w = writeFileAtomic(target, Buffer.from(draft.text, 'utf8'), { create: true, replaceLink: true });
  if (!w.ok) {
    io.err(w.message);
    return 2;
  }
  io.err(msg(locale, 'cliNextYear')(target, draft.changes.length));
  return 0;
}
