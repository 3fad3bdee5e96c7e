/** The norm checks over LSP: their quick fixes, and the fix-all source actions a client asks for by kind. */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sharedSeed } from '../helpers';
import { StdioClient } from './client';

describe('norm fixes over LSP', function () {
  this.timeout(20_000);
  const uri = 'file:///drafts/2023-邵阳市人大常委会工作报告.txt';

  it('source.fixAll.workReport offers one action per code; its edit makes the text full-width and changes nothing else', async () => {
    const client = new StdioClient();
    try {
      await client.initialize();
      const text = sharedSeed('003');
      await client.open(uri, text);
      const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.some((d: any) => d.code === 'norm.punctuation'));
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: whole,
        context: { diagnostics: [], only: ['source.fixAll.workReport'] },
      });
      assert.deepStrictEqual(
        actions.map((a) => a.kind),
        ['source.fixAll.workReport.norm.punctuation'],
      );
      assert.match(actions[0].title, /^全文修正：标点符号不合规范（GB\/T 15834）（\d+ 处）$/);
      const after = TextDocument.applyEdits(
        TextDocument.create(uri, 'work-report', 1, text),
        actions[0].edit.changes[uri],
      );
      const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');
      assert.strictEqual(fold(after), fold(text));
      assert.ok(!/[\u4e00-\u9fff],[\u4e00-\u9fff]/.test(after));
      // Asked for another kind only: nothing of this one.
      const renumber = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: whole,
        context: { diagnostics: [], only: ['source.renumber.workReport'] },
      });
      assert.ok(renumber.every((a) => !a.kind.startsWith('source.fixAll')));
      // A single finding's quick fix: the salutation's colon, one edit.
      const salutation = report.items.find((d: any) => d.code === 'norm.punctuation' && /称谓/.test(d.message));
      const fixes = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: salutation.range,
        context: { diagnostics: [salutation] },
      });
      const colon = fixes.find((a) => a.kind === 'quickfix');
      assert.deepStrictEqual(
        colon.edit.changes[uri].map((e: any) => e.newText),
        ['：'],
      );
    } finally {
      await client.stop();
    }
  });
});
