/** norm.punctuation (GB/T 15834). */
import * as assert from 'assert';
import { applyEdits, fixesFor } from '../../../server/src/core';
import { corpusFiles, draft, parse, sharedSeed } from '../../helpers';
import { findings, testCheck } from './tester';

testCheck(
  'norm.punctuation',
  {
    valid: [
      {
        name: 'a title a scrape broke over lines, a quotation running into the next paragraph, ’99',
        text: draft(
          '《中华人民共和国',
          '著作权法》第五条规定。',
          '“一切为了人民。',
          '办好“中国’99昆明世界园艺博览会”。',
        ),
      },
      { name: 'numbers keep their colon and comma: 10:30, 3:2, 1,000', text: draft('时间10:30,比分3:2,共1,000人。') },
      {
        name: 'a full stop after a number or a Latin word, a decimal, a list number: not a Chinese sentence’s end',
        text: draft('详见附件1.', '增长3.5%，升级到Windows 10.', '1.加强立法工作'),
      },
      {
        name: 'a dot inside a number, an address or an ellipsis typed as dots: not a sentence’s end',
        text: draft('增长6.5个百分点，访问www.zhuzhou.gov.cn查询。', '等等...这些工作'),
      },
    ],
    invalid: [
      {
        name: 'half-width marks between Chinese text and spaces after Chinese punctuation: one finding a paragraph, fixed full-width',
        text: draft(
          '全年召开常委会会议9次,主任会议22次; 审议通过地方性法规3部。',
          '一年来，  常委会依法履职(详见附件)。',
          '时间10:30,比分3:2,共1,000人。',
        ),
        errors: [{ line: 6, message: /本段有 2 处/ }, { line: 7 }],
        output: draft(
          '全年召开常委会会议9次，主任会议22次；审议通过地方性法规3部。',
          '一年来，常委会依法履职（详见附件）。',
          '时间10:30,比分3:2,共1,000人。',
        ),
      },
      {
        name: 'a half-width mark ending a Chinese paragraph (贡献!, 工作:, 之年.), and one before a figure (各位代表, 2022年)',
        text: draft(
          '为新时代作出新的更大贡献!',
          '主要做了以下工作:',
          '各位代表, 2022年是关键之年.',
          '他说：“要发扬斗争精神!”',
        ),
        errors: [{ line: 6 }, { line: 7 }, { line: 8, message: /本段有 2 处/ }, { line: 9 }],
        output: draft(
          '为新时代作出新的更大贡献！',
          '主要做了以下工作：',
          '各位代表，2022年是关键之年。',
          '他说：“要发扬斗争精神！”',
        ),
      },
      {
        name: 'a half-width full stop between Chinese sentences (会议9次.今年…)',
        text: draft('全年召开会议9次.今年要继续努力。', '全年审议法规3部. “十四五”规划顺利实施。'),
        errors: [{ line: 6 }, { line: 7 }],
        output: draft('全年召开会议9次。今年要继续努力。', '全年审议法规3部。“十四五”规划顺利实施。'),
      },
      {
        name: 'doubled marks, a heading ending in ，',
        text: draft('一、总体要求，', '全年共召开会议12次，，审议议题30个。。', '（一）加强立法工作'),
        errors: [
          { line: 6, message: /标题末尾不用「，」/ },
          { line: 7, message: /标点重复：「，，」/ },
          { line: 7, message: /「。。」/ },
        ],
      },
      {
        name: 'the heading’s trailing ， removed',
        text: draft('一、总体要求，', '正文。'),
        errors: [{ line: 6 }],
        output: draft('一、总体要求', '正文。'),
      },
      {
        name: 'an unpaired quote',
        text: draft('开展“五讲四美”活动，正在汇合成一个”五讲四美三热爱”的统一的活动。'),
        errors: [{ line: 6, message: '「”」不成对：本段缺少与之对应的「“」。' }],
      },
    ],
  },
  () => {
    it('a scraped report full of half-width commas gets one finding for the whole document (seed 001: 46 paragraphs)', () => {
      const ds = findings('norm.punctuation', { text: sharedSeed('001') }).filter((d) => /半角标点/.test(d.message));
      assert.strictEqual(ds.length, 1);
      assert.match(ds[0].message, /^全文 \d+ 段共 \d+ 处/);
      assert.ok(!('edits' in (ds[0].data as object)), 'the lines, not 461 edits, travel with the finding');
      assert.ok(fixesFor(parse(sharedSeed('001')), ds[0].code, ds[0].data)[0].edits.length > 300);
    });

    it("the salutation's colon (seeds 001, 003, 004 write 各位代表:), fixed full-width", () => {
      for (const seed of ['001', '003', '004']) {
        const text = sharedSeed(seed);
        const salutation = findings('norm.punctuation', { text }).find((d) => /称谓/.test(d.message));
        assert.ok(salutation, `seed ${seed}`);
        assert.match(
          applyEdits(text, fixesFor(parse(text), salutation.code, salutation.data)[0].edits),
          /^各位代表：$/m,
        );
      }
    });

    it('is silent on the clean 2026 provincial reports but for real slips (half-width ; and , typed in, captions)', () => {
      const provincial = corpusFiles('provincial_gwr_2026');
      let paragraphs = 0;
      for (const f of provincial) paragraphs += findings('norm.punctuation', f).length;
      assert.ok(paragraphs <= 20, `${paragraphs} findings over ${provincial.length} reports`);
    });
  },
);
