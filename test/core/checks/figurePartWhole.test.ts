import { corpusReport, plant, realReports, sharedSeed } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const JX = corpusReport('provincial_gwr_2026/2026_江西省_政府工作报告.txt');
const S1 = sharedSeed('001');

testCheck(
  'figure.part-whole',
  {
    valid: [
      { name: 'the parts fit', text: '共收到代表建议100件，其中交办政府60件、交办法院40件。' },
      { name: 'a part of a part', text: '共收到代表建议100件，已办结98件，其中代表团建议21件。' },
      { name: 'Jiangxi 2026 (28个主要指标，其中…)', text: JX },
      { name: 'seed 001', text: S1 },
      { name: 'completion of a budget', text: '一、工作\n债款支出666万元，占预算数的106.48%。' },
    ],
    invalid: [
      { name: 'a part larger than its whole', text: '共收到代表建议100件，其中已办结120件。', errors: [{ line: 0 }] },
      {
        name: 'parts summing past their whole',
        text: '共收到代表建议100件，其中交办政府60件、交办法院50件。',
        errors: [{ line: 0, message: /60件 \+ 50件 = 110件，多于 100件/ }],
      },
      {
        name: 'Jiangxi: a part after 其中 past its whole',
        text: plant(JX, '其中20个预期性指标', '其中30个预期性指标'),
        errors: [{}],
      },
      {
        name: 'Jiangxi: parts after 其中 summing past their whole',
        text: plant(JX, '其中20个预期性指标', '其中22个预期性指标'),
        errors: [{ message: /22个 \+ 8个 = 30个，多于 28个/ }],
      },
      {
        name: 'seed 001: more done than received (317件建议…325件已办理)',
        text: plant(S1, '316件已办理', '325件已办理'),
        errors: [{}],
      },
      { name: 'a share above 100 %', text: '一、工作\n非化石能源消费占比超过141%。', errors: [{ line: 1 }] },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('figure.part-whole', realReports()));
  },
);
