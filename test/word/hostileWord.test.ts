/**
 * Crafted Word documents against the real CLI (node dist/cli.js, which reads them on a reader worker): each ends by
 * itself within seconds and a few hundred MB, and a refused one names the limit it passed. The files are made here.
 */
import * as assert from 'assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { assertBounded, boundedCli } from '../bounded';
import { craftZip, deflateBomb, deflated, docxWith, zipClaimingEntries } from './craft';
import { docx, numberingXml, para } from './docxFixture';

const enc = new TextEncoder();
const BODY = para('一、总体情况') + para('过去一年，常委会依法履职，全年召开常委会会议8次，审议法规草案5件。');

describe('crafted Word documents through the CLI: bounded, and refused by name', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-hostile-word-'));
  const file = (name: string, bytes: Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const outline = (p: string, limits?: Record<string, number>) => {
    const r = boundedCli(['outline', p], { limits });
    assertBounded(r);
    return r;
  };
  const refusedBy = (p: string, limit: string) => {
    const r = outline(p);
    assert.strictEqual(r.status, 2, r.err);
    assert.match(r.err, new RegExp(`over the limit ${limit}:`), r.err);
    return r;
  };

  it('sixteen unused parts sharing one stream that inflates to 120 MB: never inflated, the report read', () => {
    const bomb = deflateBomb(120 * 1024 * 1024);
    const extra = Array.from({ length: 16 }, (_, i) => ({
      name: `word/unused${i}.xml`,
      ...(i === 0 ? { data: bomb, declaredSize: 120 * 1024 * 1024 } : { shareWith: 'word/unused0.xml' }),
    }));
    const r = outline(file('shared-工作报告.docx', docxWith(docx({ body: BODY }), extra)), undefined);
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.out, /一、总体情况/);
    assert.ok(r.peakMb < 300, `${r.peakMb} MB`);
  });

  it('document.xml of 110 MB of empty paragraphs (a 219 KB file): refused by the part limit', () => {
    const xml = enc.encode(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p/>'.repeat(
        (110 * 1024 * 1024) / 6,
      )}</w:body></w:document>`,
    );
    refusedBy(
      file('empty-paragraphs.docx', docxWith(docx({ body: BODY }), [], { 'word/document.xml': xml })),
      'partBytes',
    );
  });

  it('a part that declares 4 KB and inflates to 16 GB: stopped at the part limit, not trusted', () => {
    const xml = { name: 'word/document.xml', data: deflateBomb(16 * 1024 ** 3), declaredSize: 4096 };
    refusedBy(file('declared-4kb.docx', docxWith(docx({ body: BODY }), [xml])), 'partBytes');
  });

  it('a 98-byte zip claiming 2^32−1 entries: refused at once by the entry limit', () => {
    const bytes = zipClaimingEntries();
    assert.strictEqual(bytes.length, 98);
    const r = refusedBy(file('entries.docx', bytes), 'zipEntries');
    assert.ok(r.seconds < 10, `${r.seconds} s`);
  });

  it('1,000 entries named word/document.xml sharing one stream of 40 MB: the first is read, once', () => {
    // 40 MB of comment: cheap to read once, 40 GB to inflate a thousand times.
    const body = enc.encode(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${BODY}</w:body><!--${'x'.repeat(40 * 1024 * 1024)}--></w:document>`,
    );
    const first = { name: 'word/document.xml', data: deflated(body), declaredSize: body.length };
    const copies = Array.from({ length: 999 }, () => ({ name: 'word/document.xml', shareWith: 'word/document.xml' }));
    const r = outline(file('thousand.docx', craftZip([first, ...copies])));
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.out, /一、总体情况/);
    assert.ok(r.peakMb < 400, `${r.peakMb} MB`);
  });

  it('a 1,000,000-character number format used by 1,000 paragraphs: refused by the number-format limit', () => {
    const numbering = numberingXml([['decimal', 'x'.repeat(1_000_000) + '%1']], [{ numId: 1 }]);
    const body = Array.from({ length: 1000 }, () => para('条目', { numId: 1 })).join('');
    refusedBy(file('lvltext.docx', docx({ body, numbering })), 'numberTextChars');
  });

  it('a list restarting at 2^31 in lower letters, and at "Infinity": read, each number a few characters', () => {
    const numbering = numberingXml([['lowerLetter', '%1.']], [{ numId: 1, startOverride: { 0: 2 ** 31 } }]).replace(
      '</w:numbering>',
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="Infinity"/></w:lvlOverride></w:num></w:numbering>',
    );
    const body = Array.from({ length: 200 }, (_, i) => para('条目', { numId: 1 + (i % 2) })).join('');
    const r = outline(file('restart.docx', docx({ body: BODY + body, numbering })));
    assert.strictEqual(r.status, 0, r.err);
    const checked = boundedCli(['check', '--format', 'json', join(dir, 'restart.docx')]);
    assertBounded(checked);
    const [result] = JSON.parse(checked.out);
    assert.ok(Array.isArray(result.diagnostics), checked.err);
  });

  it('100,000 unmatched end tags: within the nesting limit read in linear time, past it refused by it', () => {
    const shallow = '<w:customXml>'.repeat(200) + '</w:x>'.repeat(100_000) + '</w:customXml>'.repeat(200);
    const r = outline(file('tags.docx', docx({ body: BODY + shallow + para('二、下一步工作') })));
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.out, /二、下一步工作/);
    const deep = '<w:x>'.repeat(100_000) + '</w:y>'.repeat(100_000);
    refusedBy(file('deep-tags.docx', docx({ body: BODY + deep })), 'xmlDepth');
  });

  it('60,000 nested fields, each showing its result: read in linear time, the text of the first 64 kept', () => {
    const open =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF x</w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>域</w:t></w:r>';
    const fields =
      '<w:p>' + open.repeat(60_000) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'.repeat(60_000) + '</w:p>';
    const r = outline(file('fields.docx', docx({ body: BODY + fields + para('二、下一步工作') })));
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.out, /二、下一步工作/);
    assert.ok(r.seconds < 10, `${r.seconds} s`);
  });

  it('a 150,000-character attribute name: refused by the name limit, in linear time', () => {
    const body = `<w:p ${'a'.repeat(150_000)}="1">${'<w:r><w:t>x</w:t></w:r>'}</w:p>` + BODY;
    refusedBy(file('attr.docx', docx({ body })), 'xmlNameChars');
  });

  it('a UTF-16 document.xml (OPC allows it) is read, not taken for an empty document', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${BODY}</w:body></w:document>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const r = outline(file('utf16.docx', docxWith(docx({ body: BODY }), [], { 'word/document.xml': utf16 })));
    assert.strictEqual(r.status, 0, r.err);
    assert.match(r.out, /一、总体情况/);
    const latin = enc.encode(xml.replace('UTF-16', 'ISO-8859-1'));
    const refused = outline(file('latin.docx', docxWith(docx({ body: BODY }), [], { 'word/document.xml': latin })));
    assert.strictEqual(refused.status, 2);
    assert.match(refused.err, /ISO-8859-1/);
  });

  it('a folder check goes on past a file that passes a limit, and says which file and which limit', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, '1-工作报告.docx'), zipClaimingEntries());
    writeFileSync(join(folder, '2-工作报告.docx'), docx({ body: BODY }));
    const r = boundedCli(['check', '--format', 'json', folder]);
    assertBounded(r);
    assert.match(r.err, /1-工作报告\.docx.*over the limit zipEntries/);
    assert.ok(
      JSON.parse(r.out).some((f: { file: string }) => /2-工作报告\.docx$/.test(f.file)),
      r.out,
    );
    const zh = boundedCli(['check', folder], { lang: 'zh_CN.UTF-8' });
    assert.match(zh.err, /超出限制：压缩包列出的条目超过 10,000 个/);
  });
});
