/** norm.number (GB/T 15835). */
import * as assert from 'assert';
import { corpusFiles, draft } from '../../helpers';
import { findings, testCheck } from './tester';

testCheck(
  'norm.number',
  {
    valid: [
      { name: '十二个, 第二次, 二〇二三年, 二季度', text: draft('十二个部门参加第二次会议，二〇二三年二季度开工。') },
      {
        name: 'codes and numbers that are not ranges: 2019-145号, 0731-28686000, 1,000',
        text: draft('建规（地）字第2019-145号，电话0731-28686000，共1,000人。'),
      },
    ],
    invalid: [
      {
        name: 'full-width and spaced digits in running text, grouped, fixed to half-width',
        text: draft('全年接待来访１２３４人次，完成投资１．５亿元，1 9 9 3年建成。'),
        errors: [{ line: 6 }],
        output: draft('全年接待来访1234人次，完成投资1.5亿元，1993年建成。'),
      },
      {
        name: '二 where a count wants 两, never in 十二个, 第二次, 二〇二三年, 二季度',
        text: draft('新建二个园区，完成二项改革。', '十二个部门参加第二次会议，二〇二三年二季度开工。'),
        errors: [{ line: 6, count: 2 }],
      },
      { text: draft('新建二个园区。'), errors: [{ line: 6, text: '二' }], output: draft('新建两个园区。') },
      ...[
        ['全年增长约6%左右。', '全年增长约6%。'],
        ['新增就业近10多万人。', '新增就业近10万人。'],
        ['增长3～5%。', '增长3%～5%。'],
        ['预计增长4.5-5%。', '预计增长4.5%～5%。'],
        ['投资3～5万元。', '投资3万～5万元。'],
        ['到2021-2035年基本实现。', '到2021—2035年基本实现。'],
        ['每年新建3-5个园区。', '每年新建3～5个园区。'],
      ].map(([sentence, want]) => ({
        name: `约…左右, 近…多, ranges: ${sentence}`,
        text: draft(sentence),
        errors: [{ line: 6 }],
        output: draft(want),
      })),
      {
        name: 'years written both ways outside the title block, once, at the fewer form',
        text: draft('2023年完成投资。', '2024年继续推进。', '到二〇三五年基本实现现代化。'),
        errors: [{ line: 8, message: /全文 2 处用阿拉伯数字.*1 处用汉字/ }],
      },
    ],
  },
  () => {
    it('years written both ways in a 2026 report quoting 二〇三五年 (Tianjin)', () => {
      const tianjin = corpusFiles('provincial_gwr_2026').find((f) => f.name.includes('天津'))!;
      assert.ok(findings('norm.number', tianjin).some((d) => /年份写法不一/.test(d.message)));
    });
  },
);
