import * as assert from 'assert';
import { applyEdits, fixesFor } from '../../../server/src/core';
import { check, onlyMarkersChanged, parse, sharedSeed } from '../../helpers';
import { chapters, NESTED_RUNS, NUMERALS, numberingOnRealReports, WITHOUT_11 } from './numberingCases';
import { assertOnlyMoved, PERMUTED, PERMUTED_FIXED } from './numberingMoves';
import { testCheck } from './tester';

testCheck(
  'numbering.order',
  {
    valid: [
      NESTED_RUNS,
      ...NUMERALS,
      WITHOUT_11,
      { name: '一、二、四 skips, keeps its order', text: chapters(['一', '二', '四']) },
      { name: '一、二、二、三 repeats, keeps its order', text: chapters(['一', '二', '二', '三']) },
    ],
    invalid: [
      {
        name: 'seed 000: 二 after 三, and its untitled plan part (二, 三, 四, then 一) one order fault',
        text: sharedSeed('000'),
        errors: [
          { line: 51, column: 3, text: '二、', message: '编号顺序颠倒：「二」排在「三」之后，按顺序此处应为「四」。' },
          {
            line: 141,
            column: 0,
            text: '一、',
            message: '编号顺序颠倒：「一」排在「四」之后；本组编号齐全，是各节的位置颠倒了。',
          },
        ],
      },
      {
        name: '一、三、二 (every number once): the sections are moved back, not renumbered',
        text: chapters(['一', '三', '二']),
        errors: [{ line: 2, text: '二、', message: /「二」排在「三」之后；本组编号齐全，是各节的位置颠倒了/ }],
        output: ['一、标题一', '二、标题二', '三、标题三'].join('\n'),
      },
      {
        name: 'a permuted run whose numbers are not all there (一、三、二、五) is renumbered',
        text: chapters(['一', '三', '二', '五']),
        errors: [{ line: 2, message: '编号顺序颠倒：「二」排在「三」之后，按顺序此处应为「四」。' }],
        output: ['一、标题一', '二、标题三', '三、标题二', '四、标题五'].join('\n'),
      },
      {
        name: 'chapters with bodies and sections, a closing paragraph and the next part: whole sections move',
        text: PERMUTED,
        errors: [
          { line: 7, text: '二、' },
          { line: 9, text: '一、' },
        ],
        output: PERMUTED_FIXED,
      },
    ],
  },
  () => {
    numberingOnRealReports('numbering.order', {});

    it('quick fixes: renumber the run (preferred) or the whole document', () => {
      const text = sharedSeed('000');
      const model = parse(text);
      const order = check(text, { only: /^numbering\./ }).find((d) => d.code === 'numbering.order')!;
      const [run, all] = fixesFor(model, order.code, order.data);
      assert.strictEqual(run.title.zh, '重新编号本组（6 项）');
      assert.ok(run.preferred);
      assert.strictEqual(all.title.zh, '重新编号全文（改动 7 处）');
      const afterRun = applyEdits(text, run.edits);
      assert.ok(
        !check(afterRun, { only: /^numbering\./ }).some(
          (d) =>
            d.range.start.line >= 39 &&
            d.code !== 'numbering.gap' &&
            [39, 51, 63, 79, 99, 119].includes(d.range.start.line),
        ),
      );
      onlyMarkersChanged(text, afterRun);
    });

    it('numbers all there but out of order: moving the sections is the one fix (preferred), no renumbering', () => {
      const model = parse(PERMUTED);
      const found = check(PERMUTED, { only: /^numbering\./ });
      assert.deepStrictEqual(
        found.map((d) => `${d.code} ${d.range.start.line}`),
        ['numbering.order 7', 'numbering.order 9'],
      );
      for (const d of found) {
        const fixes = fixesFor(model, d.code, d.data);
        assert.deepStrictEqual(
          fixes.map((f) => [f.title.zh, f.title.en, f.preferred]),
          [['按编号调整顺序（移动 2 节）', 'Move the sections back into numbered order (2 to move)', true]],
        );
        const after = applyEdits(PERMUTED, fixes[0].edits);
        assert.strictEqual(after, PERMUTED_FIXED);
        assertOnlyMoved(PERMUTED, after);
        assert.match(after, /相关立法见第二部分/, 'the cross-reference is not changed by a move');
      }
    });

    it('numbers doubled or missing: renumbering is offered, moving is not', () => {
      for (const ns of [
        ['一', '三', '二', '二'],
        ['一', '三', '二', '五'],
        ['二', '一', '四'],
      ]) {
        const text = chapters(ns);
        const model = parse(text);
        const found = check(text, { only: /^numbering\./ });
        assert.ok(
          found.some((d) => d.code === 'numbering.order'),
          ns.join(''),
        );
        for (const d of found) {
          const titles = fixesFor(model, d.code, d.data).map((f) => f.title.zh);
          assert.match(titles[0], /^重新编号本组/, `${ns.join('')} ${d.code}`);
          assert.ok(!titles.some((t) => t.startsWith('按编号调整顺序')), `${ns.join('')} ${d.code}: ${titles}`);
        }
      }
    });
  },
);
