import * as assert from 'assert';
import { createHash } from 'crypto';
import { libraryEntry, parseReport, TextDoc } from '../../server/src/core';
import {
  decodeCache,
  encodeCache,
  encodingCache,
  type CacheData,
  type CachedMeta,
} from '../../server/src/lsp/libraryCache';
import { shippedSeeds } from '../helpers';

describe('the library cache encoded a step at a time', () => {
  it('gives the bytes one JSON.stringify of the whole gives, and reads back', () => {
    const entries = shippedSeeds().map((s) =>
      libraryEntry(parseReport(new TextDoc(`file:///s/${s.name}`, s.text)), `file:///s/${s.name}`, s.name),
    );
    const blob = new Uint32Array(entries.reduce((n, e) => n + e.paragraphs.prints.length, 0));
    let at = 0;
    const metas: CachedMeta[] = entries.map((e) => {
      blob.set(e.paragraphs.prints, at);
      at += e.paragraphs.prints.length;
      const { lines, starts } = e.paragraphs;
      return { ...e, paragraphs: Array.from(lines, (l, k): [number, number] => [l, starts[k + 1] - starts[k]]) };
    });
    const data: CacheData = { files: { '/s/a.txt': { size: 1, mtimeMs: 2, id: entries[0].id } }, entries: metas };
    // What the encoding was before it went in steps: one JSON, one hash.
    const json = Buffer.from(JSON.stringify(data), 'utf8');
    const body = Buffer.from(blob.buffer);
    const whole = encodeCache(data, blob);
    assert.ok(whole.includes(json) && whole.subarray(whole.length - body.length).equals(body));
    assert.ok(whole.includes(createHash('sha256').update(json).update(body).digest()));
    // Stepped by hand: the same bytes, after several steps.
    const steps = encodingCache(data.files, metas.length, (i) => metas[i], blob);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    assert.ok(n >= 2);
    assert.ok(r.value.equals(whole));
    const back = decodeCache(whole);
    assert.ok(back.ok);
    assert.deepStrictEqual(back.data, JSON.parse(json.toString('utf8')));
  });
});
