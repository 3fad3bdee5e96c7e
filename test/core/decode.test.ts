import * as assert from 'assert';
import { decodeBytes } from '../../server/src/core';

describe('decoding report files', () => {
  const text = '各位代表：\n现在，我受市人大常委会委托，向大会报告工作。\n';
  it('reads UTF-8 with and without BOM', () => {
    const plain = decodeBytes(Buffer.from(text, 'utf8'));
    assert.ok(plain.ok && plain.text === text && plain.encoding === 'utf-8' && !plain.bom);
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    assert.ok(bom.ok && bom.text === text && bom.bom);
  });
  it('detects GBK/GB18030', () => {
    const gbk = new Uint8Array([0xb8, 0xf7, 0xce, 0xbb, 0xb4, 0xfa, 0xb1, 0xed]); // 各位代表
    const d = decodeBytes(gbk);
    assert.ok(d.ok && d.text === '各位代表' && d.encoding === 'gb18030');
  });
  it('reads UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const d = decodeBytes(le);
    assert.ok(d.ok && d.text === text && d.encoding === 'utf-16le');
  });
  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.deepStrictEqual(decodeBytes(png), { ok: false, reason: 'binary' });
  });
  it('accepts an empty file', () => {
    const d = decodeBytes(new Uint8Array());
    assert.ok(d.ok && d.text === '');
  });
});
