/**
 * PDF past reports: the paragraph rebuilding on hand-made page layouts (pure), and on real PDFs — LibreOffice's
 * rendering of each seed's export — read by pdf.js, into the CLI and the library.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pdfParagraphs, type PdfPage, type TextRun } from '../../server/src/core/pdf/paragraphs';
import { type ReportModel } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { readPdf } from '../../server/src/io/pdf';
import { LibraryStore } from '../../server/src/lsp/library';
import { pathToUri } from '../../server/src/lsp/uri';
import { parse, ROOT, sharedSeed, sharedSeedPath } from '../helpers';
import { docxToPdf } from './soffice';

const SIZE = 16;
const LEFT = 80,
  RIGHT = 520;
/** A page of lines typeset like a report: `indent` in characters, lines filled to the right edge unless `short`. */
function page(lines: { text: string; indent?: number; size?: number; centred?: boolean }[], height = 842): PdfPage {
  const runs: TextRun[] = [];
  let y = 760;
  for (const l of lines) {
    const size = l.size ?? SIZE;
    const width = [...l.text].length * size;
    const x = l.centred ? (LEFT + RIGHT - width) / 2 : LEFT + (l.indent ?? 0) * size;
    runs.push({ str: l.text, x, y, width, size });
    y -= size * 1.8;
  }
  return { width: 595, height, runs };
}
const full = (n: number, ch = '文') => ch.repeat(n);

describe('PDF text back into paragraphs', () => {
  it('joins the lines of a paragraph, starts one at a two-character indent or after a short line, drops page numbers', () => {
    const pages = [
      page([
        { text: '某市人民代表大会常务委员会工作报告', size: 22, centred: true },
        { text: '各位代表：' },
        { text: full(25), indent: 2 },
        { text: full(27) },
        { text: '完。' },
        { text: '一、总体要求', indent: 2 },
        { text: full(25, '甲'), indent: 2 },
        { text: full(27, '乙') },
        ...Array.from({ length: 14 }, () => ({ text: full(27, '丙') })),
        { text: '— 1 —', indent: 20 },
      ]),
      page([{ text: full(27, '丁') }, { text: '段落在下一页结束。' }, { text: '— 2 —', indent: 20 }]),
    ];
    pages[0].runs.at(-1)!.y = 60;
    pages[1].runs.at(-1)!.y = 60;
    const r = pdfParagraphs(pages);
    assert.deepStrictEqual(r.text.split('\n').slice(0, -1), [
      '某市人民代表大会常务委员会工作报告',
      '各位代表：',
      full(25) + full(27) + '完。',
      '一、总体要求',
      full(25, '甲') + full(27, '乙') + full(27 * 14, '丙') + full(27, '丁') + '段落在下一页结束。',
    ]);
    assert.deepStrictEqual(r.pageOfLine, [1, 1, 1, 1, 1]);
  });

  it('a centred title over two lines is one paragraph; a change of type size starts one; spacing next to Chinese is dropped', () => {
    const p = page([
      { text: '某某市第十七届人民代表大会常务委员会', size: 22, centred: true },
      { text: '工作报告', size: 22, centred: true },
      { text: full(27) },
      { text: '完。' },
      { text: '—— 2024 年 1 月 10 日', centred: true },
    ]);
    // Runs that a PDF engine splits, with a space it put between Chinese and Latin text.
    const y = p.runs[2].y;
    p.runs.splice(
      2,
      1,
      { str: full(20), x: LEFT, y, width: 20 * SIZE, size: SIZE },
      { str: ' ', x: LEFT + 320, y, width: 4, size: SIZE },
      { str: 'GDP', x: LEFT + 324, y, width: 30, size: SIZE },
      { str: ' 增长', x: LEFT + 354, y, width: RIGHT - LEFT - 354, size: SIZE },
    );
    assert.deepStrictEqual(pdfParagraphs([p]).text.split('\n').slice(0, -1), [
      '某某市第十七届人民代表大会常务委员会工作报告',
      `${full(20)}GDP增长完。`,
      '——2024年1月10日',
    ]);
  });

  it('running headers repeated on most pages are dropped, body text that merely repeats is kept', () => {
    const pages = [1, 2, 3, 4].map((n) => {
      const p = page([
        { text: '政府工作报告（全文）' },
        { text: full(27, '文') },
        { text: '政府工作报告（全文）' },
        { text: `第 ${n} 页` },
      ]);
      p.runs[0].y = 800;
      p.runs[3].y = 40;
      return p;
    });
    const repeated = full(27) + '政府工作报告（全文）';
    assert.deepStrictEqual(pdfParagraphs(pages).text.split('\n').slice(0, -1), [
      repeated,
      repeated,
      repeated,
      repeated,
    ]);
  });
});

