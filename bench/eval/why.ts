/** Why planted conflicts were missed: which side the checker did not take for a statement, and the reason it gave. */
import { parseReport, runChecks, TextDoc } from '../../server/src/core';
import { metricStatements } from '../../server/src/core/figures/statements';
import type { Plant } from './plant';

export function whyMissed(missed: Plant[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of missed) {
    const doc = new TextDoc('file:///eval/x', p.text);
    const m = parseReport(doc);
    if (runChecks(m, { positionAt: (o) => doc.positionAt(o) }).some((d) => d.code === 'figure.conflict')) continue;
    const st = metricStatements(m);
    const planted = st.find((s) => s.figure.start <= p.start && p.start < s.figure.end);
    const orig = p.also && st.find((s) => s.figure.end >= p.also![0] && s.figure.start <= p.also![1]);
    const why = !planted
      ? 'planted: no figure'
      : planted.excluded
        ? `planted: ${planted.excluded}`
        : !orig
          ? 'original: no figure'
          : orig.excluded
            ? `original: ${orig.excluded}`
            : planted.key !== orig.key
              ? 'keys differ'
              : 'same paragraph';
    const list = out.get(why) ?? [];
    list.push(
      `${planted?.key ?? '-'} ${planted?.figure.clause ?? ''}  ⇄  ${orig?.key ?? '-'} ${orig?.figure.clause ?? ''}`,
    );
    out.set(why, list);
  }
  return out;
}
