/** Renumbering (the numbering checks' fix, and `work-report fix --numbering`): only marker characters change. */
import * as assert from 'assert';
import { check, codes, onlyMarkersChanged, renumber, sharedSeed } from '../helpers';

const numbering = (text: string) => check(text, { only: /^numbering\./ });

describe('renumbering', () => {
  it('renumbering seed 000 leaves no numbering finding and changes only marker characters', () => {
    const text = sharedSeed('000');
    const fixed = renumber(text);
    assert.deepStrictEqual(numbering(fixed), []);
    onlyMarkersChanged(text, fixed);
    assert.strictEqual(renumber(fixed), fixed, 'idempotent');
  });

  it("renumbering fixes style to the run's majority and touches nothing else", () => {
    const text = ['一、章', '（一）甲', '(二)乙', '（四）丙'].join('\n');
    assert.strictEqual(renumber(text), ['一、章', '（一）甲', '（二）乙', '（三）丙'].join('\n'));
  });

  it('renumbering the whole document moves 第N部分 references with their chapters', () => {
    const text = ['一、总体情况', '详见第三部分和第二部分。', '三、监督工作', '二、立法工作', '如第一部分所述。'].join(
      '\n',
    );
    assert.strictEqual(
      renumber(text),
      ['一、总体情况', '详见第二部分和第三部分。', '二、监督工作', '三、立法工作', '如第一部分所述。'].join('\n'),
    );
    const ambiguous = ['一、总体情况', '详见第二部分。', '二、甲', '二、乙'].join('\n');
    assert.match(renumber(ambiguous), /详见第二部分/, 'with a number used twice the references stay');
  });
});

describe('renumbering property: random drafts built from seed sections', () => {
  it('changes only numerals and brackets, is idempotent, and leaves no numbering finding', () => {
    let seed = 20261201;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000;
    const sources = [sharedSeed('004'), sharedSeed('003'), sharedSeed('001').replace(/\*\*/g, '')];
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
      assert.deepStrictEqual(
        codes(numbering(fixed).filter((d) => d.code !== 'numbering.reference')),
        [],
        `round ${round}`,
      );
    }
  });
});
