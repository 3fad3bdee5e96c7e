import * as assert from 'assert';
import { fixesFor } from '../../../server/src/core';
import { check, parse, sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { testCheck } from './tester';

testCheck(
  'numbering.repeat',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      WITHOUT_11,
      { name: '一、三、二 is out of order, no number twice', text: chapters(['一', '三', '二']) },
      { name: '一、二、四', text: chapters(['一', '二', '四']) },
    ],
    invalid: [
      {
        name: 'seed 000: the repeated 五 (two pasted copies) and (三) inside each',
        text: sharedSeed('000'),
        errors: [
          { line: 95, text: '(三)', message: '编号重复：第 86 行已有「三」，按顺序此处应为「四」。' },
          { line: 99, text: '五、', message: '编号重复：第 80 行已有「五」，按顺序此处应为「六」。' },
          { line: 115, text: '(三)', message: '编号重复：第 106 行已有「三」，按顺序此处应为「四」。' },
          { line: 119, text: '五、', message: '编号重复：第 80 行已有「五」，按顺序此处应为「六」。' },
        ],
      },
      {
        text: chapters(['一', '二', '二', '三']),
        errors: [{ line: 2, message: '编号重复：第 2 行已有「二」，按顺序此处应为「三」。' }],
        output: ['一、标题一', '二、标题二', '三、标题二', '四、标题三'].join('\n'),
      },
    ],
  },
  () => {
    numberingOnRealReports('numbering.repeat', { '1981': 3, '1982': 5, '1984': 3, '1986': 13, '1988': 5 });

    it("on a pasted section's heading, deleting the copy is the preferred fix, not renumbering it into a plausible 六、", () => {
      const text = sharedSeed('000');
      const model = parse(text);
      const found = check(text, { only: /^(numbering\.repeat|repeat\.section)$/ }).filter(
        (d) => d.range.start.line === 99,
      );
      const fixes = found.flatMap((d) =>
        fixesFor(model, d.code, d.data).map((f) => `${d.code} ${f.preferred ? '*' : ' '} ${f.title.zh}`),
      );
      assert.deepStrictEqual(fixes, [
        'numbering.repeat   重新编号本组（6 项）',
        'numbering.repeat   重新编号全文（改动 7 处）',
        'repeat.section * 删除这一节（第 100–118 行）',
        'repeat.section   删除这一节的全部 2 个重复副本',
      ]);
      // Elsewhere a repeated number's renumbering stays the preferred fix.
      const other = check(text, { only: 'numbering.repeat' }).find((d) => d.range.start.line === 95)!;
      assert.ok(fixesFor(model, other.code, other.data)[0].preferred);
    });
  },
);
