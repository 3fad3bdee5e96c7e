import * as assert from 'assert';
import { createReportService, DEFAULT_CONFIG, resolveConfig, runChecks, TextDoc } from '../../server/src/core';
import { collectGarbage } from '../../server/src/lsp/collectGarbage';
import { proseCharacter } from '../../bench/inputs';
import { codes, parse, sharedSeed } from '../helpers';

const URI = 'file:///draft/2022-株洲市人大常委会工作报告.txt';
const at = (doc: TextDoc) => ({ positionAt: (o: number) => doc.positionAt(o) });

describe('the report service: one analysis per text and configuration', () => {
  const text = sharedSeed('000');

  it('gives the same analysis, and the same findings, while neither the text nor the configuration changes', () => {
    const service = createReportService();
    const doc = new TextDoc(URI, text);
    const a = service.analysis(doc);
    assert.strictEqual(
      service.analysis(new TextDoc(URI, text, 7)),
      a,
      'a new version number with the same text is the same analysis',
    );
    assert.strictEqual(a.check(at(doc)), a.check(at(doc)));
    const fresh = runChecks(parse(text, URI), at(doc));
    assert.deepStrictEqual(codes(a.check(at(doc))), codes(fresh));
  });

  it('follows a new configuration without an edit: a higher sentence threshold, a check turned off', () => {
    const service = createReportService();
    const doc = new TextDoc(URI, text);
    const before = codes(service.analysis(doc).check(at(doc)));
    assert.ok(before.some((c) => c.endsWith('repeat.sentence')) && before.some((c) => c.endsWith('repeat.section')));
    const { config } = resolveConfig({ severity: { 'repeat.section': 'off' }, repeat: { sentenceMinLength: 1000 } });
    const after = service.analysis(doc, config);
    assert.notStrictEqual(after.model, undefined);
    const found = codes(after.check(at(doc)));
    assert.ok(!found.some((c) => c.endsWith('repeat.section') || c.endsWith('repeat.sentence')), found.join());
    assert.ok(found.some((c) => c.endsWith('repeat.paragraph')));
    // Back to the defaults: the findings come back, the model is parsed once for all three.
    const again = service.analysis(doc, DEFAULT_CONFIG);
    assert.deepStrictEqual(codes(again.check(at(doc))), before);
    assert.strictEqual(again.model, after.model);
  });

  it('edit after edit, gives what a fresh check of each text gives', () => {
    const service = createReportService();
    const lines = text.split('\n');
    for (let i = 0; i < 8; i++) {
      lines[31 + i * 9] = i % 2 ? lines[61] : lines[31 + i * 9] + '另补一句说明。';
      const doc = new TextDoc(URI, lines.join('\n'), i + 2);
      assert.deepStrictEqual(
        codes(service.analysis(doc).check(at(doc))),
        codes(runChecks(parse(doc.getText(), URI), at(doc))),
        `edit ${i}`,
      );
    }
  });

  it('recomputes findings that read the library when the library changes, and keeps none of a cancelled run', () => {
    const service = createReportService();
    const doc = new TextDoc(URI, text);
    const a = service.analysis(doc);
    let reads = 0;
    const lastYear = () => {
      reads++;
      return undefined;
    };
    a.check({ ...at(doc), lastYear, lastYearKey: '1' });
    a.check({ ...at(doc), lastYear, lastYearKey: '1' });
    assert.strictEqual(reads, 1, 'the same library build: the findings are reused');
    a.check({ ...at(doc), lastYear, lastYearKey: '2' });
    assert.strictEqual(reads, 2, 'a new build: read again');
    const cancelledDoc = new TextDoc(URI, text + '\n');
    const b = service.analysis(cancelledDoc);
    assert.deepStrictEqual(b.check({ ...at(cancelledDoc), isCancelled: () => true }), []);
    assert.ok(b.check(at(cancelledDoc)).length > 0, 'a cancelled run is not what the next request gets');
  });

  it('forgets a closed document', () => {
    const service = createReportService();
    const doc = new TextDoc(URI, text);
    const a = service.analysis(doc);
    service.close(URI);
    assert.notStrictEqual(service.analysis(doc), a);
  });
});

describe('a long drafting session', function () {
  this.timeout(60_000);

  it('keeps no typed version alive: 1,500 keystrokes of new prose grow the heap by a few MB, not one text each', () => {
    // Seed 000 four times over (~40k characters), a new paragraph written into its middle a character at a time.
    const lines = Array.from({ length: 4 }, () => sharedSeed('000'))
      .join('\n\n')
      .split('\n');
    let at = Math.floor(lines.length / 2);
    lines.splice(at, 0, '');
    const service = createReportService();
    const type = (i: number) => {
      if (lines[at].length >= 150) lines.splice(++at, 0, '');
      lines[at] += proseCharacter(i);
      const doc = new TextDoc(URI, lines.join('\n'), i);
      service.analysis(doc).check({ positionAt: (o) => doc.positionAt(o) });
    };
    for (let i = 0; i < 100; i++) type(i);
    assert.ok(collectGarbage());
    const before = process.memoryUsage().heapUsed;
    for (let i = 100; i < 1600; i++) type(i);
    collectGarbage();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    // Each version's lines once sliced the whole text, and the memos keyed by them kept ~80 KB a keystroke (~120 MB
    // here); what stays now is the memos' entries for the new lines themselves.
    assert.ok(grown < 20, `${grown.toFixed(1)} MB kept after 1,500 keystrokes`);
  });
});
