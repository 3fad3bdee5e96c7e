/**
 * The readers' limits as units: each fires where a hostile input passes it and stays silent on what a real report
 * holds; the one module of limits and docs/reliability.md say the same.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { LIMITS, LimitExceeded, limitMessageZh, limitOfMessage, setLimits } from '../../server/src/core';
import { measurePdfStreams } from '../../server/src/core/pdf/streams';
import { parseXml, xmlText } from '../../server/src/core/word/xml';
import { ZipError, ZipPackage } from '../../server/src/core/word/zip';
import { ROOT } from '../helpers';
import { craftZip, deflateBomb, deflated, pdfStream, pdfWithPages, zlibWrap } from '../word/craft';

const enc = new TextEncoder();

function throwsLimit(f: () => unknown, limit: string): void {
  assert.throws(f, (e: unknown) => e instanceof LimitExceeded && e.limit === limit);
}

describe('the readers’ limits', () => {
  it('docs/reliability.md lists every limit with its value, and nothing else', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'reliability.md'), 'utf8');
    const rows = new Map([...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]));
    assert.deepStrictEqual([...rows.keys()].sort(), Object.keys(LIMITS).sort());
    for (const [name, value] of Object.entries(LIMITS)) {
      const shown = /Bytes$/.test(name) ? `${value / 1024 / 1024} MB` : value.toLocaleString('en');
      assert.strictEqual(rows.get(name), shown, name);
    }
  });

  it('a refusal is one line naming its limit, in English and in Chinese', () => {
    const e = new LimitExceeded('partBytes');
    assert.strictEqual(e.message, 'over the limit partBytes: one part inflates to more than 48 MB');
    assert.strictEqual(limitOfMessage(e.message), 'partBytes');
    assert.strictEqual(limitOfMessage('not a readable zip package'), undefined);
    assert.strictEqual(limitMessageZh('partBytes'), '超出限制：有一个部件解压后超过 48 MB');
  });

  it('setLimits takes known names with positive values and returns the rest', () => {
    const before = LIMITS.xmlDepth;
    try {
      assert.deepStrictEqual(setLimits({ xmlDepth: 10, noSuchLimit: 1, zipEntries: -1, textChars: 'x' }), [
        'noSuchLimit',
        'zipEntries',
        'textChars',
      ]);
      assert.strictEqual(LIMITS.xmlDepth, 10);
    } finally {
      setLimits({ xmlDepth: before });
    }
  });

  it('XML: elements, depth and names are counted as read; a real part of their size is read', () => {
    const before = { xmlElements: LIMITS.xmlElements, xmlDepth: LIMITS.xmlDepth };
    try {
      setLimits({ xmlElements: 1000, xmlDepth: 20 });
      assert.strictEqual(parseXml('<a>' + '<b/>'.repeat(998) + '</a>').children.length, 1);
      throwsLimit(() => parseXml('<a>' + '<b/>'.repeat(1000) + '</a>'), 'xmlElements');
      parseXml('<x>'.repeat(20) + '</x>'.repeat(20));
      throwsLimit(() => parseXml('<x>'.repeat(21)), 'xmlDepth');
    } finally {
      setLimits(before);
    }
    throwsLimit(() => parseXml(`<a ${'n'.repeat(1001)}="1"/>`), 'xmlNameChars');
    throwsLimit(() => parseXml(`<${'n'.repeat(1001)}/>`), 'xmlNameChars');
    // Attributes read by hand: quotes of both kinds, spaces around =, a name without a value skipped.
    const el = parseXml(`<w:p a = "1" b='2' c d="&lt;3&gt;"/>`).children[0] as { attrs: Record<string, string> };
    assert.deepStrictEqual(el.attrs, { a: '1', b: '2', d: '<3>' });
  });

  it('XML text: UTF-8 with or without a BOM, UTF-16 either way round; another declared encoding refused', () => {
    const xml = '<?xml version="1.0"?><a>报告</a>';
    assert.strictEqual(xmlText(enc.encode(xml)), xml);
    assert.strictEqual(xmlText(Buffer.from('\ufeff' + xml, 'utf16le')), xml);
    const be = Buffer.from(xml, 'utf16le').swap16();
    assert.strictEqual(xmlText(be), xml);
    assert.throws(() => xmlText(enc.encode('<?xml version="1.0" encoding="GBK"?><a/>')), /GBK/);
  });

  it('zip: parts inflate only when read, counted as they inflate; a broken directory is said', () => {
    const zip = new ZipPackage(
      craftZip([
        { name: 'small.xml', data: deflated('<a/>'), declaredSize: 4 },
        { name: 'bomb.xml', data: deflateBomb(64 * 1024 * 1024), declaredSize: 10 },
        { name: 'small.xml', data: deflated('<b/>'), declaredSize: 4 },
      ]),
    );
    assert.strictEqual(new TextDecoder().decode(zip.read('small.xml')), '<a/>');
    assert.strictEqual(zip.read('missing.xml'), undefined);
    throwsLimit(() => zip.read('bomb.xml'), 'partBytes');
    assert.throws(() => new ZipPackage(enc.encode('PK not really a zip')), ZipError);
    const truncated = craftZip([{ name: 'a.xml', data: deflated('<a/>') }]);
    assert.throws(() => new ZipPackage(truncated.subarray(0, truncated.length - 30)), ZipError);
  });

  it('PDF streams: a real content stream is measured, a bomb refused before pdf.js', () => {
    const text = 'BT /F1 12 Tf 72 700 Td (Report) Tj ET';
    const plain = pdfWithPages(pdfStream('/Filter /FlateDecode', zlibWrap(deflated(text))));
    assert.strictEqual(measurePdfStreams(plain), text.length);
    const bomb = pdfWithPages(pdfStream('/Filter /FlateDecode', zlibWrap(deflateBomb(200 * 1024 * 1024))));
    throwsLimit(() => measurePdfStreams(bomb), 'pdfStreamBytes');
  });
});
