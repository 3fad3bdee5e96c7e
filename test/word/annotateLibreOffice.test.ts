/**
 * Annotated copies and LibreOffice, a consumer nobody here wrote: a .docx LibreOffice itself wrote (from our export,
 * with a comment of its own) is annotated like any other, its comment kept; and an annotated copy opened by
 * LibreOffice and exported to PDF carries the comments. LibreOffice 7.4 (Debian 12) cannot put comments in the
 * margin of a PDF (ExportNotesInMargin came later: its PDF filter does not know the option, and the Writer print
 * setting for margins fails headless), so they come as PDF notes (ExportNotes), read back with pdf.js; pdftotext
 * reads the page's text around them. pdftoppm renders the page with the first comment for a person to look at.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { annotateDocx } from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { pdfEngine } from '../../server/src/engines/load';
import { parse, ROOT, sharedSeed } from '../helpers';
import { annotateAndCompare, findingsOf, shownText } from './annotateSupport';
import { sofficeConvert } from './soffice';

const OUTPUT = join(ROOT, 'test-output', 'word');
/** LibreOffice 7.4's PDF filter option for comments: as PDF notes (the JSON form of filter options is 7.4's too). */
export const PDF_WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

function converted(dir: string, file: string, to: string, ext: string): string {
  const out = join(dir, `out-${ext}`);
  mkdirSync(out, { recursive: true });
  const r = sofficeConvert(dir, [file], to, out);
  assert.ok(
    !r.error && r.status === 0,
    `soffice (installed by .ci/run: libreoffice-writer-nogui): ${r.error?.message ?? r.stderr}`,
  );
  const name = join(
    out,
    file
      .split('/')
      .pop()!
      .replace(/\.\w+$/, `.${ext}`),
  );
  return name;
}

/** The PDF's text notes, page by page, through pdf.js (poppler's tools print a page's text, not its notes). */
async function pdfNotes(pdf: Uint8Array): Promise<{ page: number; text: string }[]> {
  // Loading pdf.js warns about canvas polyfills that reading notes never needs.
  const saved = { log: console.log, warn: console.warn };
  console.log = console.warn = () => undefined;
  const { pdfjs, worker } = await pdfEngine().finally(() => Object.assign(console, saved));
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  const doc = await pdfjs.getDocument({ data: pdf, isEvalSupported: false, verbosity: 0 }).promise;
  const notes: { page: number; text: string }[] = [];
  for (let p = 1; p <= doc.numPages; p++)
    for (const a of await (await doc.getPage(p)).getAnnotations())
      if (a.subtype === 'Text') notes.push({ page: p, text: a.contentsObj?.str ?? a.contents ?? '' });
  await doc.destroy();
  return notes;
}

describe('annotated copies in LibreOffice', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-annotate-lo-'));

  it('a .docx LibreOffice wrote, with a comment of its own: annotated, its comment kept, each finding on its text', async () => {
    const ours = await exportDocx(parse(sharedSeed('001')));
    const { text, findings } = findingsOf(ours);
    const one = annotateDocx(ours, findings.slice(0, 1));
    assert.ok(one.ok);
    const source = join(dir, 'lo-source.docx');
    writeFileSync(source, one.bytes);
    const lo = readFileSync(converted(dir, source, 'docx:MS Word 2007 XML', 'docx'));
    assert.match(new TextDecoder().decode(lo.subarray(0, 4)), /^PK/);
    const again = findingsOf(lo);
    assert.ok(again.findings.length >= findings.length - 1, 'LibreOffice keeps the text the findings are on');
    const r = annotateAndCompare(lo, again.findings, again.text);
    const kept = [...r.comments.entries()].filter(([id]) => !r.ids.includes(id));
    assert.strictEqual(kept.length, 1, 'the comment LibreOffice wrote is kept');
    assert.match(kept[0][1].text, new RegExp(findings[0].code.replace('.', '\\.')));
    again.findings.forEach((f, i) =>
      assert.strictEqual(r.anchored.get(r.ids[i]), shownText(again.text, f.range), f.code),
    );
    assert.ok(text.length > 0);
  });

  it('opened by LibreOffice and exported to PDF, the annotated copy carries every comment beside its text', async () => {
    const ours = await exportDocx(parse(sharedSeed('000')));
    const { text, findings } = findingsOf(ours);
    const a = annotateDocx(ours, findings);
    assert.ok(a.ok);
    const file = join(dir, 'annotated.docx');
    writeFileSync(file, a.bytes);
    const pdfFile = converted(dir, file, PDF_WITH_NOTES, 'pdf');
    const notes = await pdfNotes(new Uint8Array(readFileSync(pdfFile)));
    assert.strictEqual(notes.length, findings.length, 'a note per comment');
    const repeat = findings.findIndex((f) => f.code === 'repeat.paragraph');
    const note = notes.find((n) => n.text.includes(`（${findings[repeat].code}）`));
    assert.ok(note && note.text.startsWith(findings[repeat].message.slice(0, 20)), JSON.stringify(notes));
    // The page the note is on shows the text the comment is anchored on.
    const page = spawnSync('pdftotext', ['-f', String(note.page), '-l', String(note.page + 1), pdfFile, '-'], {
      encoding: 'utf8',
    });
    assert.strictEqual(page.status, 0, `pdftotext (installed by .ci/run: poppler-utils): ${page.stderr}`);
    const anchored = shownText(text, findings[repeat].range);
    assert.ok(page.stdout.replace(/\s+/g, '').includes(anchored.replace(/\s+/g, '').slice(0, 30)), page.stdout);
    mkdirSync(OUTPUT, { recursive: true });
    const png = spawnSync('pdftoppm', [
      '-f',
      String(notes[0].page),
      '-l',
      String(notes[0].page),
      '-r',
      '60',
      '-png',
      '-singlefile',
      pdfFile,
      join(OUTPUT, 'annotated'),
    ]);
    assert.strictEqual(png.status, 0, String(png.stderr));
  });
});
