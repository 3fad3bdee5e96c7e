import * as assert from 'assert';
import { parseArabic, parseChineseNumeral, toChineseNumeral } from '../../server/src/core/text/numerals';

describe('numerals', () => {
  it('parses Chinese section numerals up to 999', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['十', 10],
      ['十一', 11],
      ['二十', 20],
      ['二十一', 21],
      ['九十九', 99],
      ['一百', 100],
      ['一百零五', 105],
      ['两', 2],
    ];
    for (const [s, v] of cases) assert.strictEqual(parseChineseNumeral(s), v, s);
  });
  it('rejects digit-by-digit years and malformed numerals', () => {
    for (const s of ['一九五八', '二〇二三', '十十', '零', '', '百十', '一二'])
      assert.strictEqual(parseChineseNumeral(s), undefined, s);
  });
  it('reads half- and full-width Arabic digits', () => {
    assert.strictEqual(parseArabic('12'), 12);
    assert.strictEqual(parseArabic('１９'), 19);
    assert.strictEqual(parseArabic('1a'), undefined);
  });
  it('writes numerals back in their positional form', () => {
    for (let n = 1; n <= 120; n++) assert.strictEqual(parseChineseNumeral(toChineseNumeral(n)), n, String(n));
    assert.strictEqual(toChineseNumeral(11), '十一');
    assert.strictEqual(toChineseNumeral(105), '一百零五');
  });
});
