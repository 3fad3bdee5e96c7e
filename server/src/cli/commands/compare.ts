/** `compare DRAFT --library DIR [--json]`: the draft beside the past reports of a folder (reuse, figures, chapters). */
import { compareDraft, parseReport, TextDoc } from '../../core';
import { msg } from '../../messages';
import { loadReport, type CliContext } from '../context';
import { loadLibrary } from '../library';

export function compareCommand(file: string, libDir: string, json: boolean, cx: CliContext): number {
  const { io, locale } = cx;
  const f = loadReport(file, cx);
  if (!f) return 2;
  const { lib } = loadLibrary(libDir, [f.file], cx);
  const model = parseReport(new TextDoc(f.file, f.text));
  // The draft is never its own past report, by path or by text (a copy under another name).
  const result = { file: f.file, ...compareDraft(lib, model, f.file) };
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const s = result.summary;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  io.out(msg(locale, 'cliCompareSummary')(f.file, pct(s.reusedShare), lib.size, s.lastYear?.uri, s.verbatim.length));
  for (const r of result.figures)
    io.out(
      `  ${r.metric}: ${r.past.map((p) => `${p.year} ${p.value}`).join(' · ')} → ${r.value}${r.unit}${r.sameAsLastYear ? `  ${msg(locale, 'cliSameAsLastYear')()}` : ''}`,
    );
  for (const r of result.structure.rows) io.out(`  [${r.status}] ${r.draft?.label ?? '—'} ⇄ ${r.past?.label ?? '—'}`);
  return 0;
}
