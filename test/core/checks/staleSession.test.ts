import { lastYearReport, placeReport, realReports } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const head = [
  '某市人民代表大会常务委员会工作报告',
  '——2023年12月26日在某市第十七届人民代表大会第三次会议上',
  '各位代表：',
];
/** The report of the third session, naming the session whose tasks were completed. */
const completed = (s: string) =>
  [...head, '过去一年的主要工作', `常委会圆满完成了市十七届人大${s}次会议确定的各项任务。`].join('\n');

testCheck(
  'stale.session',
  {
    valid: [
      { name: 'the tasks of the session before', text: completed('二') },
      { name: 'another term', text: [...head, '回顾十六届人大五次会议以来的工作。'].join('\n') },
      {
        name: "the subtitle moved on from last year's session",
        text: placeReport(2023, '第三次会议', '　　一年来，常委会依法履职。'),
        lastYear: lastYearReport(placeReport(2022, '第二次会议', '　　一年来，常委会依法履职。'), 2022),
      },
    ],
    invalid: [
      {
        name: 'the tasks of a session two back',
        text: completed('一'),
        errors: [{ line: 4, text: '十七届人大一次会议', message: /上次会议确定的任务应是第2次会议的，此处为第一次/ }],
      },
      {
        name: 'the tasks of a session two back: fixed to the session before',
        text: completed('一'),
        errors: [{ line: 4, text: '十七届人大一次会议' }],
        output: completed('二'),
      },
      {
        name: "the subtitle still last year's session (a draft copied from last year's report): the next session",
        text: placeReport(2023, '第二次会议', '　　一年来，常委会依法履职。'),
        lastYear: lastYearReport(placeReport(2022, '第二次会议', '　　一年来，常委会依法履职。'), 2022),
        errors: [
          {
            line: 1,
            text: '第二次会议',
            message: /会议届次与上年报告相同（第二次会议）：今年的报告应在第三次会议上作/,
          },
        ],
        output: placeReport(2023, '第三次会议', '　　一年来，常委会依法履职。'),
      },
      {
        name: 'a session still to come',
        text: [...head, '正文提到十七届人大四次会议。'].join('\n'),
        errors: [{ line: 3, text: '十七届人大四次会议', message: /不能引用之后的第四次会议/ }],
      },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('stale.session', realReports()));
  },
);
