/** The configuration: layers resolved (user settings, then .workreportrc.json), bad values reported, not fatal. */
import * as assert from 'assert';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core';
import { check, sharedSeed } from '../helpers';

describe('configuration', () => {
  it('resolves configuration layers and reports bad values without dropping the rest', () => {
    const { config, problems } = resolveConfig(
      {
        severity: { 'repeat.sentence': 'off', 'repeat.paragraph': 'loud' },
        repeat: { nearThreshold: 0.7, sentenceMinLength: -1 },
        ignore: ['草稿/**'],
      },
      { severity: { 'repeat.section': 'error' } },
    );
    assert.deepStrictEqual(config.severity, { 'repeat.sentence': 'off', 'repeat.section': 'error' });
    assert.strictEqual(config.repeat.nearThreshold, 0.7);
    assert.strictEqual(config.repeat.sentenceMinLength, DEFAULT_CONFIG.repeat.sentenceMinLength);
    assert.deepStrictEqual(config.ignore, ['草稿/**']);
    assert.deepStrictEqual(problems, [
      'severity.repeat.paragraph: expected error|warning|information|hint|off',
      'repeat.sentenceMinLength: expected a number from 5 to 1000',
    ]);
    const found = check(sharedSeed('000'), { only: /^repeat\./, config });
    assert.deepStrictEqual(
      found.map((d) => `${d.code} ${d.severity}`),
      ['repeat.paragraph warning', 'repeat.section error', 'repeat.section error'],
    );
  });
});
