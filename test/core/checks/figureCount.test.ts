import { corpusReport, plant, realReports } from '../../helpers';
import { assertSilent, testCheck } from './tester';

/** Bold lead-ins 要点1。… 要点n。 */
const items = (n: number) =>
  Array.from({ length: n }, (_, i) => `**要点${i + 1}。**展开的内容，说明这一方面的具体工作安排和要求。`);
/** Chapters numbered `numbers`, each with a paragraph. */
const chapters = (numbers: string[]) =>
  numbers.map((n, i) => `${n}、第${i + 1}个方面的工作\n这一方面的工作展开说明，内容充实。`);
const SIX = ['一', '二', '三', '四', '五', '六'];
const LEAD = '今年常委会将重点抓好以下六个方面工作：';
const plan = (...lines: string[]) => ['今年的主要工作', ...lines].join('\n');
const BJ = corpusReport('provincial_gwr_2026/2026_北京市_政府工作报告.txt');
const THREE_THINGS = '一、工作\n今年重点抓好三件事：一是加强公共卫生体系建设。二是推进医改。\n各位代表！';

testCheck(
  'figure.count',
  {
    valid: [
      { name: '《》 titles counted right', text: '及时对《甲条例》《乙条例》《丙条例》三部地方性法规进行修订。' },
      { name: '等: others not listed', text: '制定《甲条例》《乙条例》等五部法规。' },
      { name: '五个方面 and five items', text: plan('重点抓好五个方面工作：', ...items(5)) },
      ...[
        ['一', '二', '三', '三', '四', '五'],
        ['一', '二', '四', '三', '五', '六'],
      ].map((numbers) => ({
        name: `a doubled or misplaced number is no count slip: ${numbers.join('')}`,
        text: plan(LEAD, ...chapters(numbers)),
      })),
      {
        name: 'a list that starts again at 一 is another list',
        text: plan(LEAD, ...chapters(SIX), ...SIX.map((n) => `${n}、条目`)),
      },
      { name: 'Beijing 2026 (十方面 without 个 or colon)', text: BJ },
      { name: '两件事 and two 一是/二是', text: THREE_THINGS.replace('三件事', '两件事') },
      { name: '一方面…另一方面 is no count', text: '一、工作\n一方面，加强建设；另一方面，推进改革。' },
    ],
    invalid: [
      {
        name: 'two 《》 titles, 三部',
        text: '及时对《甲条例》《乙条例》三部地方性法规进行修订。',
        errors: [{ line: 0 }],
      },
      {
        name: 'three 《》 titles, 等两部',
        text: '制定《甲条例》《乙条例》《丙条例》等两部法规。',
        errors: [{ line: 0 }],
      },
      {
        name: '五个方面 and four items',
        text: plan('重点抓好五个方面工作：', ...items(4)),
        errors: [{ line: 1, message: /写「五个方面」，其后列出 4 项/ }],
      },
      {
        name: 'six announced, seven chapters',
        text: plan(LEAD, ...chapters([...SIX, '七'])),
        errors: [{ line: 1, message: /其后列出 7 项/ }],
      },
      {
        name: 'Beijing 2026: 九方面 before ten numbered sections',
        text: plant(BJ, '重点做好十方面工作。', '重点做好九方面工作。'),
        errors: [{ message: /写「九方面」，其后列出 10 项/ }],
      },
      { name: '三件事 and two 一是/二是', text: THREE_THINGS, errors: [{ message: /写「三件事」，其后列出 2 项/ }] },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('figure.count', realReports()));
  },
);
