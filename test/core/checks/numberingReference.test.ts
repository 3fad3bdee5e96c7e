import { sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { testCheck } from './tester';

testCheck(
  'numbering.reference',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      WITHOUT_11,
      { name: 'seed 000', text: sharedSeed('000') },
      chapters(['一', '三', '二']),
      ['一、总体情况', '详见第二部分。', '二、具体工作'].join('\n'),
    ],
    invalid: [
      {
        name: 'a 第N部分 with no such part is a hint',
        text: ['一、总体情况', '如本报告第五部分所述，各项任务均已完成。', '二、具体工作', '详见第二部分。'].join('\n'),
        errors: [{ line: 1, column: 1, text: '本报告第五部分', severity: 'hint', message: /本报告没有第五部分/ }],
      },
    ],
  },
  () => numberingOnRealReports('numbering.reference', {}),
);
