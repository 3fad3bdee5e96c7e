import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import { gbt9704, outline, readDocx, type ReportModel } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { corpusFiles, parse, sharedSeed } from '../helpers';

const SEEDS = ['000', '001', '002', '003', '004'];
const shape = (m: ReportModel) => JSON.stringify(outline(m), ['title', 'kind', 'number', 'marker', 'children']);

/** A report's paragraphs as a reader sees them: markdown marks and blank lines gone, noise and comments left out. */
function paragraphsOf(m: ReportModel): string[] {
  return m.lines
    .filter((l) => l.text && m.roles[l.index] !== 'noise' && m.roles[l.index] !== 'comment')
    .map((l) =>
      m.text
        .slice(l.contentStart, l.contentEnd)
        .replace(/^#{1,6}[ \t]+/, '')
        .replace(/\*\*/g, '')
        .trim(),
    );
}

async function exported(m: ReportModel) {
  const bytes = await exportDocx(m);
  const parts = unzipSync(bytes);
  const xml = (name: string) => strFromU8(parts[name]);
  return { bytes, xml };
}

describe('exporting a report to Word (GB/T 9704)', () => {
  it('every seed reads back with the same outline, title and paragraphs', async () => {
    for (const seed of SEEDS) {
      const m = parse(sharedSeed(seed));
      const back = readDocx((await exported(m)).bytes);
      assert.ok(back.ok);
      const again = parse(back.text);
      assert.strictEqual(shape(again), shape(m), `seed ${seed}: outline`);
      assert.strictEqual(again.header.title?.text, m.header.title?.text, `seed ${seed}: title`);
      assert.deepStrictEqual(paragraphsOf(again), paragraphsOf(m), `seed ${seed}: paragraphs`);
    }
  });

  it('most of the corpus reads back to the same outline (the rest lean on indentation, which Word keeps as format)', async () => {
    const files = [...corpusFiles('provincial_gwr_2026'), ...corpusFiles('wikisource_national_gwr')];
    const differ: string[] = [];
    for (const f of files) {
      const m = parse(f.text);
      const back = readDocx((await exported(m)).bytes);
      if (!back.ok || shape(parse(back.text)) !== shape(m)) differ.push(f.name);
    }
    assert.ok(
      differ.length <= Math.ceil(files.length * 0.06),
      `${differ.length} of ${files.length} differ: ${differ.join(', ')}`,
    );
  });

  it('carries the standard layout: A4, the margins, 22 lines by 28 characters, the fonts and sizes by role, page numbers outside', async () => {
    const m = parse(sharedSeed('000'));
    const { xml } = await exported(m);
    const doc = xml('word/document.xml');
    const styles = xml('word/styles.xml');
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.deepStrictEqual(
      [gbt9704.MARGIN.top, gbt9704.MARGIN.bottom, gbt9704.MARGIN.left, gbt9704.MARGIN.right],
      [2098, 1984, 1587, 1474],
    );
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    // 版心 156 mm wide: 28 characters of a 16 pt font at 98 % width fit in it, 29 do not.
    const width = gbt9704.PAGE.width - gbt9704.MARGIN.left - gbt9704.MARGIN.right;
    assert.ok(28 * gbt9704.CHAR_PITCH <= width && 29 * gbt9704.CHAR_PITCH > width && gbt9704.CHAR_SCALE === 98);
    assert.ok(22 * gbt9704.LINE_PITCH <= gbt9704.PAGE.height - gbt9704.MARGIN.top - gbt9704.MARGIN.bottom);
    assert.match(
      styles,
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman" w:hint="eastAsia"\/><w:w w:val="98"\/><w:sz w:val="32"\/>/,
    );
    // Every paragraph at the exact line pitch.
    assert.strictEqual(
      (doc.match(/<w:p>/g) ?? []).length,
      (doc.match(/<w:spacing w:line="579" w:lineRule="exact"\/>/g) ?? []).length,
    );
    const paragraph = (text: string) => doc.split('<w:p>').find((p) => p.includes(text)) ?? '';
    const title = paragraph(m.header.title!.text);
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    const chapter = m.flat.find((s) => s.kind === 'chapter')!;
    assert.match(
      paragraph(chapter.marker + chapter.title),
      new RegExp(`w:eastAsia="黑体"[^]*<w:t[^>]*>${chapter.marker}`),
    );
    assert.match(paragraph(chapter.marker + chapter.title), /<w:outlineLvl w:val="0"\/>/);
    const section = m.flat.find((s) => s.kind === 'section')!;
    assert.match(paragraph(section.title), /w:eastAsia="楷体"/);
    const body = paragraph(m.paragraphs.find((p) => !p.isHeading && p.text.length > 100)!.text.slice(0, 20));
    assert.match(body, /<w:ind w:firstLine="628" w:firstLineChars="200"\/>/);
    assert.match(body, /<w:jc w:val="both"\/>/);
    // Page numbers: — 1 — in 4号 (14 pt) 宋体, right on odd pages and left on even ones.
    assert.match(
      xml('word/settings.xml'),
      /<w:evenAndOddHeaders\/><w:characterSpacingControl w:val="doNotCompress"\/><w:compat>/,
    );
    const footers = Object.keys(unzipSync((await exported(m)).bytes))
      .filter((n) => /footer\d*\.xml$/.test(n))
      .map(xml);
    assert.strictEqual(footers.length, 2);
    for (const f of footers) {
      assert.match(f, /<w:t xml:space="preserve">— <\/w:t>[^]*PAGE[^]*<w:t xml:space="preserve"> —<\/w:t>/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.deepStrictEqual(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort(), ['left', 'right']);
  });

  it('items in bold 仿宋, bold lead-ins bold without their marks, 名词解释 and 附件 each on a page of their own', async () => {
    const text = [
      '某市人民代表大会常务委员会工作报告',
      '——2024年1月10日在某市第十七届人民代表大会第三次会议上',
      '',
      '各位代表：',
      '',
      '现在，我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。',
      '一、过去一年的主要工作',
      '（一）加强立法工作',
      '1.提高立法质量。全年制定地方性法规3件，修改2件。',
      '**坚持党的全面领导。**常委会坚持以习近平新时代中国特色社会主义思想为指导。',
      '名词解释',
      '全过程人民民主：……',
      '附件',
      '2023年制定的地方性法规目录',
      '1.某市文明行为促进条例',
    ].join('\n');
    const m = parse(text);
    const doc = (await exported(m)).xml('word/document.xml');
    const paragraph = (t: string) => doc.split('<w:p>').find((p) => p.includes(t)) ?? '';
    assert.match(paragraph('1.提高立法质量'), /<w:b\/>[^]*<w:t xml:space="preserve">1.提高立法质量。<\/w:t>/);
    assert.doesNotMatch(paragraph('1.提高立法质量').split('1.提高立法质量。')[1], /<w:b\/>/);
    assert.match(paragraph('坚持党的全面领导'), /<w:b\/>[^]*<w:t xml:space="preserve">坚持党的全面领导。<\/w:t>/);
    assert.ok(!doc.includes('**'));
    assert.match(paragraph('名词解释'), /<w:pageBreakBefore\/>/);
    assert.match(paragraph('名词解释'), /w:eastAsia="黑体"/);
    assert.match(paragraph('>附件<'), /<w:pageBreakBefore\/>/);
    assert.match(paragraph('2023年制定的地方性法规目录'), /<w:jc w:val="center"\/>[^]*方正小标宋简体/);
    assert.doesNotMatch(paragraph('各位代表'), /<w:ind /);
    assert.doesNotMatch(paragraph('全过程人民民主：'), /<w:pageBreakBefore\/>/);
  });
});
