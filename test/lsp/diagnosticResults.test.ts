/** Pulled diagnostics carry result ids; a report the client already holds comes back `unchanged`. */
import * as assert from 'assert';
import { sameJson } from '../../server/src/lsp/diagnosticResults';
import { sharedSeed } from '../helpers';
import { StdioClient } from './client';

describe('pulled diagnostics: result ids and unchanged reports', function () {
  this.timeout(30_000);

  it('answers unchanged only for the report the client names, and a full report whenever the findings move', async () => {
    const client = new StdioClient();
    try {
      await client.initialize();
      const uri = 'file:///drafts/结果-工作报告.txt';
      const text = sharedSeed('000');
      await client.open(uri, text, 1);
      const pull = (previousResultId?: string) =>
        client.request<any>('textDocument/diagnostic', {
          textDocument: { uri },
          ...(previousResultId ? { previousResultId } : {}),
        });
      const change = (version: number, newText: string) =>
        client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ text: newText }],
        });
      const first = await pull();
      assert.strictEqual(first.kind, 'full');
      assert.ok(first.items.length > 5 && typeof first.resultId === 'string', JSON.stringify(first).slice(0, 200));
      assert.deepStrictEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
      // A new version with the same text (an undo back, a save): the same findings.
      await change(2, text);
      assert.deepStrictEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
      // Without a previous id, or with one the server never gave: the full report.
      assert.deepStrictEqual((await pull()).items, first.items);
      assert.strictEqual((await pull('no-such-id')).kind, 'full');
      // A pasted paragraph: findings move, a new id.
      const lines = text.split('\n');
      const long = lines.findIndex((l) => l.length > 120);
      const pasted = [...lines.slice(0, long + 1), '', lines[long], ...lines.slice(long + 1)].join('\n');
      await change(3, pasted);
      const second = await pull(first.resultId);
      assert.strictEqual(second.kind, 'full');
      assert.notStrictEqual(second.resultId, first.resultId);
      assert.ok(second.items.length > first.items.length);
      assert.deepStrictEqual(await pull(second.resultId), { kind: 'unchanged', resultId: second.resultId });
      // Back to the first text: the findings are the first report's again, but the client holds the second.
      await change(4, text);
      const third = await pull(second.resultId);
      assert.strictEqual(third.kind, 'full');
      assert.deepStrictEqual(third.items, first.items);
      // Closed and opened again: nothing is assumed about what the client holds.
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.open(uri, text, 5);
      assert.strictEqual((await pull(third.resultId)).kind, 'full');
    } finally {
      await client.stop();
    }
  });

  it('compares reports as JSON values: key order aside, undefined keys as absent, arrays in order', () => {
    assert.ok(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }));
    assert.ok(sameJson({ a: 1, d: undefined }, { a: 1 }));
    assert.ok(!sameJson({ a: 1 }, { a: 2 }));
    assert.ok(!sameJson([1, 2], [2, 1]));
    assert.ok(!sameJson([1], { 0: 1 }));
    assert.ok(!sameJson({ a: null }, { a: {} }));
    assert.ok(!sameJson({ range: { start: { line: 1 } } }, { range: { start: { line: 1, character: 0 } } }));
  });
});
