/**
 * stale.year: a year left from last year's report. The Zhuzhou 2023 draft (the 2022 report with a new subtitle
 * only) is pinned: every year now wrong is found, none that is right (至2022年3月31日 on line 50 is history).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { corpusReport, NO_PART_TITLES, plant, realReports, ROOT, sharedSeed } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const head = (date: string, session: string) => [
  '某市人民代表大会常务委员会工作报告',
  `——${date}在某市第十七届人民代表大会${session}上`,
  '各位代表：',
];
const Y2022 = readFileSync(join(ROOT, 'seeds', '2022-株洲市人大常委会工作报告.txt'), 'utf8');
const ZHUZHOU_2023 = plant(
  Y2022,
  '2022年12月29日在株洲市第十六届人民代表大会第二次会议上',
  '2023年12月28日在株洲市第十六届人民代表大会第三次会议上',
);
const REVIEWED_2022 = /回顾的是 2023 年，此处为 2022 年/;
const GD = corpusReport('wikisource_national_gwr/2016_国务院_政府工作报告.txt');
const SH = corpusReport('provincial_gwr_2026/2026_上海市_政府工作报告.txt');
const S1 = sharedSeed('001');
testCheck(
  'stale.year',
  {
    valid: [
      {
        name: 'a January–March report reviews the year before',
        text: [
          ...head('2024年1月8日', '第四次会议'),
          '2023年工作回顾',
          '2023年，是全面贯彻党的二十大精神的开局之年。',
          '2024年工作安排',
        ].join('\n'),
      },
      { name: 'the 2022 Zhuzhou report as it was', text: Y2022 },
      { name: 'national 2016, no date: the year from the part titles', text: GD },
      { name: "Shanghai 2026: a plan part's opening year and its title", text: SH },
      { name: 'an untitled plan; the review opened by 各位代表，过去的一年…', text: NO_PART_TITLES },
      { name: 'seed 001 (2019): dash lead lines and work plans of the reviewed year', text: S1 },
    ],
    invalid: [
      {
        name: "last year's year left in part titles and the opening sentence",
        text: [
          ...head('2023年12月26日', '第三次会议'),
          '2022年工作回顾',
          '2022年，是全面贯彻党的二十大精神的开局之年，常委会依法履职。',
          '2023年主要任务',
          '一、坚持党的领导',
        ].join('\n'),
        errors: [
          { line: 3, column: 0, text: '2022', message: /报告作于2023年12月26日，回顾的是 2023 年，此处为 2022 年/ },
          { line: 4, text: '2022' },
          { line: 5, text: '2023', message: /部署的是 2024 年，此处为 2023 年/ },
        ],
        // Each finding's first fix: the expected year written over the leftover.
        output: [
          ...head('2023年12月26日', '第三次会议'),
          '2023年工作回顾',
          '2023年，是全面贯彻党的二十大精神的开局之年，常委会依法履职。',
          '2024年主要任务',
          '一、坚持党的领导',
        ].join('\n'),
      },
      {
        name: 'the second fix: every leftover 2022 of the part at once (here the review, which has two)',
        text: [
          ...head('2023年12月26日', '第三次会议'),
          '2022年工作回顾',
          '2022年，是全面贯彻党的二十大精神的开局之年，常委会依法履职。',
          '2024年主要任务',
        ].join('\n'),
        errors: [
          { line: 3, text: '2022' },
          { line: 4, text: '2022' },
        ],
        fix: 1,
        output: [
          ...head('2023年12月26日', '第三次会议'),
          '2023年工作回顾',
          '2023年，是全面贯彻党的二十大精神的开局之年，常委会依法履职。',
          '2024年主要任务',
        ].join('\n'),
      },
      {
        name: 'the Zhuzhou 2023 draft: review title, opening, 注定是 (and its pasted copies), both work plans',
        text: ZHUZHOU_2023,
        errors: [
          ...[10, 12, 34, 66, 86, 106].map((line) => ({ line, text: '2022', message: REVIEWED_2022 })),
          { line: 108, text: '2023', message: /部署的是 2024 年，此处为 2023 年/ },
        ],
      },
      {
        name: 'national 2016: a leftover part title loses to the newer one',
        text: plant(GD, '一、2015年工作回顾', '一、2014年工作回顾'),
        errors: [{}],
      },
      { name: 'Shanghai 2026: the plan title', text: plant(SH, '2026年主要任务', '2025年主要任务'), errors: [{}] },
      {
        name: 'Shanghai 2026: the review title',
        text: plant(SH, '一、2025年工作回顾', '一、2024年工作回顾'),
        errors: [{}],
      },
      { name: 'seed 001: a dash lead line', text: plant(S1, '——2019年,我们紧扣', '——2018年,我们紧扣'), errors: [{}] },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('stale.year', realReports()));
  },
);
