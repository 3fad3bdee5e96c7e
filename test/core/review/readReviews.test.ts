/**
 * The review reader and mapping on Word markup as Word and WPS write it (test/word/docxFixture.ts): changes by two
 * authors side by side, moves, a paragraph added whole, comments over two paragraphs, on a point, in a table; and
 * the mapping's rules — exact text, similar text within the chapter while its title stands, unmapped otherwise.
 */
import * as assert from 'assert';
import { mapReviews, readReviews, type ReviewItem } from '../../../server/src/core/review';
import { docx, escapeXml, para, run } from '../../word/docxFixture';
import { parse } from '../../helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ins = (author: string, text: string, date = '2024-01-05T10:00:00Z') =>
  `<w:ins w:id="9" w:author="${author}" w:date="${date}">${run(text)}</w:ins>`;
const del = (author: string, text: string, date = '2024-01-05T10:00:00Z') =>
  `<w:del w:id="9" w:author="${author}" w:date="${date}"><w:r><w:delText>${escapeXml(text)}</w:delText></w:r></w:del>`;
const comments = (list: [string, string, string][]) =>
  `<w:comments xmlns:w="${W}">${list
    .map(
      ([id, author, text]) =>
        `<w:comment w:id="${id}" w:author="${author}" w:date="2024-01-06T09:00:00Z"><w:p>${run(text)}</w:p></w:comment>`,
    )
    .join('')}</w:comments>`;

function read(
  body: string,
  comment: [string, string, string][] = [],
  name = '工作报告（征求意见稿）-市财政局.docx',
): ReviewItem[] {
  const r = readReviews(docx({ body, ...(comment.length ? { comments: comments(comment) } : {}) }), name);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return r.items;
}

describe('reading a returned copy', () => {
  it('keeps changes of two authors apart, and a deletion with an insertion at one place as a replacement', () => {
    const items = read(
      para([
        '全年召开会议',
        del('市财政局', '7'),
        ins('市财政局', '8'),
        '次，',
        ins('市司法局', '审议报告24个，'),
        '完成各项任务。',
      ]),
    );
    assert.deepStrictEqual(
      items.map((i) => [i.kind, i.unit, i.text, i.content, i.offset]),
      [
        ['replace', '市财政局', '7', '8', 6],
        ['insert', '市司法局', '', '审议报告24个，', 9],
      ],
    );
    assert.strictEqual(items[0].before, '全年召开会议7次，完成各项任务。');
    assert.strictEqual(items[0].after, '全年召开会议8次，审议报告24个，完成各项任务。');
  });

  it('reads moves, and a paragraph added whole as an insertion after the paragraph before it', () => {
    const moved = `<w:moveFrom w:id="1" w:author="市财政局" w:date="2024-01-05T10:00:00Z">${run('依法履职，')}</w:moveFrom>`;
    const items = read(
      [
        para(['坚持', moved, '服务大局。']),
        `<w:p><w:pPr><w:rPr><w:ins w:id="2" w:author="市财政局" w:date="2024-01-05T10:00:00Z"/></w:rPr></w:pPr>${ins('市财政局', '新增一段内容。')}</w:p>`,
      ].join(''),
    );
    assert.deepStrictEqual(
      items.map((i) => [i.kind, !!i.moved, !!i.newParagraph, i.text || i.content, i.before, i.offset]),
      [
        ['delete', true, false, '依法履职，', '坚持依法履职，服务大局。', 2],
        ['insert', false, true, '新增一段内容。', '坚持依法履职，服务大局。', 12],
      ],
    );
  });

  it('reads comments: over two paragraphs (the first one’s part), on a point, in a table cell; generic authors by file name', () => {
    const body = [
      para(['一、', '<w:commentRangeStart w:id="1"/>', '主要工作']),
      para([
        '全年召开会议7次。',
        '<w:commentRangeEnd w:id="1"/>',
        run('').replace('<w:t xml:space="preserve"></w:t>', '<w:commentReference w:id="1"/>'),
      ]),
      para(['完成各项任务。', '<w:r><w:commentReference w:id="2"/></w:r>']),
      `<w:tbl><w:tr><w:tc>${para(['表中', '<w:commentRangeStart w:id="3"/>', '数据', '<w:commentRangeEnd w:id="3"/>'])}</w:tc></w:tr></w:tbl>`,
    ].join('');
    const items = read(body, [
      ['1', '市财政局', '标题建议调整'],
      ['2', 'Administrator', '此处补充数据'],
      ['3', '', '请核实'],
    ]);
    assert.deepStrictEqual(
      items.map((i) => [i.unit, i.text, i.offset, i.paragraph, i.content]),
      [
        ['市财政局', '主要工作', 2, 1, '标题建议调整'],
        ['市财政局', '', 7, 3, '此处补充数据'],
        ['市财政局', '数据', 2, 4, '请核实'],
      ],
    );
    assert.strictEqual(items[1].author, 'Administrator');
    assert.strictEqual(items[2].chapter, '一、主要工作');
  });

  it('refuses what is not a Word document, in one line', () => {
    const r = readReviews(new TextEncoder().encode('not a zip'), 'x.docx');
    assert.ok(!r.ok && r.reason === 'not-zip');
  });
});

describe('placing the items in the draft', () => {
  const item = (before: string, chapter: string, text: string): ReviewItem => ({
    kind: 'comment',
    unit: '市财政局',
    author: '市财政局',
    date: '',
    file: 'a.docx',
    paragraph: 1,
    before,
    after: before,
    chapter,
    text,
    offset: Math.max(0, before.indexOf(text)),
    content: '请核实',
  });
  const P = '全年共召开常委会会议7次，听取和审议专项工作报告24个，制定地方性法规3部，组织执法检查5次。';
  const Q = '全年共召开常委会会议6次，听取和审议专项工作报告20个，制定地方性法规2部，组织执法检查4次。';

  it('finds a renumbered chapter’s paragraph by its text, and the commented text in it', () => {
    const draft = `一、新增一章\n\n新内容。\n\n二、主要工作\n\n${P}\n`;
    const [m] = mapReviews(parse(draft), [item(P, '一、主要工作', '专项工作报告24个')]);
    assert.strictEqual(m.match, 'exact');
    assert.strictEqual(m.chapter, '二、主要工作');
    assert.strictEqual(draft.slice(m.start, m.end), '专项工作报告24个');
  });

  it('looks for a similar paragraph only within its chapter while the chapter’s title stands', () => {
    const draft = `一、过去一年的工作\n\n${Q}\n\n二、今年的任务\n\n继续做好各项工作。\n`;
    // The paragraph was in 二 and is gone: 一's similar paragraph is another year's, not it.
    const [inChapter] = mapReviews(parse(draft), [item(P, '二、今年的任务', '专项工作报告24个')]);
    assert.strictEqual(inChapter.match, 'unmapped');
    assert.strictEqual(inChapter.chapter, '二、今年的任务');
    // Its chapter's title is gone too: the whole draft is looked through.
    const [anywhere] = mapReviews(parse(draft), [item(P, '三、已删去的一章', '专项工作报告24个')]);
    assert.strictEqual(anywhere.match, 'similar');
    assert.ok(anywhere.score >= 0.5 && !anywhere.anchored);
    assert.strictEqual(draft.slice(anywhere.start, anywhere.end), Q);
  });
});
