/** Renumbering (the numbering checks' fix, and `work-report fix --numbering`): only marker characters change. */
import * as assert from 'assert';
import { applyEdits, moveSections, renumberPlan } from '../../server/src/core';
import { numberingRuns } from '../../server/src/core/numbering/runs';
import { check, codes, onlyMarkersChanged, parse, renumber, sharedSeed } from '../helpers';
import { assertOnlyMoved } from './checks/numberingMoves';

const numbering = (text: string) => check(text, { only: /^numbering\./ });

/** Every permuted run moved back into order, one at a time (a move shifts what follows it), each only moving text. */
function moveAll(text: string, where = ''): string {
  for (let guard = 0; guard < 100; guard++) {
    const model = parse(text);
    const move = numberingRuns(model)
      .map((r) => moveSections(model, r))
      .find((m) => m);
    if (!move) return text;
    const after = applyEdits(text, move.edits);
    assertOnlyMoved(text, after, where);
    text = after;
  }
  throw new Error(`${where}: moves do not end`);
}

describe('renumbering', () => {
  it('renumbering seed 000 changes only marker characters and leaves one finding: its plan part, only out of order', () => {
    const text = sharedSeed('000');
    const fixed = renumber(text);
    assert.deepStrictEqual(
      numbering(fixed).map((d) => `${d.range.start.line} ${d.code}`),
      ['141 numbering.order'],
    );
    onlyMarkersChanged(text, fixed);
    assert.strictEqual(renumber(fixed), fixed, 'idempotent');
    assert.deepStrictEqual(numbering(moveAll(fixed)), [], 'moving its sections back clears it');
  });

  it('the plan says what it changes, line by line, and which runs it leaves alone', () => {
    const text = sharedSeed('000');
    const plan = renumberPlan(parse(text));
    assert.deepStrictEqual(
      plan.changes.map((c) => `${c.line + 1} ${c.from}→${c.to}`),
      [
        '36 (四)→(一)',
        '40 三、→一、',
        '64 四、→三、',
        '80 五、→四、',
        '96 (三)→(四)',
        '116 (三)→(四)',
        '120 五、→六、',
      ],
    );
    assert.deepStrictEqual(
      plan.permuted.map((r) => r.entries.map((e) => e.number).join('')),
      ['二三四一'],
    );
    const refs = renumberPlan(parse(['一、总体', '见第三部分。', '三、甲', '二、乙', '五、丙'].join('\n')));
    assert.deepStrictEqual(
      refs.changes.map((c) => `${c.line} ${c.from}→${c.to}`),
      ['1 第三部分→第二部分', '2 三、→二、', '3 二、→三、', '4 五、→四、'],
    );
  });

  it("renumbering fixes style to the run's majority and touches nothing else", () => {
    const text = ['一、章', '（一）甲', '(二)乙', '（四）丙'].join('\n');
    assert.strictEqual(renumber(text), ['一、章', '（一）甲', '（二）乙', '（三）丙'].join('\n'));
  });

  it('renumbering the whole document moves 第N部分 references with their chapters', () => {
    const text = [
      '一、总体情况',
      '详见第三部分和第二部分。',
      '三、监督工作',
      '二、立法工作',
      '五、代表工作',
      '如第一部分所述。',
    ].join('\n');
    assert.strictEqual(
      renumber(text),
      [
        '一、总体情况',
        '详见第二部分和第三部分。',
        '二、监督工作',
        '三、立法工作',
        '四、代表工作',
        '如第一部分所述。',
      ].join('\n'),
    );
    const ambiguous = ['一、总体情况', '详见第二部分。', '二、甲', '二、乙'].join('\n');
    assert.match(renumber(ambiguous), /详见第二部分/, 'with a number used twice the references stay');
  });

  it('leaves a run alone whose numbers are all there, only out of order (一、三、二、): chapters and references', () => {
    const text = [
      '一、总体情况',
      '详见第三部分。',
      '三、监督工作',
      '（二）乙',
      '（一）甲',
      '二、立法工作',
      '（一）丙',
      '（三）丁',
    ].join('\n');
    assert.strictEqual(
      renumber(text),
      [
        '一、总体情况',
        '详见第三部分。',
        '三、监督工作',
        '（二）乙',
        '（一）甲',
        '二、立法工作',
        '（一）丙',
        '（二）丁',
      ].join('\n'),
      'only the run with a number missing is renumbered',
    );
  });
});

describe('renumbering property: random drafts built from seed sections', () => {
  it('changes only numerals and brackets, is idempotent, and leaves only runs out of order, which moves then clear', () => {
    let seed = 20261201;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000;
    const sources = [sharedSeed('004'), sharedSeed('003'), sharedSeed('001').replace(/\*\*/g, '')];
    let permuted = 0;
    for (let round = 0; round < 60; round++) {
      const src = sources[round % sources.length].split('\n');
      // Blocks start at each numbered heading; shuffle, drop and paste some of them.
      const starts = src
        .map((l, i) => (/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/.test(l) ? i : -1))
        .filter((i) => i >= 0);
      const blocks = starts.map((s, i) => src.slice(s, starts[i + 1] ?? src.length));
      const picked: string[][] = [];
      for (const b of blocks) {
        const r = random();
        if (r < 0.15) continue;
        picked.push(b);
        if (r > 0.85) picked.push(b);
      }
      for (let i = picked.length - 1; i > 0; i--) {
        if (random() < 0.3) {
          const j = Math.floor(random() * (i + 1));
          [picked[i], picked[j]] = [picked[j], picked[i]];
        }
      }
      const text = [...src.slice(0, starts[0] ?? 0), ...picked.flat()].join('\n');
      const fixed = renumber(text);
      onlyMarkersChanged(text, fixed, `round ${round}:`);
      assert.strictEqual(renumber(fixed), fixed, `round ${round}: idempotent`);
      // What renumbering leaves: order findings of runs only out of order, and nothing once they are moved back.
      const left = numbering(fixed).filter((d) => d.code !== 'numbering.reference');
      assert.deepStrictEqual(codes(left.filter((d) => d.code !== 'numbering.order')), [], `round ${round}`);
      if (left.length) permuted++;
      const moved = moveAll(fixed, `round ${round}`);
      assert.deepStrictEqual(
        codes(numbering(moved).filter((d) => d.code !== 'numbering.reference')),
        [],
        `round ${round}: after the moves`,
      );
    }
    assert.ok(permuted >= 3, `${permuted} drafts with runs only out of order`);
  });
});
