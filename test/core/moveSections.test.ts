/**
 * Moving sections back into numbered order (numbering.order's fix for a run whose numbers are all there): on real
 * reports with chapters misplaced, the move gives back the original text exactly, and only ever moves text.
 */
import * as assert from 'assert';
import { applyEdits, fixesFor, isPermuted, moveSections, type ReportModel, type Run } from '../../server/src/core';
import { numberingRuns } from '../../server/src/core/numbering/runs';
import { check, parse, rng, sharedSeed } from '../helpers';
import { assertOnlyMoved, reorder } from './checks/numberingMoves';

/** The run whose first entry is on `line`. */
const runAt = (model: ReportModel, line: number): Run => numberingRuns(model).find((r) => r.entries[0].line === line)!;

/** The text after the move of the run starting on `line`. */
function moved(text: string, line: number): string {
  const model = parse(text);
  const move = moveSections(model, runAt(model, line));
  assert.ok(move, `a move for the run on line ${line}`);
  const after = applyEdits(text, move.edits);
  assertOnlyMoved(text, after);
  return after;
}

/** Real runs, as the test cuts them: the heading lines of their chapters, and where the last one ends. */
const REAL = [
  {
    seed: '003',
    name: 'Shaoyang 2023, five chapters (blank lines between paragraphs)',
    starts: [16, 26, 40, 50, 62],
    end: 72,
  },
  { seed: '004', name: 'Quzhou 2023, the review (its closing stays)', starts: [6, 11, 16, 21, 26, 32], end: 38 },
  { seed: '004', name: 'Quzhou 2023, the plan (its closing stays)', starts: [44, 45, 46, 48, 50], end: 52 },
];

describe('moving sections back into numbered order', () => {
  for (const r of REAL)
    it(`${r.name}: two chapters swapped, the move restores the original exactly`, () => {
      const text = sharedSeed(r.seed);
      const n = r.starts.length;
      const swaps = [
        [1, 3],
        [0, n - 1],
        [n - 2, n - 1],
      ];
      for (const [a, b] of swaps) {
        const order = Array.from({ length: n }, (_, i) => (i === a ? b : i === b ? a : i));
        const swapped = reorder(text, r.starts, r.end, order);
        const found = check(swapped, { only: /^numbering\./ });
        assert.ok(found.length && found.every((d) => d.code === 'numbering.order'), `${a}↔${b}: order findings only`);
        for (const d of found)
          assert.deepStrictEqual(
            fixesFor(parse(swapped), d.code, d.data).map((f) => [f.title.zh, f.preferred]),
            [['按编号调整顺序（移动 ' + (b - a === 1 ? 1 : 2) + ' 节）', true]],
            `${a}↔${b}: moving is the one fix`,
          );
        const fixes = fixesFor(parse(swapped), found[0].code, found[0].data);
        const after = applyEdits(swapped, fixes[0].edits);
        assertOnlyMoved(swapped, after, `${a}↔${b}`);
        assert.strictEqual(after, text, `${a}↔${b}`);
      }
    });

  it('any order of the real chapters is restored exactly (random permutations of each run)', () => {
    const random = rng(20261228);
    for (const r of REAL) {
      const text = sharedSeed(r.seed);
      for (let round = 0; round < 15; round++) {
        const order = r.starts.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        if (order.every((k, i) => k === i)) continue;
        const swapped = reorder(text, r.starts, r.end, order);
        assert.strictEqual(moved(swapped, r.starts[0]), text, `${r.name} ${order.join('')}`);
      }
    }
  });

  it("seed 000's plan part (二、三、四、 before the review's closing and the lead-in, 一、 after): the lead-in goes before 一、, the last closing stays last", () => {
    const text = sharedSeed('000');
    const L = text.split('\n');
    assert.match(L[139], /以下工作:$/);
    const want = [
      ...L.slice(0, 131),
      ...L.slice(137, 140),
      '',
      L[141],
      '',
      L[131],
      '',
      L[133],
      '',
      L[135],
      ...L.slice(142),
    ].join('\n');
    assert.strictEqual(moved(text, 131), want);
    assert.match(L[143], /^各位代表, 幸福都是奋斗出来的/);
  });

  it('keeps each line break and blank line in place: no trailing newline, CRLF, blank lines between sections', () => {
    const lf = ['一、甲', '正文甲。', '', '三、丙', '正文丙。', '', '', '二、乙', '正文乙。'].join('\n');
    assert.strictEqual(
      moved(lf, 0),
      ['一、甲', '正文甲。', '', '二、乙', '正文乙。', '', '', '三、丙', '正文丙。'].join('\n'),
    );
    const crlf = `${lf.replace(/\n/g, '\r\n')}\r\n`;
    assert.strictEqual(moved(crlf, 0), `${moved(lf, 0).replace(/\n/g, '\r\n')}\r\n`);
  });

  it('moves sections and items too, each with what is under it; cross-references stay as written', () => {
    const text = [
      '一、监督工作',
      '（二）民生监督',
      '1.养老',
      '2.教育',
      '（一）经济监督',
      '2.预算审查，见第二部分。',
      '1.计划执行',
      '二、立法工作',
    ].join('\n');
    const sections = moved(text, 1);
    assert.strictEqual(
      sections,
      [
        '一、监督工作',
        '（一）经济监督',
        '2.预算审查，见第二部分。',
        '1.计划执行',
        '（二）民生监督',
        '1.养老',
        '2.教育',
        '二、立法工作',
      ].join('\n'),
    );
    assert.strictEqual(
      moved(sections, 2),
      [
        '一、监督工作',
        '（一）经济监督',
        '1.计划执行',
        '2.预算审查，见第二部分。',
        '（二）民生监督',
        '1.养老',
        '2.教育',
        '二、立法工作',
      ].join('\n'),
    );
  });

  it('a suppression comment just above a heading moves with it', () => {
    const text = ['一、甲', '三、丙', '<!-- work-report-disable-next-line -->', '二、乙', '正文乙。'].join('\n');
    assert.strictEqual(
      moved(text, 0),
      ['一、甲', '<!-- work-report-disable-next-line -->', '二、乙', '正文乙。', '三、丙'].join('\n'),
    );
  });

  it('counts the fewest moves; a run not permuted gets none', () => {
    const count = (ns: string[]) => {
      const model = parse(ns.map((n) => `${n}、标题${n}`).join('\n'));
      return moveSections(model, numberingRuns(model)[0])?.moved;
    };
    assert.strictEqual(count(['二', '三', '四', '一']), 1);
    assert.strictEqual(count(['三', '二', '一']), 2);
    assert.strictEqual(count(['一', '三', '二', '五']), undefined);
    assert.strictEqual(count(['一', '二', '三']), undefined);
    const model = parse('一、甲\n三、丙\n二、乙');
    assert.ok(isPermuted(numberingRuns(model)[0]));
  });
});
