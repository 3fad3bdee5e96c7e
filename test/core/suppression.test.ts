/** Suppression comments, shared by every check: <!-- work-report-disable[-next-line] [code …] --> … enable. */
import * as assert from 'assert';
import { check, codes, parse } from '../helpers';

const repeats = (text: string) => codes(check(text, { only: /^repeat\./ }));

describe('suppression comments', () => {
  const para = '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
  it('disable/enable blocks, disable-next-line, per code or for all', () => {
    assert.deepStrictEqual(
      repeats(
        [para, '<!-- work-report-disable repeat.paragraph -->', para, '<!-- work-report-enable -->', para].join('\n'),
      ),
      ['4 repeat.paragraph'],
    );
    assert.deepStrictEqual(repeats([para, '<!-- work-report-disable-next-line -->', para, para].join('\n')), [
      '3 repeat.paragraph',
    ]);
    assert.deepStrictEqual(repeats([para, '<!-- work-report-disable repeat.sentence -->', para].join('\n')), [
      '2 repeat.paragraph',
    ]);
    assert.deepStrictEqual(repeats([para, '<!-- work-report-disable -->', para, para].join('\n')), []);
  });
  it('comment lines are neither paragraphs nor outline entries', () => {
    const m = parse(['<!-- work-report-disable -->', '一、坚持党的领导'].join('\n'));
    assert.deepStrictEqual([m.paragraphs.length, m.flat.length, m.roles[0]], [1, 1, 'comment']);
  });
});
