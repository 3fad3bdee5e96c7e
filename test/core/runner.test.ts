import * as assert from 'assert';
import { ALL_CHECKS, CHECK_CODES, runChecks, TextDoc, wordPlaces, type Check } from '../../server/src/core';
import { parse, sharedSeed } from '../helpers';

describe('check runner', () => {
  const text = sharedSeed('000');
  const doc = new TextDoc('x', text);
  const positionAt = (o: number) => doc.positionAt(o);
  const REPEATS = ALL_CHECKS.filter((c) => c.code.startsWith('repeat.'));
  const boom: Check = {
    code: 'test.boom',
    defaultSeverity: 'error',
    description: { zh: '', en: '' },
    docs: { finds: { zh: '', en: '' }, example: { draft: '' } },
    run() {
      throw new Error('boom');
    },
  };

  it('keeps every published code (codes are a public contract: a check may be added, never renamed away)', () => {
    const published = [
      'figure.conflict',
      'figure.count',
      'figure.part-whole',
      'figure.ratio',
      'norm.docnumber',
      'norm.number',
      'norm.punctuation',
      'numbering.gap',
      'numbering.order',
      'numbering.reference',
      'numbering.repeat',
      'numbering.style',
      'repeat.near-paragraph',
      'repeat.paragraph',
      'repeat.section',
      'repeat.sentence',
      'stale.figure',
      'stale.session',
      'stale.year',
      'term.formulation',
      'term.preferred',
    ];
    for (const code of published) assert.ok(CHECK_CODES.includes(code), code);
  });
  it('isolates a throwing check: the others still report and the error is passed on', () => {
    const errors: string[] = [];
    const found = runChecks(parse(text), { checks: [boom, ...REPEATS], positionAt, onError: (c) => errors.push(c) });
    assert.deepStrictEqual(errors, ['test.boom']);
    assert.strictEqual(found.length, 4);
  });
  it('applies severity overrides and turns a check off', () => {
    const model = parse(text);
    const asError = runChecks(model, { checks: REPEATS, severities: { 'repeat.section': 'error' }, positionAt });
    assert.deepStrictEqual(
      asError.map((d) => d.severity),
      ['warning', 'warning', 'error', 'error'],
    );
    assert.deepStrictEqual(
      runChecks(model, {
        checks: REPEATS,
        severities: { 'repeat.section': 'off', 'repeat.sentence': 'off', 'repeat.paragraph': 'off' },
        positionAt,
      }).map((d) => d.code),
      [],
    );
  });
  it('speaks English when asked', () => {
    const found = runChecks(parse(text), { checks: REPEATS, locale: 'en', positionAt });
    assert.match(found[1].message, /repeats the paragraph on line 62/);
    assert.match(found[2].message, /The section “五、.*” \(10 paragraphs\) repeats the one on line 80/);
  });
  it('stops when cancelled', () => {
    assert.deepStrictEqual(runChecks(parse(text), { isCancelled: () => true, positionAt }), []);
  });
});

describe('places in messages: lines of the text, or paragraphs of a Word document', () => {
  const text = sharedSeed('000');
  const doc = new TextDoc('x', text);
  const model = parse(text);
  // As a .docx read back would map them: line i is paragraph (i + 1) / 2 rounded up, blank lines none.
  const paragraphOfLine = model.lines.map((l) => (l.text ? Math.floor(l.index / 2) + 1 : 0));
  const run = (locale: 'zh' | 'en') =>
    runChecks(model, { positionAt: (o) => doc.positionAt(o), locale, places: wordPlaces(paragraphOfLine) });

  it("a Word document's findings name the paragraphs of the places they point to, in both languages", () => {
    const para = run('zh').find((d) => d.code === 'repeat.paragraph')!;
    assert.strictEqual(para.message, `本段与第 ${paragraphOfLine[61]} 段重复。`);
    assert.deepStrictEqual(
      para.related.map((r) => r.message),
      [`第 ${paragraphOfLine[61]} 段：先出现的段落`],
    );
    const en = run('en');
    assert.strictEqual(
      en.find((d) => d.code === 'repeat.paragraph')!.message,
      `This paragraph repeats paragraph ${paragraphOfLine[61]}.`,
    );
    assert.match(
      en.find((d) => d.code === 'repeat.section')!.message,
      new RegExp(`repeats the one in paragraph \\d+\\.$`),
    );
    for (const d of [...run('zh'), ...en])
      assert.ok(!/第 \d+ 行|\bline \d+/i.test([d.message, ...d.related.map((r) => r.message)].join()), d.message);
  });

  it('a text names lines', () => {
    const found = runChecks(model, { positionAt: (o) => doc.positionAt(o) });
    assert.strictEqual(found.find((d) => d.code === 'repeat.paragraph')!.message, '本段与第 62 行的段落重复。');
  });
});
