/** Drafts and real-report runs the five numbering checks share (numbering*.test.ts). */
import * as assert from 'assert';
import { toChineseNumeral } from '../../../server/src/core/text/numerals';
import { check, cleanReports, corpusFiles } from '../../helpers';
import { assertSilent } from './tester';

/** Chapters numbered `ns`, one a line. */
export const chapters = (ns: string[], sep = '、') => ns.map((n) => `${n}${sep}标题${n}`).join('\n');

/** Runs restart with a new part, sections with a new chapter, items with a new section. */
export const NESTED_RUNS = {
  name: 'runs restart with a new part, sections with a new chapter, items with a new section',
  text: [
    '过去一年的主要工作',
    '一、甲',
    '（一）子',
    '（二）子',
    '1.条',
    '2.条',
    '（三）子',
    '1.条',
    '二、乙',
    '（一）子',
    '今年的主要工作',
    '一、丙',
    '二、丁',
  ].join('\n'),
};

const ONE_TO_99 = Array.from({ length: 99 }, (_, i) => toChineseNumeral(i + 1));
/** Chinese numerals to 九十九, and Arabic numbers in both widths: nothing to find. */
export const NUMERALS = [
  { name: 'chapters 一 to 九十九', text: chapters(ONE_TO_99) },
  {
    name: 'items 1. to 12.',
    text: ['一、章', ...Array.from({ length: 12 }, (_, i) => `${i + 1}.条目${i + 1}`)].join('\n'),
  },
  { name: 'full-width items １． ２． ３．', text: ['一、章', '１．甲', '２．乙', '３．丙'].join('\n') },
];
/** Chapters 一 to 九十九 without 十一 (a gap on line 10, and nothing else). */
export const WITHOUT_11 = {
  name: 'chapters 一 to 九十九 without 十一',
  text: chapters(ONE_TO_99.filter((n) => n !== '十一')),
};

/**
 * The real reports: no finding of `code` on seeds 001–004, the shipped seeds but the faulty 2022 Zhuzhou one, the
 * provincial reports (those named by `except` have rows of their own); on the national reports from 1978 on, only
 * the known cases (see the README), by year.
 */
export function numberingOnRealReports(code: string, national: Record<string, number>, except?: RegExp): void {
  it('is silent on seeds 001–004, the shipped seeds but the faulty one, and the provincial reports', () =>
    assertSilent(
      code,
      cleanReports().filter((r) => !except?.test(r.name)),
    ));
  it(`national reports from 1978 on: only the known cases (${JSON.stringify(national)})`, () => {
    for (const f of corpusFiles('wikisource_national_gwr').filter((x) => Number(x.name.slice(0, 4)) >= 1978))
      assert.strictEqual(check(f.text, { only: code }).length, national[f.name.slice(0, 4)] ?? 0, f.name);
  });
}
