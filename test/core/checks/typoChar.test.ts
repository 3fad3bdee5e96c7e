/** typo.char: a character that makes no word where a sound-alike or look-alike would make a common one. */
import * as assert from 'assert';
import { typoModel } from '../../../server/src/core/checks/typoChar';
import { draft, realReports } from '../../helpers';
import { findings, testCheck } from './tester';

testCheck(
  'typo.char',
  {
    valid: [
      {
        name: 'real sentences of the 2026 reports whose new words are not in the dictionary (因城施策, 数智, 提质)',
        text: draft(
          '坚持因城施策，推动房地产市场平稳健康发展。',
          '加快数智化转型，推动制造业提质增效，完善赋权、赋能相统一的管理模式。',
        ),
      },
      {
        name: 'inside quotes and titles, a name before 同志 and after 主任, a numeral',
        text: draft(
          '加快“一企来办”，审议《环竟保户条例》。',
          '向李加块同志学习，主任张精申主持会议，召开第十二次会议。',
        ),
      },
      {
        name: 'a form the document writes twice is meant',
        text: draft('加强生态环境保户。', '完善生态环境保户制度。'),
      },
      {
        name: 'the office’s own term (.workreportrc.json) is never a slip',
        text: draft('持续优化营商环竟。'),
        config: { terms: [{ use: '营商环竟', avoid: ['营商环境'] }] },
      },
      {
        name: 'the title block is not read',
        text: '坚持不泄推进作风建设\n\n各位代表：\n\u3000\u3000全年工作圆满完成。\n',
      },
    ],
    invalid: [
      {
        name: 'a sound-alike character in a common word, with its fix',
        text: draft('全面贯彻党的二十大精申，持续优化营商环竟。'),
        errors: [
          { line: 6, text: '申', message: '「精申」疑为「精神」：「申」可能是「神」的错别字。' },
          { line: 6, text: '竟', message: '「环竟」疑为「环境」：「竟」可能是「境」的错别字。' },
        ],
        output: draft('全面贯彻党的二十大精神，持续优化营商环境。'),
      },
      {
        name: 'a real slip of the corpus (1955): 北洋军伐',
        text: draft('都是满清末年和北洋军伐统治时代所建立的钢铁工业。'),
        errors: [{ text: '伐', message: '「北洋军伐」疑为「北洋军阀」：「伐」可能是「阀」的错别字。' }],
      },
      {
        name: 'in English',
        locale: 'en',
        text: draft('常委会组成人员认真履行职则。'),
        errors: [{ text: '则', message: '“职则” may be a slip for “职责”: “则” for “责”.' }],
      },
    ],
  },
  () => {
    it('on the real reports: only the three slips they really have (北洋军伐 1955, 复盖 1958, 股分 1988)', () => {
      const found = realReports().flatMap((r) =>
        findings('typo.char', r).map((d) => `${/\d{4}/.exec(r.name)?.[0]} ${d.message.split('」')[0].slice(1)}`),
      );
      assert.deepStrictEqual(found.sort(), ['1955 北洋军伐', '1958 复盖', '1988 股分']);
    });

    it('makes its model once, not per check', () => {
      assert.strictEqual(typoModel(), typoModel());
    });
  },
);
