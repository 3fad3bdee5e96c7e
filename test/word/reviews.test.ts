/**
 * Reviewers' comments back (征求意见), with copies made by a real producer: the draft (seed 003) exported to Word as
 * it is sent out, then three offices' returned copies made by LibreOffice through its own API (test/word/uno/
 * review.py: annotations on text ranges, edits recorded as tracked changes under each office's name, saved as
 * MS Word 2007 XML). Read back with their authors and dates, placed in a draft that has moved on since (one
 * paragraph edited, one deleted, one added), listed, decided and exported as 意见采纳情况表 through the CLI.
 */
import * as assert from 'assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readDocx, runChecks, TextDoc, type ReportDiagnostic } from '../../server/src/core';
import { mapReviews, readReviews, type MappedReview, type ReviewItem } from '../../server/src/core/review';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { decideReview, importReviewItems, readReviewRecord } from '../../server/src/io/reviewRecord';
import { runCli } from '../../server/src/cli';
import { parse, sharedSeed } from '../helpers';
import { makeReviewedCopies, NO_UNO, unoPython } from './uno';

const EDITED = '全方位畅通民意渠道。';
const DELETED = '以“五讲五比”为载体,全面激发人大队伍活力。';
const ADDED = '坚持以习近平新时代中国特色社会主义思想为指导,全面加强常委会自身建设。';

/** The draft as it stands when the copies come back: one paragraph edited, one deleted, one added before all. */
function movedOn(sent: string): string {
  const lines = sent.split('\n');
  const out: string[] = [];
  for (const l of lines) {
    if (l.startsWith(DELETED)) continue;
    if (l.startsWith(EDITED))
      out.push(
        l
          .replace('召开全市发展全过程人民民主基层平台建设现场推进会', '召开全市基层平台建设推进会')
          .replace('上传政府部门规范性文件、政府规章160余件', '上传规范性文件170余件'),
      );
    else out.push(l);
    if (l.startsWith('一、坚持党的领导')) out.push('', ADDED);
  }
  return out.join('\n');
}

