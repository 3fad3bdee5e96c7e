/** Results belong to a text, not to a version number, nor to the configuration of an earlier check. */
import * as assert from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { beyondNorms, sharedSeed } from '../helpers';
import { StdioClient } from './client';

describe('models and findings keyed by content', () => {
  it('a second didOpen, and a didChange, that reuse a version number replace the text: edits fit the new text', async () => {
    const client = new StdioClient();
    try {
      await client.initialize();
      const uri = 'file:///drafts/版本-工作报告.txt';
      await client.open(uri, sharedSeed('004'), 1);
      assert.deepStrictEqual(
        beyondNorms((await client.request<any>('textDocument/diagnostic', { textDocument: { uri } })).items),
        [],
      );
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.open(uri, sharedSeed('000'), 1);
      let r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
      const para = r.items.find((d: any) => d.code === 'repeat.paragraph');
      assert.ok(para, 'the findings of the new text, though the version is the same');
      const actions = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: para.range,
        context: { diagnostics: [para] },
      });
      assert.deepStrictEqual(actions[0].edit.changes[uri][0].range, {
        start: { line: 77, character: 0 },
        end: { line: 79, character: 0 },
      });
      // A didChange that keeps the version number: the old findings must not survive.
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 1 },
        contentChanges: [{ text: sharedSeed('004') }],
      });
      r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepStrictEqual(beyondNorms(r.items), []);
      const none = await client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: para.range,
        context: { diagnostics: [para] },
      });
      assert.ok(
        none.every((a) => a.kind !== 'quickfix'),
        'no edit computed for a text that is gone',
      );
    } finally {
      await client.stop();
    }
  });

  it('a changed .workreportrc.json takes effect on an open report without an edit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-rc-live-'));
    const file = join(dir, '2022-株洲市人大常委会工作报告.txt');
    writeFileSync(file, sharedSeed('000'));
    const uri = pathToFileURL(file).href;
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: dir });
      await client.open(uri, sharedSeed('000'));
      const codes = async () =>
        (await client.request<any>('textDocument/diagnostic', { textDocument: { uri } })).items.map((d: any) => d.code);
      const before = await codes();
      assert.ok(before.includes('repeat.sentence') && before.includes('repeat.section'));
      // A threshold no sentence copy reaches, and repeat.section off.
      const rc = join(dir, '.workreportrc.json');
      writeFileSync(rc, JSON.stringify({ severity: { 'repeat.section': 'off' }, repeat: { sentenceMinLength: 1000 } }));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(rc).href, type: 1 }],
      });
      const after = await codes();
      assert.ok(!after.includes('repeat.section'), after.join());
      assert.ok(!after.includes('repeat.sentence'), `the repeat analysis follows the new options: ${after.join()}`);
      assert.ok(after.includes('repeat.paragraph'));
    } finally {
      await client.stop();
    }
  });
});
