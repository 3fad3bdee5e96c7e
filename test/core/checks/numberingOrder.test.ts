import * as assert from 'assert';
import { applyEdits, fixesFor } from '../../../server/src/core';
import { check, onlyMarkersChanged, parse, sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { testCheck } from './tester';

testCheck(
  'numbering.order',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      WITHOUT_11,
      { name: '一、二、四 skips, keeps its order', text: chapters(['一', '二', '四']) },
      { name: '一、二、二、三 repeats, keeps its order', text: chapters(['一', '二', '二', '三']) },
    ],
    invalid: [
      {
        name: 'seed 000: 二 after 三, and its untitled plan part (二, 三, 四, then 一) one order fault',
        text: sharedSeed('000'),
        errors: [
          { line: 51, column: 3, text: '二、', message: '编号顺序颠倒：「二」排在「三」之后，按顺序此处应为「四」。' },
          { line: 141, column: 0, text: '一、', message: '编号顺序颠倒：「一」排在「四」之后，按顺序此处应为「五」。' },
        ],
      },
      {
        text: chapters(['一', '三', '二']),
        errors: [{ line: 2, text: '二、', message: /「二」排在「三」之后/ }],
        output: ['一、标题一', '二、标题三', '三、标题二'].join('\n'),
      },
    ],
  },
  () => {
    numberingOnRealReports('numbering.order', {});

    it('quick fixes: renumber the run (preferred) or the whole document', () => {
      const text = sharedSeed('000');
      const model = parse(text);
      const order = check(text, { only: /^numbering\./ }).find((d) => d.code === 'numbering.order')!;
      const [run, all] = fixesFor(model, order.code, order.data);
      assert.strictEqual(run.title.zh, '重新编号本组（6 项）');
      assert.ok(run.preferred);
      assert.strictEqual(all.title.zh, '重新编号全文');
      const afterRun = applyEdits(text, run.edits);
      assert.ok(
        !check(afterRun, { only: /^numbering\./ }).some(
          (d) =>
            d.range.start.line >= 39 &&
            d.code !== 'numbering.gap' &&
            [39, 51, 63, 79, 99, 119].includes(d.range.start.line),
        ),
      );
      onlyMarkersChanged(text, afterRun);
    });
  },
);
