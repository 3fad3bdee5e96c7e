import { sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { testCheck } from './tester';

const lines = (...ls: string[]) => ls.join('\n');

testCheck(
  'numbering.style',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      WITHOUT_11,
      { name: 'seed 000 (its faults are of order, not form)', text: sharedSeed('000') },
      { name: 'consistent half-width brackets are a style of their own', text: lines('一、章', '(一)甲', '(二)乙') },
      chapters(['一', '三', '二']),
      chapters(['一', '二', '二', '三']),
      chapters(['一', '二', '四']),
      lines('一、立法', '（四）单独的一节'),
    ],
    invalid: [
      {
        name: 'a half-width bracket among full-width ones',
        text: lines('一、章', '（一）甲', '(二)乙', '（三）丙'),
        errors: [{ line: 2, text: '(二)' }],
      },
      { name: '、 among .', text: lines('一、章', '1.甲', '2、乙', '3.丙'), errors: [{ line: 2 }] },
      {
        name: 'a full-width digit among half-width ones',
        text: lines('一、章', '1.甲', '２.乙', '3.丙'),
        errors: [{ line: 2 }],
      },
      {
        name: 'a chapter numeral without its 、',
        text: lines('一、立法工作', '二 监督工作', '三、代表工作'),
        errors: [{ line: 1, message: /「二」后缺少「、」：应为「二、」/ }],
      },
      {
        name: "the fix renumbers the run in its majority's form",
        text: lines('一、章', '（一）甲', '(二)乙', '（四）丙'),
        errors: [{ line: 2, message: /本组多用.*此处为「\(二\)」/ }],
        output: lines('一、章', '（一）甲', '（二）乙', '（三）丙'),
      },
    ],
  },
  () => numberingOnRealReports('numbering.style', {}),
);
