/**
 * Reviewers' copies through the real server, as any LSP editor would drive it: import two returned .docx files for
 * an open draft, the review.* findings on their spans, 意见汇总 by chapter and unit (one unmapped), a decision taken
 * (the finding goes, the record beside the draft keeps it, a restart reads it again) and 意见采纳情况表 written —
 * never over the draft.
 */
import * as assert from 'assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { readDocx } from '../../server/src/core';
import { docx, escapeXml, para, run } from '../word/docxFixture';
import { StdioClient } from './client';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const P1 = '全年共召开常委会会议7次，听取和审议专项工作报告24个。';
const P2 = '坚持依法履职，服务全市发展大局。';
const GONE = '这一段在草稿中已经删去，意见无处可放。';
const DRAFT = `一、主要工作\n\n${P1}\n\n${P2}\n`;

function copy(author: string, body: string, comment?: [string, string]): Uint8Array {
  return docx({
    body,
    ...(comment
      ? {
          comments: `<w:comments xmlns:w="${W}"><w:comment w:id="${comment[0]}" w:author="${author}" w:date="2024-01-06T09:00:00Z"><w:p>${run(comment[1])}</w:p></w:comment></w:comments>`,
        }
      : {}),
  });
}

describe("reviewers' copies through the server (import, findings, 意见汇总, decisions, table)", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-lsp-review-'));
  const draft = join(dir, '工作报告.txt');
  const uri = pathToFileURL(draft).href;
  const finance = join(dir, '工作报告（征求意见稿）-市财政局.docx');
  const justice = join(dir, '工作报告（征求意见稿）-市司法局.docx');
  writeFileSync(draft, DRAFT);
  writeFileSync(
    finance,
    copy(
      '市财政局',
      [
        para('一、主要工作'),
        para([
          '全年共召开常委会会议7次，听取和审议',
          '<w:commentRangeStart w:id="1"/>',
          '专项工作报告24个',
          '<w:commentRangeEnd w:id="1"/>',
          '。',
        ]),
        para(GONE),
      ].join(''),
      ['1', '建议改为“专项工作报告25个”'],
    ),
  );
  writeFileSync(
    justice,
    copy(
      'Administrator',
      [
        para('一、主要工作'),
        para(P1),
        para([
          '坚持依法履职，',
          `<w:del w:id="2" w:author="Administrator" w:date="2024-01-07T10:00:00Z"><w:r><w:delText>${escapeXml('服务全市发展大局')}</w:delText></w:r></w:del>`,
          `<w:ins w:id="3" w:author="Administrator" w:date="2024-01-07T10:00:00Z">${run('服务高质量发展')}</w:ins>`,
          '。',
        ]),
        para(['<w:commentRangeStart w:id="4"/>', GONE, '<w:commentRangeEnd w:id="4"/>']),
      ].join(''),
      ['4', '此段建议删去'],
    ),
  );
  const start = async () => {
    const c = new StdioClient();
    await c.initialize({ initializationOptions: { samplesPath: '', clientCommands: [] } });
    await c.open(uri, DRAFT);
    return c;
  };
  const reviewFindings = async (c: StdioClient) =>
    (await c.request<any>('textDocument/diagnostic', { textDocument: { uri } })).items.filter((d: any) =>
      /^review\./.test(d.code),
    );

  it('imports, shows, decides, keeps the decision over a restart, and writes the table', async () => {
    let c = await start();
    try {
      const r = await c.request<any>('workReport/importReviews', {
        uri,
        files: [pathToFileURL(finance).href, pathToFileURL(justice).href, pathToFileURL(draft).href],
      });
      assert.ok(r.ok, r.message);
      assert.strictEqual(r.message, '已导入 2 份反馈，共 3 条意见，其中 1 条未能对应到草稿。');
      assert.deepStrictEqual(r.problems.length, 1, 'the draft itself is no returned copy');
      const found = await reviewFindings(c);
      assert.deepStrictEqual(
        found.map((d: any) => [
          d.code,
          d.severity,
          d.message,
          DRAFT.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character),
        ]),
        [
          ['review.comment', 3, '市财政局：建议改为“专项工作报告25个”', '专项工作报告24个'],
          ['review.change', 3, '市司法局：将“服务全市发展大局”改为“服务高质量发展”', '服务全市发展大局'],
        ],
      );
      const list = await c.request<any>('workReport/reviews', { uri });
      assert.deepStrictEqual([list.total, list.unmapped, list.open], [3, 1, 3]);
      assert.strictEqual(list.unmappedLabel, '未能对应到草稿');
      assert.deepStrictEqual(
        list.entries.map((e: any) => [e.unit, e.chapter, !!e.range]),
        [
          ['市财政局', '一、主要工作', true],
          ['市司法局', '一、主要工作', true],
          ['市司法局', '一、主要工作', false],
        ],
      );
      const ok = await c.request('workspace/executeCommand', {
        command: 'workReport.decideReview',
        arguments: [uri, list.entries[0].key, 'accepted', '已改为25个'],
      });
      assert.strictEqual(ok, true);
      assert.deepStrictEqual(
        (await reviewFindings(c)).map((d: any) => d.code),
        ['review.change'],
      );
      await c.stop();
      c = await start();
      const again = await c.request<any>('workReport/reviews', { uri });
      assert.deepStrictEqual([again.total, again.open, again.accepted], [3, 2, 1]);
      assert.strictEqual(again.entries[0].reason, '已改为25个');
      const over = await c.request<any>('workReport/exportReviewTable', { uri, target: uri });
      assert.ok(!over.ok && /不能覆盖/.test(over.message));
      assert.strictEqual(readFileSync(draft, 'utf8'), DRAFT);
      const table = join(dir, '意见采纳情况表.docx');
      const w = await c.request<any>('workReport/exportReviewTable', { uri, target: pathToFileURL(table).href });
      assert.ok(w.ok, w.message);
      const read = readDocx(new Uint8Array(readFileSync(table)));
      assert.ok(read.ok);
      const rows = read.text.split('\n').filter((l) => l.includes('\t'));
      assert.strictEqual(rows.length, 4);
      assert.match(
        rows[1],
        /^1\t市财政局\t全年共召开常委会会议7次，听取和审议专项工作报告24个。\t建议改为“专项工作报告25个”\t采纳\t已改为25个$/,
      );
      assert.match(rows[3], /（未能对应到草稿）\t此段建议删去\t未处理\t$/);
      assert.ok(existsSync(join(dir, '.workreport-review.json')));
    } finally {
      await c.stop();
    }
  });
});
