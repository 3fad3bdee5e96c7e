import * as assert from 'assert';
import { check, cleanReports, renumber, sharedSeed } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const PARA = '全年共召开常委会会议9次、主任会议22次, 审议通过地方性法规3部。';
const TYPED_AGAIN = '全年共召开常委会会议９次、主任会议２２次，审议通过地方性法规３部。';

testCheck(
  'repeat.paragraph',
  {
    valid: [
      {
        name: 'short formula lines that reports repeat on purpose',
        text: ['各位代表！', '正文一。', '各位代表！', '正文二。'].join('\n'),
      },
    ],
    invalid: [
      {
        name: 'seed 000: the verbatim paragraph',
        text: sharedSeed('000'),
        errors: [{ line: 77, column: 0, related: [61], message: '本段与第 62 行的段落重复。' }],
      },
      { name: 'seed 000 renumbered', text: renumber(sharedSeed('000')), errors: [{ line: 77, related: [61] }] },
      {
        name: 'white space and punctuation width ignored, not wording',
        text: [PARA, '', TYPED_AGAIN].join('\n'),
        errors: [{ line: 2, column: 0, text: TYPED_AGAIN }],
      },
      {
        name: 'in English',
        text: [PARA, '', PARA].join('\n'),
        locale: 'en',
        errors: [{ line: 2, message: /repeats the paragraph on line 1/ }],
      },
    ],
  },
  () => {
    it('is silent on seeds 001–004, the other shipped seeds and the 31 provincial reports', () =>
      assertSilent('repeat.paragraph', cleanReports()));

    it('reports 10,000 identical paragraphs as one grouped finding, in bounded time', () => {
      const para = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。';
      const found = check(Array(10_000).fill(para).join('\n'), { only: /^repeat\./ });
      assert.strictEqual(found.length, 1);
      assert.match(found[0].message, /全文共出现 10000 次/);
      assert.ok(found[0].related.length <= 20);
    });
  },
);
