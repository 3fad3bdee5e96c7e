import * as assert from 'assert';
import { outline, readDocx, type Section } from '../../server/src/core';
import { corpusFiles, parse, sharedSeed } from '../helpers';
import { docx, escapeXml, numberingXml, para, run } from './docxFixture';

const CHINESE_LEVELS: [string, string][] = [
  ['chineseCounting', '%1、'],
  ['chineseCounting', '（%2）'],
  ['decimal', '%3.'],
];

function text(bytes: Uint8Array): string {
  const r = readDocx(bytes);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.text;
}

const shape = (m: ReturnType<typeof parse>) =>
  JSON.stringify(outline(m), ['title', 'kind', 'number', 'marker', 'line', 'children']);

describe('reading a Word document', () => {
  it("Word's automatic 一、（一）1. numbering reads as the typed numbers would (a hand-made report)", () => {
    const rows: [string, number | undefined][] = [
      ['某市人民代表大会常务委员会工作报告', undefined],
      ['——2024年1月10日在某市第十七届人民代表大会第三次会议上', undefined],
      ['各位代表：', undefined],
      [
        '现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。过去一年，常委会依法履职，各项工作取得新进展。',
        undefined,
      ],
      ['2023年主要工作', 0],
      ['坚持党的全面领导', 1],
      ['常委会坚持以习近平新时代中国特色社会主义思想为指导，全年召开党组会议12次。', undefined],
      ['加强立法工作', 1],
      ['制定地方性法规3件，修改2件。', undefined],
      ['完善立法机制', 2],
      ['健全立法协商制度', 2],
      ['2024年主要任务', 0],
      ['提高立法质量', 1],
      ['增强监督实效', 1],
    ];
    const auto = docx({
      numbering: numberingXml(CHINESE_LEVELS, [{ numId: 1 }]),
      body: rows.map(([t, lvl]) => para(t, lvl === undefined ? {} : { numId: 1, ilvl: lvl })).join(''),
    });
    const typedNumbers = ['一、', '（一）', '（二）', '1.', '2.', '二、', '（一）', '（二）'];
    let k = 0;
    const typed = rows.map(([t, lvl]) => (lvl === undefined ? t : typedNumbers[k++] + t)).join('\n') + '\n';
    assert.strictEqual(text(auto), typed);
    // The same report with its numbers typed, as another drafter would have written it in Word.
    const typedDocx = docx({
      body: typed
        .trimEnd()
        .split('\n')
        .map((t) => para(t))
        .join(''),
    });
    const fromWord = parse(text(auto));
    assert.strictEqual(shape(fromWord), shape(parse(text(typedDocx))));
    assert.strictEqual(shape(fromWord), shape(parse(typed)));
    assert.deepStrictEqual(
      fromWord.sections.map((s) => s.marker + s.title),
      ['一、2023年主要工作', '二、2024年主要任务'],
    );
  });

  it('a real report numbered by Word (seeds 003, 004 and six provincial reports: every chapter, section and item marker made a list level) gives its typed outline', () => {
    const reports = [
      ['seed 003', sharedSeed('003')],
      ['seed 004', sharedSeed('004')],
      ...corpusFiles('provincial_gwr_2026')
        .slice(0, 6)
        .map((f) => [f.name, f.text]),
    ];
    for (const [seed, typed] of reports) {
      const model = parse(typed);
      const byLine = new Map<number, Section>();
      for (const s of model.flat)
        if (/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.)$/.test(s.marker)) byLine.set(s.line, s);
      assert.ok(byLine.size >= 5, `${seed} has numbered headings`);
      // A list instance per parent, restarted with startOverride, as Word writes "restart numbering".
      const instances: { numId: number; startOverride?: Record<number, number> }[] = [];
      const numOf = new Map<Section | undefined, number>();
      const last = new Map<Section | undefined, number>();
      const paragraphs = model.lines.map((line) => {
        const raw = model.text.slice(line.start, line.end);
        const s = byLine.get(line.index);
        if (!s) return para(raw.replace(/\*\*/g, ''));
        const level = s.marker.endsWith('、') ? 0 : s.marker.startsWith('（') ? 1 : 2;
        const key = s.parent;
        // A new list where the typed numbers do not simply count on (a new parent, or a gap in a scraped text).
        if (!numOf.has(key) || last.get(key) !== (s.value ?? 0) - 1) {
          numOf.set(key, instances.length + 1);
          instances.push({ numId: instances.length + 1, startOverride: { [level]: s.value ?? 1 } });
        }
        last.set(key, s.value ?? 0);
        const markerAt = raw.indexOf(s.marker);
        return para(raw.slice(0, markerAt) + raw.slice(markerAt + s.marker.length).replace(/\*\*/g, ''), {
          numId: numOf.get(key)!,
          ilvl: level,
        });
      });
      const levels: [string, string][] = [
        ['chineseCounting', '%1、'],
        ['chineseCounting', '（%2）'],
        ['decimal', '%3.'],
      ];
      const back = parse(text(docx({ numbering: numberingXml(levels, instances), body: paragraphs.join('') })));
      const markers = (m: ReturnType<typeof parse>) =>
        m.flat.filter((s) => byLine.has(s.line)).map((s) => `${s.line} ${s.kind} ${s.marker}${s.title}`);
      assert.deepStrictEqual(markers(back), markers(model), seed);
    }
  });

  it('counters: instances of one list continue it, startOverride restarts, a lower level restarts when a higher one is used', () => {
    const bytes = docx({
      numbering: numberingXml(
        [
          ['decimal', '%1.'],
          ['decimalEnclosedCircle', '%2'],
        ],
        [{ numId: 1 }, { numId: 2 }, { numId: 3, startOverride: { 0: 5 } }],
      ),
      body: [
        para('甲', { numId: 1 }),
        para('乙', { numId: 1, ilvl: 1 }),
        para('丙', { numId: 1, ilvl: 1 }),
        para('丁', { numId: 2 }),
        para('戊', { numId: 2, ilvl: 1 }),
        para('己', { numId: 3 }),
        para('庚', { numId: 0 }),
      ].join(''),
    });
    assert.deepStrictEqual(text(bytes).split('\n').slice(0, 7), ['1.甲', '①乙', '②丙', '2.丁', '①戊', '5.己', '庚']);
  });

  it('number formats and templates: 甲乙丙, 壹, ideographDigital, (1), ①, letters, roman, legal, a space suffix', () => {
    const cases: [string, string, number, string][] = [
      ['ideographTraditional', '%1、', 3, '丙、'],
      ['chineseCountingThousand', '第%1条', 12, '第十二条'],
      ['chineseLegalSimplified', '%1', 3, '叁'],
      ['decimalEnclosedParen', '%1', 2, '(2)'],
      ['decimalFullWidth', '%1．', 7, '７．'],
      ['lowerLetter', '%1)', 28, 'bb)'],
      ['upperRoman', '%1.', 14, 'XIV.'],
      ['chineseCounting', '%1', 20, '二十'],
      ['ideographDigital', '%1', 105, '一〇五'],
    ];
    for (const [fmt, template, n, want] of cases) {
      const bytes = docx({
        numbering: numberingXml([[fmt, template]], [{ numId: 1, startOverride: { 0: n } }]),
        body: para('正文', { numId: 1 }),
      });
      assert.strictEqual(text(bytes).split('\n')[0], `${want}正文`, fmt);
    }
  });

  it('numbering that comes from the paragraph style (Heading 1 linked to the list), with basedOn inherited', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="ChapterBase"><w:name w:val="chapter base"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="ChapterBase"/></w:style>
      <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/></w:style></w:styles>`;
    const bytes = docx({
      styles,
      numbering: numberingXml(CHINESE_LEVELS, [{ numId: 1 }]),
      body: [
        para('过去一年工作回顾', { style: 'Heading1' }),
        para('正文一段，长度足够。'.repeat(5)),
        para('今年工作安排', { style: 'Heading1' }),
        para('循环的样式不会卡住读取。', { style: 'Loop' }),
      ].join(''),
    });
    assert.deepStrictEqual(text(bytes).split('\n').slice(0, 4), [
      '一、过去一年工作回顾',
      '正文一段，长度足够。'.repeat(5),
      '二、今年工作安排',
      '循环的样式不会卡住读取。',
    ]);
  });

  it('a bold lead-in stays **…**; an unnumbered heading is a markdown heading of its level; a bold item number stays first', () => {
    const body = [
      para('某市人民代表大会常务委员会工作报告', { outline: 0 }),
      para('现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。这是正文的第一段，长度超过四十个字。'),
      para('过去一年的主要工作', { outline: 2 }),
      para([run('坚持党的全面领导。', { bold: true }), run('常委会坚持以习近平新时代中国特色社会主义思想为指导。')]),
      para([run('1.加强立法工作。', { bold: true }), run('制定地方性法规3件。')]),
      para([run('全段加粗的一行', { bold: true })]),
    ].join('');
    assert.deepStrictEqual(text(docx({ body })).split('\n').slice(0, 6), [
      '某市人民代表大会常务委员会工作报告',
      '现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。这是正文的第一段，长度超过四十个字。',
      '### 过去一年的主要工作',
      '**坚持党的全面领导。**常委会坚持以习近平新时代中国特色社会主义思想为指导。',
      '1.加强立法工作。制定地方性法规3件。',
      '全段加粗的一行',
    ]);
  });

  it('tables as lines of cells; footnote and comment marks, deleted and hidden text, drawings, TOC and page fields left out', () => {
    const fld = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = [
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('一、目录条目……1')}</w:p>`,
      `<w:p>${run('二、目录条目……3')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      para([
        run('全年地区生产总值5000亿元'),
        '<w:r><w:footnoteReference w:id="1"/></w:r>',
        '<w:commentRangeStart w:id="0"/>',
        run('，增长6%'),
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
        `<w:del w:id="9" w:author="a"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>`,
        `<w:ins w:id="10" w:author="a">${run('。')}</w:ins>`,
        run('隐藏', { hidden: true }),
        '<w:r><w:drawing><wp:inline xmlns:wp="x"><a:t xmlns:a="y">图中文字</a:t></wp:inline></w:drawing></w:r>',
      ]),
      `<w:tbl><w:tr><w:tc>${para('指标')}</w:tc><w:tc>${para('2023年')}</w:tc></w:tr><w:tr><w:tc>${para('地区生产总值')}</w:tc><w:tc>${para('5000亿元')}${para('增长6%')}</w:tc></w:tr></w:tbl>`,
      para([
        '第',
        fld('PAGE', '3'),
        '页；',
        fld('HYPERLINK "https://example.org"', '链接文字'),
        '&lt;完&gt;'.startsWith('<') ? '' : run('<完>'),
      ]),
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${para('目录')}</w:sdtContent></w:sdt>`,
    ].join('');
    const footnotes = `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1">${para('脚注的文字')}</w:footnote></w:footnotes>`;
    const r = readDocx(
      docx({
        body,
        footnotes,
        comments: `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0">${para('批注')}</w:comment></w:comments>`,
      }),
    );
    assert.ok(r.ok);
    assert.deepStrictEqual(r.text.split('\n'), [
      '',
      '',
      '全年地区生产总值5000亿元，增长6%。',
      '指标\t2023年',
      '地区生产总值\t5000亿元 增长6%',
      '第页；链接文字<完>',
      '',
      '',
    ]);
    // Paragraphs counted as Word has them: the table's cells are paragraphs 4–8.
    assert.deepStrictEqual(r.paragraphOfLine, [1, 2, 3, 4, 6, 9, 10]);
    assert.ok(!/脚注|批注|删掉|隐藏|图中/.test(r.text));
  });

  it('another prefix bound to the Word namespace, entities and CDATA', () => {
    const body = para(['<w:r><w:t>&#x4E00;、&lt;总则&gt; &amp; 说明<![CDATA[<原样>]]></w:t></w:r>']);
    assert.strictEqual(text(docx({ body, prefix: 'ns0' })).split('\n')[0], '一、<总则> & 说明<原样>');
    assert.strictEqual(escapeXml('<'), '&lt;');
  });

  it('refuses what is not a Word document, with the reason; hostile structure is bounded', () => {
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode('plain text, not a zip'), 'not-zip'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'protected'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'not-zip'],
    ];
    for (const [bytes, reason] of cases) {
      const r = readDocx(bytes);
      assert.ok(!r.ok && r.reason === reason, `${reason}: ${JSON.stringify(r)}`);
    }
    const { zipSync, strToU8 } = require('fflate');
    const noDocument = readDocx(zipSync({ 'word/other.xml': strToU8('<x/>') }));
    assert.ok(!noDocument.ok && noDocument.reason === 'not-word');
    // Nesting past what Word writes is read to a sane depth only; past the XML limit, the file is refused by it.
    const nested = (n: number) => '<w:customXml>'.repeat(n) + para('深处') + '</w:customXml>'.repeat(n) + para('表层');
    const r = readDocx(docx({ body: nested(200) }));
    assert.ok(r.ok && r.text.includes('表层') && !r.text.includes('深处'));
    const deep = readDocx(docx({ body: nested(100_000) }));
    assert.ok(!deep.ok && deep.reason === 'too-large' && /xmlDepth/.test(deep.message), JSON.stringify(deep));
  });
});
