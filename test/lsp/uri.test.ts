import * as assert from 'assert';
import { normalizeUri, pathToUri, uriToPath } from '../../server/src/lsp/uri';

describe('URIs and paths (vscode-uri, as VS Code spells them)', () => {
  it("round-trips spaces, ( ) ! ' *, CJK names and # ?", () => {
    for (const p of [
      "/tmp/a b/2023 (草稿)!'*.txt",
      '/报告/株洲市人大常委会工作报告.txt',
      '/x/#1?.txt',
      '/x/100%.txt',
    ]) {
      assert.strictEqual(uriToPath(pathToUri(p)), p);
    }
    assert.strictEqual(pathToUri('/tmp/a b/(草稿).txt'), 'file:///tmp/a%20b/%28%E8%8D%89%E7%A8%BF%29.txt');
  });

  it('normalises lower-case escapes and Windows drive letters to one spelling', () => {
    const upper = pathToUri('/报告/工作报告.txt');
    assert.strictEqual(normalizeUri(upper.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())), upper);
    assert.strictEqual(
      normalizeUri('file:///%e6%8a%a5%e5%91%8a/a.txt'),
      normalizeUri('file:///%E6%8A%A5%E5%91%8A/a.txt'),
    );
    assert.strictEqual(normalizeUri('file:///C:/Reports/a.txt'), 'file:///c%3A/Reports/a.txt');
    assert.strictEqual(normalizeUri('file:///c%3A/Reports/a.txt'), 'file:///c%3A/Reports/a.txt');
    assert.strictEqual(uriToPath('file:///c%3A/Reports/a.txt'), 'c:/Reports/a.txt');
  });

  it('gives no path for other schemes', () => {
    assert.strictEqual(uriToPath('untitled:Untitled-1'), undefined);
    assert.strictEqual(uriToPath('https://example.org/a.txt'), undefined);
  });
});
