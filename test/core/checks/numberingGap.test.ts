import { corpusReport, sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { testCheck } from './tester';

testCheck(
  'numbering.gap',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      { name: '一、三、二 is out of order, not a gap', text: chapters(['一', '三', '二']) },
      { name: '一、二、二、三 repeats, skips nothing', text: chapters(['一', '二', '二', '三']) },
    ],
    invalid: [
      {
        name: 'seed 000: the lone (四), the lost 一 (its untitled plan part a run of its own)',
        text: sharedSeed('000'),
        errors: [
          { line: 35, column: 0, text: '(四)', message: '编号从「四」开始，缺少「一」「二」「三」：此处应为「一」。' },
          { line: 39, text: '三、', message: '编号从「三」开始，缺少「一」：此处应为「一」。' },
        ],
      },
      { text: chapters(['一', '二', '四']), errors: [{ line: 2, text: '四、' }] },
      { text: ['一、立法', '（四）单独的一节'].join('\n'), errors: [{ line: 1, text: '（四）' }] },
      { ...WITHOUT_11, errors: [{ line: 10 }] },
      {
        // Yunnan's text breaks a marker across two lines (“（” / “三）…”): (三) is really missing from the text.
        name: 'Yunnan 2026: a marker broken over two lines',
        text: corpusReport('provincial_gwr_2026/2026_云南省_政府工作报告.txt'),
        errors: [{ line: 40 }],
      },
    ],
  },
  () => numberingOnRealReports('numbering.gap', { '1981': 1, '2007': 1 }, /云南/),
);