describe('PDF past reports made by LibreOffice', function () {
  this.timeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-pdf-'));
  const SEEDS = ['000', '001', '002', '003', '004'];
  const models = new Map<string, ReportModel>();

  before(async () => {
    for (const s of SEEDS) {
      const m = parse(sharedSeed(s));
      models.set(s, m);
      writeFileSync(join(dir, `${s}.docx`), await exportDocx(m));
    }
    const r = docxToPdf(
      dir,
      SEEDS.map((s) => join(dir, `${s}.docx`)),
    );
    assert.ok(
      !r.error && r.status === 0,
      `soffice (libreoffice-writer-nogui, installed by .ci/run): ${r.error?.message ?? r.stderr}`,
    );
  });

  /** Paragraph texts compared without spacing, and without the 、，。 LibreOffice drops now and then at a line's end. */
  const norm = (s: string) =>
    s
      .replace(/^#{1,6}\s+/, '')
      .replace(/\*\*/g, '')
      .replace(/[\s、，,。]/g, '');
  const paragraphsOf = (m: ReportModel) =>
    m.lines
      .filter((l) => l.text && m.roles[l.index] !== 'noise' && m.roles[l.index] !== 'comment')
      .map((l) => norm(l.text));

  it('every seed reads back from its PDF with the same paragraphs, page numbers gone', async () => {
    for (const s of SEEDS) {
      const r = await readPdf(readFileSync(join(dir, `${s}.pdf`)));
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.deepStrictEqual(r.text.split('\n').filter(Boolean).map(norm), paragraphsOf(models.get(s)!), `seed ${s}`);
      assert.ok(!/—\s*\d+\s*—/.test(r.text));
      assert.ok(r.pageOfLine.at(-1)! > 3, 'pages are counted');
    }
  });

  it('the library indexes a PDF named as a report and shows its lines as matches', async () => {
    const lib = join(dir, 'library');
    mkdirSync(lib);
    writeFileSync(join(lib, '2022年株洲市人大常委会工作报告.pdf'), readFileSync(join(dir, '000.pdf')));
    writeFileSync(join(lib, 'notes.pdf'), readFileSync(join(dir, '001.pdf')));
    const store = new LibraryStore(mkdtempSync(join(tmpdir(), 'wr-pdf-store-')), () => undefined);
    const built = await store.build({ roots: [lib], paths: [] });
    assert.strictEqual(built.files, 1, 'only a file named as a report');
    const paragraph = models.get('000')!.paragraphs.find((p) => p.text.length > 150)!.text;
    const hits = store.index.similar(paragraph, 3);
    assert.ok(
      hits.length &&
        hits[0].uri === pathToUri(join(lib, '2022年株洲市人大常委会工作报告.pdf')) &&
        hits[0].similarity > 0.9,
      JSON.stringify(hits.map((h) => [h.uri, h.similarity])),
    );
    // A warm start (the entry from the cache) still shows the PDF's lines.
    const warm = new LibraryStore(store['storageDir'], () => undefined);
    await warm.build({ roots: [lib], paths: [] });
    assert.ok(warm.index.similar(paragraph, 3)[0]?.text.length > 100);
  });

  it('the CLI outlines a PDF and compares a draft against a folder of them; a broken PDF is said plainly', () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'zh_CN.UTF-8' },
      });
    const o = cli(['outline', join(dir, '003.pdf'), '--json']);
    assert.strictEqual(o.status, 0, o.stderr);
    assert.strictEqual(o.stdout.includes('Warning'), false, 'pdf.js says nothing on stdout');
    const text = cli(['outline', sharedSeedPath('003'), '--json']);
    const strip = (xs: any[]): any[] => xs.map((x) => [x.kind, x.marker, x.title, strip(x.children)]);
    assert.deepStrictEqual(strip(JSON.parse(o.stdout).sections), strip(JSON.parse(text.stdout).sections));
    const lib = join(dir, 'cli-library');
    mkdirSync(lib);
    writeFileSync(join(lib, '2019年工作报告.pdf'), readFileSync(join(dir, '001.pdf')));
    const c = cli(['compare', join(dir, '000.docx'), '--library', lib, '--json']);
    assert.strictEqual(c.status, 0, c.stderr);
    assert.match(JSON.parse(c.stdout).summary.lastYear.uri, /2019年工作报告\.pdf$/);
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\n1 0 obj << >> endobj\n%%EOF');
    const b = cli(['outline', broken]);
    assert.strictEqual(b.status, 2);
    assert.match(b.stderr, /无法作为 PDF 读取/);
  });
});
