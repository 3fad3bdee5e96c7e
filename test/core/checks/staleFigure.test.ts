import * as assert from 'assert';
import {
  lastYearReports,
  LibraryIndex,
  libraryEntry,
  parseReport,
  TextDoc,
  textsInMemory,
  type ReportModel,
} from '../../../server/src/core';
import { check, lastYearReport, placeReport, realReports, zhuzhouLibrary } from '../../helpers';
import { assertSilent, testCheck } from './tester';

/** A Zhuzhou report of `year`, with its overview counts. */
const report = (year: number, session: string, counts: string) =>
  [
    '株洲市人民代表大会常务委员会工作报告',
    `——${year + 1}年1月8日在株洲市第十六届人民代表大会${session}上`,
    '各位代表：',
    `${year}年工作回顾`,
    `${year}年，全年共召开常委会会议${counts}，审议通过地方性法规3部。`,
  ].join('\n');

/** A library of the given past reports: last year's report of the draft's place in it. */
function library(...past: { name: string; text: string }[]) {
  const uri = (name: string) => `file:///library/${name}`;
  const texts = new Map(past.map((p) => [uri(p.name), p.text]));
  const lib = new LibraryIndex(textsInMemory(texts));
  lib.setEntries(past.map((p) => libraryEntry(parseReport(new TextDoc(uri(p.name), p.text)), uri(p.name), p.name)));
  const lastYear = lastYearReports(lib, (u) => texts.get(u));
  return (m: ReportModel) => lastYear(m, 'file:///draft/工作报告.txt');
}
const ZHUZHOU_2022 = {
  name: '2022-株洲市人大常委会工作报告.txt',
  text: report(2022, '第二次会议', '9次、主任会议22次'),
};
const XIANGTAN_2022 = {
  ...ZHUZHOU_2022,
  name: '2022-湘潭市人大常委会工作报告.txt',
  text: ZHUZHOU_2022.text.replace(/株洲/g, '湘潭'),
};
const DRAFT = report(2023, '第三次会议', '9次、主任会议20次');

testCheck(
  'stale.figure',
  {
    valid: [
      { name: 'without a library', text: DRAFT },
      {
        name: 'the same small value of another quantity, a count named in Chinese numerals (八项规定), the plan part',
        text: placeReport(
          2023,
          '第三次会议',
          '2023年工作回顾',
          '　　居民消费价格上涨2%，严格落实中央八项规定精神。',
          '2024年工作安排',
          '　　城镇新增就业1100万人以上。',
        ),
        lastYear: lastYearReport(
          placeReport(
            2022,
            '第二次会议',
            '2022年工作回顾',
            '　　城镇新增就业1100万人，进出口总额增长2%，落实中央八项规定精神。',
          ),
          2022,
        ),
      },
      { name: "without last year's report of the place", text: DRAFT, lastYear: library(XIANGTAN_2022) },
      {
        name: 'every count updated',
        text: report(2023, '第三次会议', '10次、主任会议20次').replace('3部', '4部'),
        lastYear: library(ZHUZHOU_2022),
      },
    ],
    invalid: [
      {
        name: "a figure renamed since last year (中央财政科技投入 → 中央财政用于科技的支出), still last year's value",
        text: placeReport(2023, '第三次会议', '　　中央财政用于科技的支出1163亿元，增长16.4%。'),
        lastYear: lastYearReport(placeReport(2022, '第二次会议', '　　中央财政科技投入1163亿元，增长16.4%。'), 2022),
        errors: [
          {
            line: 3,
            text: '1163亿元',
            message: '与 2022 年报告相同（“中央财政科技投入1163亿元”），请核实是否已更新。',
          },
          { line: 3, text: '16.4%' },
        ],
      },
      {
        name: 'the counts left as they were last year, not the one updated (主任会议22次 → 20次)',
        text: DRAFT,
        lastYear: library(ZHUZHOU_2022),
        errors: [
          {
            line: 4,
            text: '9次',
            severity: 'information',
            message: '与 2022 年报告相同（“全年共召开常委会会议9次”），请核实是否已更新。',
          },
          { line: 4, text: '3部', message: /与 2022 年报告相同（“审议通过地方性法规3部”）/ },
        ],
      },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports (no library)', () =>
      assertSilent('stale.figure', realReports()));

    const { lib, model, uri, lastYear } = zhuzhouLibrary();
    const run = (last?: typeof lastYear) =>
      check(model.text, { only: 'stale.figure', uri, ...(last ? { lastYear: last } : {}) });

    it('the 2020 draft made from the 2019 Zhuzhou report: the counts left as they were, not the one updated (主任会议16次 → 18次)', () => {
      const found = run(lastYear);
      assert.ok(found.length >= 3, `${found.length}`);
      assert.ok(found.every((d) => d.severity === 'information'));
      assert.ok(
        found.some((d) => /与 2019 年报告相同（“[^”]*常委会会议10次”）/.test(d.message)),
        found.map((d) => d.message).join('\n'),
      );
      assert.ok(!found.some((d) => d.message.includes('主任会议')));
    });

    it("the same draft: silent without a library, and without last year's report of the place", () => {
      assert.deepStrictEqual(run(), []);
      const others = new LibraryIndex(textsInMemory(new Map()));
      others.setEntries(lib.all().filter((e) => e.info.place !== '株洲市'));
      const noneHere = lastYearReports(others, () => undefined);
      assert.deepStrictEqual(
        run((m) => noneHere(m, uri)),
        [],
      );
    });
  },
);
