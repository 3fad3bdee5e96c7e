/** The comparison follows the draft as it is edited, and the library never counts the draft or a copy twice. */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';
import { StdioClient } from './client';

describe('comparison while editing', () => {
  it("a paragraph edited away from last year's leaves the verbatim list; the bundled library counts each report once", async function () {
    this.timeout(20000);
    const base = readFileSync(join(ROOT, 'seeds', '2019-株洲市人大常委会工作报告.txt'), 'utf8');
    const draft = base.replace(
      '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
      '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
    );
    const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
    const client = new StdioClient();
    const ready = new Promise((resolve) => client.conn.onNotification('workReport/libraryChanged', resolve));
    try {
      await client.initialize();
      await client.open(uri, draft);
      await ready;
      const before = await client.request<any>('workReport/compare', { uri });
      assert.strictEqual(before.reports, 5);
      const lines = draft.split('\n');
      const v = before.summary.verbatim[0];
      assert.ok(v, 'the draft takes paragraphs verbatim from 2019');
      // Rewrite that paragraph entirely, as a drafter updating it would.
      const replacement =
        '过去一年，常委会围绕全市中心工作，新开展了一批专题调研和执法检查，推动解决了一系列群众关心的实际问题，取得明显成效。';
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [
          {
            range: { start: { line: v.line, character: 0 }, end: { line: v.line, character: lines[v.line].length } },
            text: replacement,
          },
        ],
      });
      const after = await client.request<any>('workReport/compare', { uri });
      assert.ok(!after.summary.verbatim.some((x: any) => x.line === v.line), 'no longer verbatim');
      assert.strictEqual(after.summary.verbatim.length, before.summary.verbatim.length - 1);
      assert.ok(after.summary.reusedShare < before.summary.reusedShare);
    } finally {
      await client.stop();
    }
  });
});
