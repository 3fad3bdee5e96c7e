import * as assert from 'assert';
import { snippetToPlainText } from '../../server/src/core/text/snippet';

describe('snippets as plain text for clients without snippet support', () => {
  it('keeps defaults, drops tab stops, resolves escapes and choices', () => {
    assert.strictEqual(snippetToPlainText('召开常委会会议${1:10}次'), '召开常委会会议10次');
    assert.strictEqual(snippetToPlainText('——${1:2024}年${2:1}月$0'), '——2024年1月');
    assert.strictEqual(snippetToPlainText('${1:第${2:十六}届}'), '第十六届');
    assert.strictEqual(snippetToPlainText('${1|甲,乙|}与\\$5'), '甲与$5');
    assert.strictEqual(snippetToPlainText('无占位'), '无占位');
  });
});