describe("reviewers' returned copies made by LibreOffice (python3-uno)", function () {
  this.timeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-review-'));
  const sentText = sharedSeed('003');
  const draftText = movedOn(sentText);
  const draftFile = join(dir, '2023-邵阳市人大常委会工作报告.txt');
  const sent = join(dir, '工作报告（征求意见稿）.docx');
  const copies = {
    finance: join(dir, '工作报告（征求意见稿）-市财政局.docx'),
    justice: join(dir, '工作报告（征求意见稿）-市司法局.docx'),
    // Saved under a generic account name: the unit is the file name's.
    development: join(dir, '工作报告（征求意见稿）-市发展改革委.docx'),
  };
  const reads = new Map<string, ReviewItem[]>();
  let mapped: MappedReview[] = [];

  before(async function () {
    if (!unoPython()) {
      // CI installs python3-uno (.ci/run): there a missing module is a failure, never a skip.
      if (process.env.CI) throw new Error(NO_UNO);
      console.warn(`      skipped: ${NO_UNO}`);
      this.skip();
    }
    assert.notStrictEqual(draftText, sentText);
    writeFileSync(draftFile, draftText);
    writeFileSync(sent, await exportDocx(parse(sentText)));
    makeReviewedCopies(dir, sent, [
      {
        output: copies.finance,
        author: '市财政局',
        date: '2024-01-05T10:30:00',
        comments: [{ find: '党组理论中心组扩大学习12次', text: '建议改为“党组理论学习中心组集体学习12次”' }],
        deletions: [{ find: '深入贯彻全过程人民民主重大理念' }],
        insertions: [{ after: '支持和保障代表更好依法履职', text: '，充分发挥代表作用' }],
      },
      {
        output: copies.justice,
        author: '市司法局',
        date: '2024-01-06T09:00:00',
        comments: [{ find: '举办两期人大代表履职培训班', text: '请核实期数' }],
        replacements: [{ find: '本屆内', text: '本届内' }],
      },
      {
        output: copies.development,
        author: 'Administrator',
        date: '2024-01-07T15:00:00',
        comments: [
          { find: '畅通线上线下民意渠道', text: '建议写明渠道数量' },
          { find: '推进人大机关高水平建设', text: '建议补充具体成效' },
        ],
        deletions: [{ find: '不断健全工作机制,' }],
      },
    ]);
    for (const [k, file] of Object.entries(copies)) {
      const r = readReviews(new Uint8Array(readFileSync(file)), file);
      assert.ok(r.ok, `${k}: ${!r.ok && r.message}`);
      reads.set(k, r.items);
    }
    mapped = mapReviews(parse(draftText), [...reads.values()].flat());
  });

  const at = (m: MappedReview) => draftText.slice(m.start, m.end);
  const find = (content: string) => mapped.find((m) => m.item.content === content || m.item.text === content)!;

  it('reads every comment and tracked change back, with its author, unit and date', () => {
    const finance = reads.get('finance')!;
    assert.deepStrictEqual(
      finance.map((i) => [i.kind, i.unit, i.author, i.text, i.content]),
      [
        ['comment', '市财政局', '市财政局', '党组理论中心组扩大学习12次', '建议改为“党组理论学习中心组集体学习12次”'],
        ['delete', '市财政局', '市财政局', '深入贯彻全过程人民民主重大理念', ''],
        ['insert', '市财政局', '市财政局', '', '，充分发挥代表作用'],
      ],
    );
    // The comment's date is the one given; a tracked change's is when LibreOffice recorded it.
    assert.match(finance[0].date, /^2024-01-05T10:30:00/);
    for (const i of finance.slice(1)) assert.ok(!Number.isNaN(Date.parse(i.date)), i.date);
    const justice = reads.get('justice')!;
    assert.deepStrictEqual(
      justice.map((i) => [i.kind, i.unit, i.text, i.content]),
      [
        ['comment', '市司法局', '举办两期人大代表履职培训班', '请核实期数'],
        ['replace', '市司法局', '本屆内', '本届内'],
      ],
    );
    assert.match(justice[0].date, /^2024-01-06T09:00:00/);
    const development = reads.get('development')!;
    assert.deepStrictEqual(
      development.map((i) => [i.kind, i.author, i.unit]),
      [
        ['comment', 'Administrator', '市发展改革委'],
        ['delete', 'Administrator', '市发展改革委'],
        ['comment', 'Administrator', '市发展改革委'],
      ],
    );
    // Each item keeps its paragraph as sent and as the reviewer left it.
    const del = finance[1];
    assert.ok(del.before.includes('深入贯彻全过程人民民主重大理念') && !del.after.includes('深入贯彻'));
    assert.ok(finance[2].after.includes('支持和保障代表更好依法履职，充分发挥代表作用'));
    assert.strictEqual(finance[0].chapter, '一、坚持党的领导,在强化政治引领中展现人大站位');
  });

  it('places each on its paragraph of the draft, and within it on the text itself', () => {
    const comment = find('建议改为“党组理论学习中心组集体学习12次”');
    assert.strictEqual(comment.match, 'exact');
    assert.strictEqual(at(comment), '党组理论中心组扩大学习12次');
    assert.strictEqual(comment.chapter, '一、坚持党的领导,在强化政治引领中展现人大站位');
    assert.strictEqual(at(find('深入贯彻全过程人民民主重大理念')), '深入贯彻全过程人民民主重大理念');
    const insert = find('，充分发挥代表作用');
    assert.ok(draftText.slice(0, insert.end).endsWith('支持和保障代表更好依法履职'), at(insert));
    assert.strictEqual(at(find('本届内')), '本屆内');
    assert.strictEqual(at(find('请核实期数')), '举办两期人大代表履职培训班');
    assert.strictEqual(at(find('不断健全工作机制,')), '不断健全工作机制,');
    // Lines moved (a paragraph was added above): the places are the draft's, not the copy's.
    assert.strictEqual(
      draftText.split('\n')[comment.line!],
      draftText.slice(comment.paragraphStart, comment.paragraphEnd),
    );
  });

  it('a paragraph edited in the draft since is still found (by similarity); a deleted one is listed unmapped', () => {
    const edited = find('建议写明渠道数量');
    assert.strictEqual(edited.match, 'similar');
    assert.ok(edited.score >= 0.5 && edited.score < 1, String(edited.score));
    assert.strictEqual(at(edited), '畅通线上线下民意渠道');
    assert.ok(draftText.split('\n')[edited.line!].startsWith(EDITED));
    const gone = find('建议补充具体成效');
    assert.strictEqual(gone.match, 'unmapped');
    assert.strictEqual(gone.start, undefined);
    assert.ok(gone.item.before.startsWith(DELETED), 'the original text is kept');
    assert.strictEqual(gone.chapter, '五、坚持守正创新,在高水平机关建设中提升人大形象');
  });

  it('the review checks show each placed item as information on its span: 「市财政局：建议改为……」', () => {
    const doc = new TextDoc('file:///draft.txt', draftText);
    const found = runChecks(parse(draftText), {
      checks: undefined,
      reviews: [...reads.values()].flat(),
      positionAt: (o) => doc.positionAt(o),
    }).filter((d: ReportDiagnostic) => d.code.startsWith('review.'));
    assert.strictEqual(found.length, 7, found.map((d) => d.message).join('\n'));
    assert.ok(found.every((d) => d.severity === 'information'));
    assert.ok(
      found.some(
        (d) => d.code === 'review.comment' && d.message === '市财政局：建议改为“党组理论学习中心组集体学习12次”',
      ),
    );
    assert.ok(found.some((d) => d.code === 'review.change' && d.message === '市司法局：将“本屆内”改为“本届内”'));
    assert.ok(
      found.some((d) => d.code === 'review.change' && d.message === '市财政局：删去“深入贯彻全过程人民民主重大理念”'),
    );
  });

  it('the CLI lists them by chapter and unit, and writes 意见采纳情况表 with the decisions, read back', () => {
    const all = [...reads.values()].flat();
    assert.ok(importReviewItems(draftFile, Object.values(copies), all).ok);
    const key = (content: string) => find(content).key;
    assert.ok(decideReview(draftFile, key('建议改为“党组理论学习中心组集体学习12次”'), 'accepted', '已按意见修改').ok);
    assert.ok(decideReview(draftFile, key('请核实期数'), 'rejected', '经核实，期数无误').ok);
    assert.strictEqual(readReviewRecord(draftFile).decisions.length, 2);
    const out: string[] = [];
    const err: string[] = [];
    const table = join(dir, '意见采纳情况表.docx');
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    const code = runCli(['reviews', draftFile, ...Object.values(copies), '--table', table], io, {
      LANG: 'zh_CN.UTF-8',
    });
    return Promise.resolve(code).then((c) => {
      assert.strictEqual(c, 0, err.join('\n'));
      const text = out.join('\n');
      assert.match(text, /8 条意见，未能对应到草稿 1 条，未处理 6 条/);
      assert.match(text, /\[采纳\] \d+:\d+ 市财政局：建议改为“党组理论学习中心组集体学习12次” — 已按意见修改/);
      assert.match(
        text,
        /未能对应到草稿\n {4}市发展改革委\n {6}\[ \] 市发展改革委：建议补充具体成效（.*推进人大机关高水平建设/,
      );
      const read = readDocx(new Uint8Array(readFileSync(table)));
      assert.ok(read.ok);
      const rows = read.text.split('\n').filter((l) => l.includes('\t'));
      assert.strictEqual(rows[0], '序号\t单位\t原文\t意见\t处理\t理由');
      assert.strictEqual(rows.length, 1 + 8);
      const row = (s: string) => rows.find((r) => r.includes(s))!.split('\t');
      assert.deepStrictEqual(row('期数无误').slice(1), [
        '市司法局',
        '举办两期人大代表履职培训班,培训市人大代表182名,实现本屆内市人大代表培训全覆盖。',
        '请核实期数',
        '不采纳',
        '经核实，期数无误',
      ]);
      assert.deepStrictEqual(row('已按意见修改').slice(3, 6), [
        '建议改为“党组理论学习中心组集体学习12次”',
        '采纳',
        '已按意见修改',
      ]);
      assert.deepStrictEqual(row('本届内').slice(3, 5), ['将“本屆内”改为“本届内”', '未处理']);
      assert.match(row('建议补充具体成效')[2], /（未能对应到草稿）$/);
      assert.deepStrictEqual(
        rows.slice(1).map((r) => r.split('\t')[0]),
        ['1', '2', '3', '4', '5', '6', '7', '8'],
      );
    });
  });

  it('never writes the table over the draft or a returned copy', async () => {
    const before = readFileSync(copies.finance);
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s) };
    const code = await runCli(['reviews', draftFile, copies.finance, '--table', copies.finance], io, {
      LANG: 'zh_CN.UTF-8',
    });
    assert.strictEqual(code, 2);
    assert.match(err.join('\n'), /不能覆盖/);
    assert.deepStrictEqual(readFileSync(copies.finance), before);
    assert.ok(!existsSync(`${copies.finance}.bak`));
  });
});
