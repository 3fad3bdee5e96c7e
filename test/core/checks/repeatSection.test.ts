import * as assert from 'assert';
import { applyEdits, fixesFor } from '../../../server/src/core';
import { check, cleanReports, codes, parse, renumber, sharedSeed } from '../../helpers';
import { assertSilent, findings, testCheck } from './tester';

const SEED = sharedSeed('000');

testCheck(
  'repeat.section',
  {
    valid: [
      {
        name: 'seed 000 cut after line 100: only some paragraphs of a section repeat',
        text: SEED.split('\n').slice(0, 100).join('\n'),
      },
    ],
    invalid: [
      {
        name: 'seed 000: the two pasted copies of section 五',
        text: SEED,
        errors: [
          { line: 99, related: [79], message: /「五、坚持围绕政治过硬.*」整节（10 段）与第 80 行的一节重复/ },
          { line: 119, related: [79, 99], message: /整节（6 段）与第 80 行的一节重复/ },
        ],
      },
      {
        name: 'seed 000 renumbered: headings compare without their numbers',
        text: renumber(SEED),
        errors: [{ line: 99 }, { line: 119, message: /^「六、坚持围绕政治过硬/ }],
      },
    ],
  },
  () => {
    it('is silent on seeds 001–004, the other shipped seeds and the 31 provincial reports', () =>
      assertSilent('repeat.section', cleanReports()));

    it('the last copy names every copy, for the fix that deletes them all', () => {
      const third = findings('repeat.section', { text: SEED })[1];
      assert.deepStrictEqual((third.data as any)?.copies, [
        { line: 99, endLine: 117 },
        { line: 119, endLine: 129 },
      ]);
    });

    it('deleting a section copy removes exactly its lines; deleting all copies leaves the paragraph and sentence', () => {
      const model = parse(SEED);
      const found = check(SEED, { only: /^repeat\./ });
      const [one, all] = fixesFor(model, 'repeat.section', found.find((d) => d.code === 'repeat.section')!.data);
      assert.match(one.title.zh, /删除这一节（第 100–118 行）/);
      const lines = SEED.split('\n');
      assert.strictEqual(applyEdits(SEED, one.edits), [...lines.slice(0, 99), ...lines.slice(119)].join('\n'));
      assert.match(all.title.zh, /全部 2 个重复副本/);
      const cleaned = applyEdits(SEED, all.edits);
      assert.strictEqual(cleaned, [...lines.slice(0, 99), ...lines.slice(131)].join('\n'));
      assert.deepStrictEqual(codes(check(cleaned, { only: /^repeat\./ })), [
        '75 repeat.sentence',
        '77 repeat.paragraph',
      ]);
    });

    it("a section pasted at the end of its run, before the part's closing paragraphs: its range stops before them", () => {
      const lines = sharedSeed('004').split('\n');
      // Chapter 二 (lines 11–15) pasted after chapter 六, right before 各位代表!… and 在肯定成绩的同时….
      const pasted = [...lines.slice(0, 38), ...lines.slice(11, 16), ...lines.slice(38)].join('\n');
      const found = check(pasted);
      assert.deepStrictEqual(
        found.filter((d) => d.code === 'repeat.section').map((d) => [d.range.start.line, (d.data as any)?.endLine]),
        [[38, 42]],
      );
      assert.ok(pasted.split('\n')[43].startsWith('各位代表!'), 'the closing follows the copy');
      assert.ok(
        !found.some((d) => d.code === 'repeat.paragraph' && d.range.start.line >= 38 && d.range.start.line <= 42),
        'its paragraphs are reported once, on the section',
      );
    });
  },
);
