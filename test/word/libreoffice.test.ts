/**
 * The exported documents in a real consumer nobody here wrote: Debian's LibreOffice converts each seed's .docx to
 * PDF; poppler's pdfinfo/pdftotext measure it (pages, lines a page, characters a line) and pdftoppm renders the
 * first page as a PNG kept in test-output/word for a person to look at.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gbt9704, type ReportModel } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { parse, ROOT, sharedSeed } from '../helpers';
import { docxToPdf } from './soffice';

const SEEDS = ['000', '001', '002', '003', '004'];
const OUTPUT = join(ROOT, 'test-output', 'word');

function run(cmd: string, args: string[], timeout = 120_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  assert.ok(!r.error, `${cmd}: ${r.error?.message} (installed by .ci/run: libreoffice-writer-nogui, poppler-utils)`);
  assert.strictEqual(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Width in characters of the 版心: a CJK character 1, an ASCII one half. */
function units(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/** Pages the text needs at 22 lines of 28 characters: body paragraphs indented two, titles at 2号 (20 a line). */
function expectedPages(m: ReportModel): number {
  let lines = 0;
  let pages = 0;
  for (const l of m.lines) {
    const role = m.roles[l.index];
    if (!l.text || role === 'noise' || role === 'comment') continue;
    const text = l.text.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '');
    if (/^(名词解释|附件)/.test(text)) {
      pages += Math.ceil(lines / gbt9704.LINES_PER_PAGE);
      lines = 0;
    }
    lines +=
      m.header.title?.line === l.index
        ? Math.ceil(units(text) / 20)
        : Math.ceil((units(text) + (role === 'header' ? 0 : 2)) / gbt9704.CHARS_PER_LINE);
  }
  return pages + Math.ceil(lines / gbt9704.LINES_PER_PAGE);
}

describe('exported Word documents in LibreOffice', function () {
  this.timeout(240_000);

  it('convert to PDF with 22 lines of about 28 characters a page, the page count the text needs, page numbers in the footer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-lo-'));
    const models = new Map<string, ReportModel>();
    for (const seed of SEEDS) {
      const m = parse(sharedSeed(seed));
      models.set(seed, m);
      writeFileSync(join(dir, `${seed}.docx`), await exportDocx(m));
    }
    const lo = docxToPdf(
      dir,
      SEEDS.map((s) => join(dir, `${s}.docx`)),
    );
    assert.ok(
      !lo.error && lo.status === 0,
      `soffice (installed by .ci/run: libreoffice-writer-nogui): ${lo.error?.message ?? lo.stderr}`,
    );
    mkdirSync(OUTPUT, { recursive: true });
    for (const seed of SEEDS) {
      const pdf = join(dir, `${seed}.pdf`);
      const info = run('pdfinfo', [pdf]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const want = expectedPages(models.get(seed)!);
      assert.ok(
        Math.abs(pages - want) <= Math.max(1, want * 0.1),
        `seed ${seed}: ${pages} pages, the text needs ${want}`,
      );
      const text = run('pdftotext', ['-layout', pdf, '-']);
      const sheets = text.split('\f').filter((p) => p.trim());
      // The title block as printed: no line of one or two characters (a subtitle's 议上 alone).
      const head = sheets[0]
        .split('\n')
        .map((l) => l.replace(/\s+/g, ''))
        .filter(Boolean);
      const salutation = head.findIndex((l) => /^各位(代表|委员)/.test(l));
      for (const l of head.slice(0, salutation < 0 ? 2 : salutation))
        assert.ok(
          units(l) >= 3,
          `seed ${seed}: a title-block line of ${units(l)} characters: ${head.slice(0, 4).join(' / ')}`,
        );
      // Full pages (all but the last of a part) hold 22 lines of text and the page number.
      const full = sheets.slice(0, -1).map((p) => p.split('\n').filter((l) => l.trim()));
      const lineCounts = full.map((ls) => ls.length - 1).sort((a, b) => a - b);
      assert.strictEqual(
        lineCounts[Math.floor(lineCounts.length / 2)],
        gbt9704.LINES_PER_PAGE,
        `seed ${seed}: lines a page ${lineCounts.join(',')}`,
      );
      full.forEach((ls, i) =>
        assert.match(
          ls[ls.length - 1].trim(),
          new RegExp(`^—\\s*${i + 1}\\s*—$`),
          `seed ${seed}: page number of page ${i + 1}`,
        ),
      );
      // Lines of running text: 28 characters (a half-width digit or comma counts half), give or take one.
      const widths = full
        .flat()
        .map((l) => units(l.replace(/\s+/g, '')))
        .filter((w) => w >= 20)
        .sort((a, b) => a - b);
      const median = widths[Math.floor(widths.length / 2)];
      assert.ok(median >= 27 && median <= 29, `seed ${seed}: median line of ${median} characters`);
    }
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(dir, '003.pdf'), join(OUTPUT, 'seed-003')]);
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dir, '001.pdf'), join(OUTPUT, 'seed-001')]);
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', join(dir, '000.pdf'), join(OUTPUT, 'seed-000')]);
  });
});
