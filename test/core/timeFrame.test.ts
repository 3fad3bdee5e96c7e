/** The time frame of a report (the year it reviews, where its plan starts), which stale.year checks against. */
import * as assert from 'assert';
import { timeFrame } from '../../server/src/core/model/timeFrame';
import { corpusReport, NO_PART_TITLES, parse, sharedSeed } from '../helpers';

describe('time frame in every real form', () => {
  const seed3 = sharedSeed('003');
  it('reads the subtitle with or without ——, with the speaker appended, or in Chinese numerals', () => {
    const sub = '——2023年12月26日在邵阳市第十七届人民代表大会第三次会议上';
    assert.ok(seed3.includes(sub));
    for (const variant of [
      sub.slice(2),
      `${sub} 邵阳市人大常委会主任 张三`,
      '——二〇二三年十二月二十六日在邵阳市第十七届人民代表大会第三次会议上',
    ]) {
      const frame = timeFrame(parse(seed3.replace(sub, variant)));
      assert.deepStrictEqual([frame?.reviewed, frame?.source], [2023, 'date'], variant);
    }
  });
  it('without any date, from the part titles', () => {
    const gd = corpusReport('wikisource_national_gwr/2016_国务院_政府工作报告.txt');
    assert.deepStrictEqual(timeFrame(parse(gd))?.reviewed, 2015);
  });
  it("an untitled plan starts at the chapter after the review's closing 各位代表，…; the same words before the chapters open the review", () => {
    const m = parse(sharedSeed('000'));
    const next = m.flat.find((c) => c.kind === 'chapter' && c.title.startsWith('坚持立法主导'));
    assert.strictEqual(timeFrame(m)?.planStart, next?.line);
    const frame = timeFrame(parse(NO_PART_TITLES));
    assert.strictEqual(frame?.reviewed, 2023);
    assert.strictEqual(frame?.planStart, undefined);
  });
});
