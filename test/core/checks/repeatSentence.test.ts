import * as assert from 'assert';
import { applyEdits, fixesFor } from '../../../server/src/core';
import { check, cleanReports, parse, renumber, sharedSeed } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const SEED = sharedSeed('000');
const LINE_75 = SEED.split('\n')[75];
const S1 = '开展母婴保健法“一法一办法”贯彻实施情况调研，促成市政府出台婴幼儿照护服务发展的实施意见。';
const S2 = '聚焦社会保险基金安全高效运行，认真履行监督职责，助力守好老百姓的养老钱和保命钱。';
// Paragraphs long and different enough that only the shared sentence repeats.
const FILL_A =
  '开展城镇老旧小区改造工作专题调研，大力推动既有住宅加装电梯工作，相关做法被住建部肯定推广。对职业教育法、残疾人保障法等执法检查中发现问题的整改情况进行回头看。';
const FILL_B =
  '扎实开展全市城市污水管网建设情况调查，推动中央生态环境保护督察组通报问题扎实整改到位。认真开展全市自建房安全监督工作调查，推动出台自建房安全管理办法。';
const EDITED = S2.replace('认真履行', '切实履行');
const BOILER = '在市委的坚强领导下，常委会坚持以习近平新时代中国特色社会主义思想为指导。';
const SLOGAN = '深入推进“产业项目建设年”“温暖企业行动”“一件事一次办”。';
const LOCAL = '全面落实市委关于加快建设现代化新株洲的决策部署要求。';
const TWO_LOCAL = [`第一段。${LOCAL}${FILL_A}`, `第二段。${LOCAL}${FILL_B}`].join('\n');

testCheck(
  'repeat.sentence',
  {
    valid: [
      {
        name: 'an edited sentence across the review and the plan parts',
        text: [
          '过去一年的主要工作',
          `加强民生监督。${S2}${FILL_A}`,
          '今年的主要工作',
          `加强环保监督。${FILL_B}${EDITED}`,
        ].join('\n'),
      },
      {
        name: 'boilerplate: stop phrases and “quoted” slogans',
        text: [`第一段。${BOILER}${SLOGAN}${FILL_A}`, `第二段。${BOILER}${SLOGAN}${FILL_B}`].join('\n'),
      },
      {
        name: 'a phrase the user adds to the stop phrases',
        text: TWO_LOCAL,
        config: { repeat: { stopPhrases: ['全面落实市委关于加快建设现代化新株洲的决策部署要求'] } },
      },
    ],
    invalid: [
      {
        name: 'seed 000: the (三)/(四) overlap, to the end of the paragraph',
        text: SEED,
        errors: [
          {
            line: 75,
            related: [59],
            text: LINE_75.slice(LINE_75.indexOf('聚焦社会保险基金安全、高效运行')),
            message: /这 4 句与第 60 行的段落中的文字重复/,
          },
        ],
      },
      { name: 'seed 000 renumbered', text: renumber(SEED), errors: [{ line: 75, related: [59] }] },
      {
        name: 'a sentence that appears again in another paragraph, pointing at it',
        text: [
          '一、加强监督',
          `加强民生监督。${S1}${S2}${FILL_A}`,
          '二、代表工作',
          `加强环保监督。${FILL_B}${S2}推动问题整改。`,
        ].join('\n'),
        errors: [{ line: 3, text: S2, related: [1] }],
      },
      {
        name: 'an edited sentence within one part',
        text: [
          '过去一年的主要工作',
          '一、监督',
          `加强民生监督。${S2}${FILL_A}`,
          '二、代表',
          `加强环保监督。${FILL_B}${EDITED}`,
        ].join('\n'),
        errors: [{ line: 4 }],
      },
      { name: 'a local phrase, not a stop phrase', text: TWO_LOCAL, errors: [{ line: 1 }] },
    ],
  },
  () => {
    it('is silent on seeds 001–004, the other shipped seeds and the 31 provincial reports', () =>
      assertSilent('repeat.sentence', cleanReports()));

    it('deleting repeated sentences keeps the rest of the paragraph', () => {
      const found = check(SEED, { only: /^repeat\./ });
      const [fix] = fixesFor(parse(SEED), 'repeat.sentence', found.find((d) => d.code === 'repeat.sentence')!.data);
      const after = applyEdits(SEED, fix.edits);
      const after75 = after.split('\n')[75];
      assert.ok(LINE_75.startsWith(after75.trimEnd()), 'only the tail of the paragraph went');
      assert.ok(after75.includes('连续第六年开展'));
      assert.ok(!after75.includes('养老钱'));
      assert.deepStrictEqual(
        after.split('\n').filter((_, i) => i !== 75),
        SEED.split('\n').filter((_, i) => i !== 75),
      );
    });
  },
);
