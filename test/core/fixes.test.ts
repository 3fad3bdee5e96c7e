import * as assert from 'assert';
import { applyEdits, fixAllEdits, fixesFor } from '../../server/src/core';
import { check, corpusFiles, onlyMarkersChanged, parse, sharedSeed } from '../helpers';
import { assertOnlyMoved } from './checks/numberingMoves';

/** Removing lines from..to (and at most one blank line next to them) is all that happened. */
function onlyLinesRemoved(before: string, after: string, from: number, to: number): boolean {
  const a = before.split('\n');
  const expect = [...a.slice(0, from), ...a.slice(to + 1)];
  const b = after.split('\n');
  if (b.join('\n') === expect.join('\n')) return true;
  // One blank line around the removed block may go too.
  for (const k of [from - 1, from])
    if (k >= 0 && !expect[k]?.trim() && [...expect.slice(0, k), ...expect.slice(k + 1)].join('\n') === b.join('\n'))
      return true;
  return false;
}

/** Every quick fix of every finding, applied to the text it came from, does what its title says and nothing else. */
function checkAllFixes(text: string): number {
  const model = parse(text);
  const found = check(text);
  let n = 0;
  for (const d of found) {
    for (const fix of fixesFor(model, d.code, d.data)) {
      n++;
      const after = applyEdits(text, fix.edits);
      const data = d.data as Record<string, any>;
      const what = `${d.code} “${fix.title.en}” at line ${d.range.start.line}`;
      if (d.code === 'repeat.paragraph' || d.code === 'repeat.near-paragraph')
        assert.ok(onlyLinesRemoved(text, after, data.line, data.line), what);
      else if (d.code === 'repeat.section' && fix.edits.length === 1)
        assert.ok(onlyLinesRemoved(text, after, data.line, data.endLine), what);
      else if (d.code === 'repeat.section') {
        // Every copy: apply copy by copy from the last, each a pure line removal.
        let t = text;
        for (const c of [...data.copies].sort((x: any, y: any) => y.line - x.line)) {
          const next = applyEdits(
            t,
            fixesFor(parse(t), 'repeat.section', { ...data, line: c.line, endLine: c.endLine, copies: [c] })[0].edits,
          );
          assert.ok(onlyLinesRemoved(t, next, c.line, c.endLine), what);
          t = next;
        }
        assert.strictEqual(after, t, what);
      } else if (d.code === 'repeat.sentence') {
        assert.ok(
          after.startsWith(text.slice(0, data.start)) &&
            text.slice(data.end).replace(/^[ \t\u3000]*/, '') === after.slice(data.start),
          what,
        );
      } else if (d.code.startsWith('numbering.') && fix.title.zh.startsWith('按编号调整顺序')) {
        // Sections moved back into order: the same lines and characters, only moved.
        assertOnlyMoved(text, after, what);
      } else if (d.code.startsWith('numbering.')) {
        onlyMarkersChanged(text, after, what);
      } else if (d.code === 'figure.ratio') {
        assert.strictEqual(after, text.slice(0, data.start) + data.replacement + text.slice(data.end), what);
      } else if (/^(norm|term)\./.test(d.code)) {
        // A carried fix: exactly the finding's edits; width fixes only fold width and spacing; the rest stay
        // on one line, a few characters each.
        if (data.edits) assert.deepStrictEqual(fix.edits, data.edits, what);
        const fold = (t: string) => t.normalize('NFKC').replace(/[\s\u3000]/g, '');
        if (data.kind === 'width') assert.strictEqual(fold(after), fold(text), what);
        else
          for (const e of fix.edits)
            assert.ok(
              e.end - e.start <= 40 && !text.slice(e.start, e.end).includes('\n') && !e.newText.includes('\n'),
              what,
            );
      } else {
        assert.fail(`no invariant for ${what}`);
      }
    }
  }
  return n;
}

describe('quick fixes lose nothing', () => {
  it('every fix on seed 000 (repeats and numbering) changes only what it names', () => {
    assert.ok(checkAllFixes(sharedSeed('000')) >= 20);
  });
  it('every fix on a draft with a wrong rate, an edited copy and a repeated sentence', () => {
    const para = sharedSeed('004').split('\n')[8];
    const text = [
      '一、代表工作',
      '市十六届人大一次会议以来，共收集到460件代表建议，已办结434件，办结率95.35%。',
      para,
      '二、监督工作',
      para.replace('深入学习党的二十大精神', '认真学习党的二十大精神'),
      '三、立法工作',
      '加强立法。聚焦社会保险基金安全高效运行，认真履行监督职责，助力守好老百姓的养老钱和保命钱。其他工作另述。',
      '加强监督。另一段的开头不同，内容也不相同，讲的是别的事情，篇幅足够长。聚焦社会保险基金安全高效运行，认真履行监督职责，助力守好老百姓的养老钱和保命钱。',
    ].join('\n');
    const codes = new Set(check(text).map((d) => d.code));
    for (const c of ['figure.ratio', 'repeat.near-paragraph', 'repeat.sentence'])
      assert.ok(codes.has(c), `${c} in ${[...codes]}`);
    assert.ok(checkAllFixes(text) >= 3);
  });
});

describe('repeat quick fixes change only what they say', () => {
  it('every fix of every finding on seed 000 edits only the lines it names', () => {
    const text = sharedSeed('000');
    const model = parse(text);
    const lineAt = (o: number) => model.lines.findIndex((l) => o >= l.start && o <= l.end);
    for (const d of check(text, { only: /^repeat\./ })) {
      const data = d.data as { line: number; endLine?: number; copies?: { line: number; endLine: number }[] };
      const named = data.copies ?? [{ line: data.line, endLine: data.endLine ?? data.line }];
      for (const fix of fixesFor(model, d.code, d.data)) {
        for (const e of fix.edits) {
          const from = lineAt(e.start);
          assert.ok(
            named.some((c) => from >= c.line - 2 && lineAt(e.end) <= c.endLine + 2),
            `${d.code} "${fix.title.en}" edits lines ${from}–${lineAt(e.end)}`,
          );
        }
      }
    }
  });
});

describe('fix-all', () => {
  /** Width and spacing folded away: what the width fixes may change, and nothing else. */
  const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

  it('on every corpus report and seed, the width and spacing fix-all changes only width and spacing (NFKC + no spaces = the original)', () => {
    const all = [
      ...corpusFiles('provincial_gwr_2026'),
      ...corpusFiles('wikisource_national_gwr'),
      ...corpusFiles('noisy_scrape_national_gwr'),
      ...['000', '001', '002', '003', '004'].map((s) => ({ name: s, text: sharedSeed(s) })),
    ];
    let changed = 0;
    for (const f of all) {
      const ds = check(f.text).filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'width');
      const model = parse(f.text);
      const edits = fixAllEdits(model, ds, 'norm.punctuation')
        .concat(fixAllEdits(model, ds, 'norm.number'))
        .sort((a, b) => a.start - b.start);
      if (!edits.length) continue;
      const after = applyEdits(f.text, edits);
      assert.strictEqual(fold(after), fold(f.text), f.name);
      changed++;
      // Run again: nothing of that kind is left.
      assert.strictEqual(
        check(after).filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'width').length,
        0,
        `${f.name}: idempotent`,
      );
    }
    assert.ok(changed >= 20, `${changed} reports changed`);
  });
});
