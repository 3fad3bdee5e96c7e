/** term.formulation: a near-miss of a formulation of the lexicon, fixed to the exact form. */
import * as assert from 'assert';
import { oneEditApart } from '../../../server/src/core/checks/termFormulation';
import { corpusFiles, draft, sharedSeed } from '../../helpers';
import { findings, fixed, testCheck } from './tester';

/** A near-miss, the exact form its fix writes, and the sentence after the fix where that is clean. */
const NEAR_MISSES: { sentence: string; form: string; after?: string }[] = [
  { sentence: '增强“四个自信”，做到“二个维护”。', form: '两个维护', after: '增强“四个自信”，做到“两个维护”。' },
  { sentence: '深刻领悟“三个确立”的决定性意义。', form: '两个确立', after: '深刻领悟“两个确立”的决定性意义。' },
  // A changed or swapped character is replaced with its window, not a shorter one (which left 社会主义意道路).
  { sentence: '坚持中国特色社会主意道路。', form: '中国特色社会主义', after: '坚持中国特色社会主义道路。' },
  { sentence: '发展全过程人民主。', form: '全过程人民民主', after: '发展全过程人民民主。' },
  { sentence: '践行社会主义核心价观值。', form: '社会主义核心价值观', after: '践行社会主义核心价值观。' },
  { sentence: '以习近平同志为核心党中央。', form: '以习近平同志为核心的党中央', after: '以习近平同志为核心的党中央。' },
];

testCheck(
  'term.formulation',
  {
    valid: [
      {
        name: 'the exact forms, other formulations (社会主义核心价值体系, 三个全面, 三位一体), the form inside a longer phrase',
        text: draft(
          '坚持“两个确立”“两个维护”，建设有中国特色社会主义，培育社会主义核心价值体系。',
          '落实“三个全面”要求，三位一体推进，做好“两篇大文章”。',
          '坚持以习近平新时代中国特色社会主义思想为指导。',
        ),
      },
    ],
    invalid: NEAR_MISSES.map(({ sentence, after }) => ({
      name: `a count word, a changed, dropped, added or swapped character: ${sentence}`,
      text: draft(sentence),
      errors: [{ line: 6 }],
      ...(after ? { output: draft(after) } : {}),
    })),
  },
  () => {
    it('the fix writes the exact form of every near-miss', () => {
      for (const { sentence, form } of NEAR_MISSES)
        assert.ok(fixed('term.formulation', { text: draft(sentence) }).includes(form), sentence);
    });

    it('one edit apart: a swap is one edit, the same form or another word is not', () => {
      assert.ok(
        oneEditApart('全过程人民民主', '全过程民人民主') &&
          !oneEditApart('全过程人民民主', '全过程人民民主') &&
          !oneEditApart('四个意识', '四个自信'),
      );
    });

    it("on the corpus: only the 1980s–90s wording 中国特色的社会主义, which today's formulation writes without 的", () => {
      const all = [
        ...corpusFiles('provincial_gwr_2026'),
        ...corpusFiles('wikisource_national_gwr'),
        ...corpusFiles('noisy_scrape_national_gwr'),
      ];
      const found = all.flatMap((f) =>
        findings('term.formulation', f).map((d) => `${f.name.slice(0, 4)} ${d.message}`),
      );
      assert.ok(
        found.length > 0 && found.every((m) => /^(19[89]\d) 提法有误：「中国特色的社会主义」/.test(m)),
        found.join('\n'),
      );
      for (const seed of ['000', '001', '002', '003', '004'])
        assert.strictEqual(findings('term.formulation', { text: sharedSeed(seed) }).length, 0, seed);
    });
  },
);
