import * as assert from 'assert';
import { listChanges, numberChange } from '../../client/src/renumberSummary';

describe("the renumber command's summary, before anything changes", () => {
  it('shows a marker as written, and a cross-reference with its words', () => {
    assert.deepStrictEqual(numberChange('三、监督工作', 11, 0, 2, '二、'), { line: 11, from: '三、', to: '二、' });
    assert.deepStrictEqual(numberChange('详见第三部分。', 4, 3, 4, '二'), {
      line: 4,
      from: '第三部分',
      to: '第二部分',
    });
  });

  it('lists the first changes and counts the rest', () => {
    const changes = Array.from({ length: 8 }, (_, i) => ({ line: i * 10, from: '三、', to: '二、' }));
    const write = (c: { line: number; from: string; to: string }) => `第 ${c.line + 1} 行 ${c.from}→${c.to}`;
    assert.deepStrictEqual(listChanges(changes.slice(0, 2), write, '；'), {
      text: '第 1 行 三、→二、；第 11 行 三、→二、',
      more: 0,
    });
    const long = listChanges(changes, write, '；');
    assert.strictEqual(long.text.split('；').length, 6);
    assert.strictEqual(long.more, 2);
  });
});
