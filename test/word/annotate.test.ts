/**
 * Findings written into Word documents as comments (core/word/annotate.ts), read back by other means (fflate's
 * unzip, regular expressions): a comment per finding, anchored on the finding's own characters, authored
 * 工作报告助手; every part but the four a comment needs byte for byte the same; the main part the original once
 * the anchors are taken out and the runs they split joined again.
 */
import * as assert from 'assert';
import { annotateDocx, COMMENT_AUTHOR, commentText, LIMITS, setLimits, type WordFinding } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { parse, sharedSeed } from '../helpers';
import { annotateAndCompare, findingsOf, shownText, utf8 } from './annotateSupport';
import { docx, escapeXml, para, run } from './docxFixture';

describe('findings as Word comments', function () {
  this.timeout(60_000);

  it('our export of each seed: a comment per finding, on its own text, with its message and code', async () => {
    let total = 0;
    for (const seed of ['000', '001', '002', '003', '004']) {
      const bytes = await exportDocx(parse(sharedSeed(seed)));
      const { text, findings } = findingsOf(bytes);
      assert.ok(findings.length, `seed ${seed} has findings`);
      const r = annotateAndCompare(bytes, findings, text);
      assert.strictEqual(r.ids.length, findings.length, seed);
      findings.forEach((f, i) => {
        const id = r.ids[i];
        const c = r.comments.get(id)!;
        assert.deepStrictEqual(
          [c.author, c.initials, c.text],
          [COMMENT_AUTHOR, '助手', `${f.message}（${f.code}）`],
          `${seed} ${f.code}`,
        );
        assert.strictEqual(r.anchored.get(id), shownText(text, f.range), `${seed} ${f.code} at ${f.range.start.line}`);
      });
      total += findings.length;
      assert.match(utf8(r.parts['[Content_Types].xml']), /PartName="\/word\/comments\.xml"/);
      assert.match(utf8(r.parts['word/_rels/document.xml.rels']), /relationships\/comments" Target="comments\.xml"/);
    }
    assert.ok(total > 20, `${total} findings`);
  });

  it("a Word-like document: a finding inside a run splits it, each piece with the run's own tag and properties", () => {
    const props =
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:u w:val="single"/><w:color w:val="C00000"/><w:sz w:val="32"/></w:rPr>';
    const body =
      para('工作报告') +
      `<w:p w:rsidR="00A1B2C3"><w:r w:rsidRPr="00D4E5F6">${props}<w:t>一年来,常委会紧紧围绕中心工作，依法履职。</w:t></w:r>` +
      `<w:r><w:t xml:space="preserve">后续 &amp; 文字</w:t></w:r></w:p>`;
    const bytes = docx({ body });
    const { text } = findingsOf(bytes);
    const line = text.split('\n').findIndex((l) => l.startsWith('一年来'));
    // The half-width comma (the check's own finding) and a span across the run's end and into the next.
    const findings: WordFinding[] = [
      {
        range: { start: { line, character: 3 }, end: { line, character: 4 } },
        message: '用全角逗号',
        code: 'norm.punctuation',
      },
      {
        range: { start: { line, character: 16 }, end: { line, character: 27 } },
        message: '跨两个文字块',
        code: 'test.span',
      },
    ];
    const r = annotateAndCompare(bytes, findings, text);
    assert.deepStrictEqual(
      r.ids.map((id) => r.anchored.get(id)),
      [',', '依法履职。后续 & 文'],
    );
    // Three pieces of the first run (before, the comma, after), each with the run's tag and all its properties.
    const pieces = [...r.xml.matchAll(/<w:r w:rsidRPr="00D4E5F6">(<w:rPr>.*?<\/w:rPr>)<w:t>([^<]*)<\/w:t><\/w:r>/g)];
    assert.deepStrictEqual(
      pieces.map((m) => m[2]),
      ['一年来', ',', '常委会紧紧围绕中心工作，', '依法履职。'],
    );
    for (const m of pieces) assert.strictEqual(m[1], props);
    assert.match(r.xml, /<w:r><w:t xml:space="preserve">后续 &amp; 文<\/w:t><\/w:r><w:commentRangeEnd w:id="\d+"\/>/);
  });

  it('keeps the comments a document has, new ids after every id it uses', () => {
    const comments = `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="王主任" w:initials="王"><w:p><w:r><w:t>请核实数据</w:t></w:r></w:p></w:comment></w:comments>`;
    const body =
      para('工作报告') +
      `<w:p><w:bookmarkStart w:id="12" w:name="a"/><w:commentRangeStart w:id="7"/>${run('一年来，常委会依法履职。')}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:bookmarkEnd w:id="12"/></w:p>`;
    const bytes = docx({ body, comments });
    const { text } = findingsOf(bytes);
    const line = text.split('\n').findIndex((l) => l.startsWith('一年来'));
    const r = annotateAndCompare(
      bytes,
      [{ range: { start: { line, character: 4 }, end: { line, character: 7 } }, message: '示例', code: 'test.one' }],
      text,
    );
    assert.deepStrictEqual(r.ids, [13]);
    assert.strictEqual(r.comments.get(7)!.text, '请核实数据');
    assert.strictEqual(r.anchored.get(13), '常委会');
    assert.strictEqual(r.anchored.get(7), '一年来，常委会依法履职。');
  });

  it('a point, an automatic number, a heading and an empty paragraph: comments on a point where no own text is', () => {
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const body =
      para('工作报告') + para('坚持党的领导', { numId: 1 }) + '<w:p/>' + para(run('依法履职', { bold: true }));
    const bytes = docx({ body, numbering });
    const { text } = findingsOf(bytes);
    const lines = text.split('\n');
    const numbered = lines.findIndex((l) => l.startsWith('一、'));
    const empty = lines.findIndex((l, i) => i > numbered && l === '');
    const f = (line: number, from: number, to: number, code: string): WordFinding => ({
      range: { start: { line, character: from }, end: { line, character: to } },
      message: escapeXml('<说明>'),
      code,
    });
    const r = annotateAndCompare(
      bytes,
      [f(numbered, 0, 2, 'n.marker'), f(numbered, 4, 4, 'n.point'), f(empty, 0, 0, 'n.empty')],
      text,
    );
    assert.deepStrictEqual(
      r.ids.map((id) => r.anchored.get(id)),
      ['', '', ''],
    );
    assert.match(
      r.xml,
      /<w:commentRangeStart w:id="0"\/><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><w:r><w:t xml:space="preserve">坚持/,
    );
    assert.match(r.xml, /<w:t xml:space="preserve">坚持<\/w:t><\/w:r><w:commentRangeStart w:id="1"\/>/);
    assert.match(
      r.xml,
      /<w:p><w:commentRangeStart w:id="2"\/><w:commentRangeEnd w:id="2"\/><w:r><w:commentReference w:id="2"\/><\/w:r><\/w:p>/,
    );
    assert.strictEqual(r.comments.get(0)!.text, commentText({ message: '&lt;说明&gt;', code: 'n.marker' }));
  });

  it("works under the readers' limits: a document past one is refused, naming it", async () => {
    const bytes = await exportDocx(parse(sharedSeed('004')));
    const { findings } = findingsOf(bytes);
    const saved = LIMITS.xmlElements;
    setLimits({ xmlElements: 200 });
    try {
      const a = annotateDocx(bytes, findings);
      assert.ok(!a.ok && a.reason === 'too-large' && /xmlElements/.test(a.message), JSON.stringify(a));
    } finally {
      setLimits({ xmlElements: saved });
    }
  });

  it('refuses what is not a Word document, and a document changed since it was checked', () => {
    assert.deepStrictEqual(annotateDocx(new TextEncoder().encode('plain text'), []).ok, false);
    const bytes = docx({ body: para('一年来') });
    const changed = annotateDocx(bytes, [], { text: 'another text\n' });
    assert.ok(!changed.ok && changed.reason === 'changed');
  });
});
