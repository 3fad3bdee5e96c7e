/** typo.usage: the lexicon's misused characters, each only in the context where it is wrong. */
import * as assert from 'assert';
import { USAGE_ENTRIES, usageSlipsIn } from '../../../server/src/core/checks/typoUsage';
import { draft, realReports } from '../../helpers';
import { findings, testCheck } from './tester';

testCheck(
  'typo.usage',
  {
    valid: [
      // Every entry's own must-not-fire sentences, most of them from the corpus.
      ...USAGE_ENTRIES.flatMap((e) => e.silent.map((s) => ({ name: `${e.wrong}: ${s}`, text: draft(s) }))),
      {
        name: 'the right forms in real reports: 作出部署, 制定法规, 截止日期, 必需品, 现象, 部属高校',
        text: draft(
          '党中央作出重大决策部署，依法制定地方性法规，明确申报截止日期。',
          '加强生活必需品保供稳价，这种现象像过去一样，支持部属高校发展。',
        ),
      },
    ],
    invalid: [
      {
        name: 'a date after 截止, a plan after 做出: the message and the fix',
        text: draft('截止2023年底，全市共有市场主体50.3万户，国务院已做出了部署。'),
        errors: [
          { line: 6, text: '截止', message: '「截止」应为「截至」（后接时间表示到某时为止）。' },
          {
            line: 6,
            text: '做出',
            message: '「做出」应为「作出」（公文中后接决定、部署、贡献、安排等用「作出」）。',
          },
        ],
        output: draft('截至2023年底，全市共有市场主体50.3万户，国务院已作出了部署。'),
      },
      {
        name: 'in English',
        locale: 'en',
        text: draft('坚持不泄推进作风建设。'),
        errors: [{ text: '坚持不泄', message: '“坚持不泄” should read “坚持不懈” (懈 as in 松懈, slacken).' }],
      },
    ],
  },
  () => {
    it('flags every entry’s example sentences, and its fix writes the right form', () => {
      for (const e of USAGE_ENTRIES)
        for (const sentence of e.fires) {
          const slips = usageSlipsIn(sentence).filter((s) => sentence.slice(s.from, s.to) === e.wrong);
          assert.ok(
            slips.some((s) => s.newText === e.right),
            `${e.wrong} → ${e.right} not found in ${sentence}`,
          );
        }
    });

    it('every entry has a sentence it flags and one it leaves alone', () => {
      for (const e of USAGE_ENTRIES) assert.ok(e.fires.length && e.silent.length, e.wrong);
    });

    it('on the real reports: only the wording of national reports up to 2011 (其它, 象, 做出 before 贡献, 制订 法律)', () => {
      const found = realReports().flatMap((r) => findings('typo.usage', r).map(() => r.name));
      assert.ok(
        found.every((n) => /^wikisource_national_gwr\/(19\d\d|200\d|201[01])_/.test(n)),
        found.join('\n'),
      );
      assert.strictEqual(found.length, 63);
    });
  },
);
