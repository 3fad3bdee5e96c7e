/** Figures as written in reports: numbers in every form, counts with their units and metrics (figures/extract). */
import * as assert from 'assert';
import { extractFigures } from '../../server/src/core';
import { arabicValue } from '../../server/src/core/figures/numbers';
import { parseChineseNumeral } from '../../server/src/core/text/numerals';
import { parse, sharedSeed } from '../helpers';

const figuresOf = (text: string) =>
  extractFigures(parse(text)).map((f) => `${f.text}=${f.value}${f.unit}${f.approx ? '~' : ''}`);

describe('numbers as written in reports', () => {
  it('parses Arabic with separators and decimals, full-width digits, Chinese numerals', () => {
    assert.deepStrictEqual(arabicValue('1,083'), { value: 1083, decimals: 0 });
    assert.deepStrictEqual(arabicValue('３.６２'), { value: 3.62, decimals: 2 });
    assert.deepStrictEqual(arabicValue('１９８４'), { value: 1984, decimals: 0 });
    for (const [s, v] of [
      ['三', 3],
      ['十六', 16],
      ['二十一', 21],
      ['两', 2],
      ['一百二十', 120],
      ['三千五百', 3500],
      ['一百零五', 105],
    ] as const)
      assert.strictEqual(parseChineseNumeral(s, true), v, s);
    assert.strictEqual(parseChineseNumeral('一九五八', true), undefined);
    for (const [s, v] of [
      ['一百十', 110],
      ['一千零五', 1005],
      ['百', 100],
      ['零', 0],
    ] as const)
      assert.strictEqual(parseChineseNumeral(s, true), v, s);
    for (const s of ['一百十', '三千五百', '百', '零'])
      assert.strictEqual(parseChineseNumeral(s), undefined, `${s} is no section number`);
  });
  it('extracts counts with units and multipliers, marks qualifiers as approximate', () => {
    assert.deepStrictEqual(
      figuresOf(
        '全年共召开常委会会议9次、主任会议二十二次，任免1,083人次，投资3.62亿元，培训近300人，收集意见500余条，覆盖率95%以上。',
      ),
      [
        '9次=9次',
        '二十二次=22次',
        '1,083人次=1083人次',
        '3.62亿元=362000000元',
        '300人=300人~',
        '500余条=500条~',
        '95%以上=95%~',
      ],
    );
  });
  it('never takes years, dates, ordinals, ranges, document numbers or slogans for counts', () => {
    assert.deepStrictEqual(
      figuresOf(
        '2023年3月5日，第十六届人大第二次会议通过株常审〔2017〕2号文件，规划期为2021-2035年，落实“两个维护”“十四五”，一是抓学习。',
      ),
      [],
    );
  });
  it('gives most figures of the seeds a metric key', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const figs = extractFigures(parse(sharedSeed(p)));
      const keyed = figs.filter((f) => f.metric).length;
      assert.ok(figs.length >= 30 && keyed / figs.length >= 0.8, `${p}: ${keyed}/${figs.length}`);
    }
    const overview = extractFigures(parse(sharedSeed('000')))
      .filter((f) => f.line === 31)
      .map((f) => `${f.metric}:${f.value}${f.unit}`);
    assert.deepStrictEqual(overview, [
      '常委会会议:9次',
      '主任会议:22次',
      '地方性法规:3部',
      '专项工作报告:14个',
      '执法检查:2次',
      '集中视察:2次',
      '专项工作评议:4次',
      '决议决定:4个',
    ]);
  });
});
