/** term.preferred: the office's own list of preferred terms (.workreportrc.json `terms`). */
import * as assert from 'assert';
import { resolveConfig } from '../../../server/src/core';
import { draft } from '../../helpers';
import { testCheck } from './tester';

/** Three good entries, then a pattern that could backtrack forever, one that matches nothing, and an empty use. */
const TERMS = {
  terms: [
    { use: '人大代表', avoid: ['人民代表(?!大会)'], note: '本会规范用语', regex: true },
    { use: '常委会', avoid: ['常务会'] },
    { use: '统筹', avoid: ['通盘(?:谋划|考虑)'], regex: true },
    { use: 'x', avoid: ['(a+)+$'], regex: true },
    { use: 'y', avoid: ['a*'], regex: true },
    { use: '', avoid: ['z'] },
  ],
};

testCheck(
  'term.preferred',
  {
    valid: [
      { name: 'no list, no finding', text: draft('人民代表。') },
      {
        name: 'the preferred forms; a lookahead keeps 人民代表大会',
        text: draft('召开人民代表大会，人大代表提出建议。'),
        config: TERMS,
      },
    ],
    invalid: [
      {
        name: 'each avoided form, with the preferred one as its fix',
        text: draft('组织人民代表视察，常务会审议通过，通盘谋划全年工作。', '召开人民代表大会，人大代表提出建议。'),
        config: TERMS,
        errors: [
          { line: 6, text: '人民代表', message: '按本单位规范用语，「人民代表」应为「人大代表」（本会规范用语）。' },
          { line: 6, text: '常务会', message: '按本单位规范用语，「常务会」应为「常委会」。' },
          { line: 6, text: '通盘谋划', message: '按本单位规范用语，「通盘谋划」应为「统筹」。' },
        ],
        output: draft('组织人大代表视察，常委会审议通过，统筹全年工作。', '召开人民代表大会，人大代表提出建议。'),
      },
    ],
  },
  () => {
    it('refuses, with a reason, a pattern that could backtrack forever, one that matches nothing, and an empty use', () => {
      const { config, problems } = resolveConfig(TERMS);
      assert.strictEqual(config.terms.length, 3);
      assert.ok(
        problems.some((p) => /terms\[3\].*repeats a repeated group/.test(p)),
        problems.join('\n'),
      );
      assert.ok(problems.some((p) => /terms\[4\].*matches the empty string/.test(p)));
      assert.ok(problems.some((p) => /terms\[5\]\.use/.test(p)));
    });
  },
);
