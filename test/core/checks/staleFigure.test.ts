import * as assert from 'assert';
import {
  LibraryIndex,
  libraryEntry,
  parseReport,
  TextDoc,
  textsInMemory,
  type ReportModel,
} from '../../../server/src/core';
import { check, realReports, zhuzhouLibrary } from '../../helpers';
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

/** A library of the given past reports: the key counts of a draft beside them. */
function library(...past: { name: string; text: string }[]) {
  const uri = (name: string) => `file:///library/${name}`;
  const lib = new LibraryIndex(textsInMemory(new Map(past.map((p) => [uri(p.name), p.text]))));
  lib.setEntries(past.map((p) => libraryEntry(parseReport(new TextDoc(uri(p.name), p.text)), uri(p.name), p.name)));
  return (m: ReportModel) => lib.figures(m, 'file:///draft/工作报告.txt');
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
      { name: "without last year's report of the place", text: DRAFT, pastFigures: library(XIANGTAN_2022) },
      {
        name: 'every count updated',
        text: report(2023, '第三次会议', '10次、主任会议20次').replace('3部', '4部'),
        pastFigures: library(ZHUZHOU_2022),
      },
    ],
    invalid: [
      {
        name: 'the counts left as they were last year, not the one updated (主任会议22次 → 20次)',
        text: DRAFT,
        pastFigures: library(ZHUZHOU_2022),
        errors: [
          {
            line: 4,
            text: '9次',
            severity: 'information',
            message: '「常委会会议」与 2022 年报告相同（9次），请核实是否已更新。',
          },
          { line: 4, text: '3部', message: /「地方性法规」与 2022 年报告相同/ },
        ],
      },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports (no library)', () =>
      assertSilent('stale.figure', realReports()));

    const { lib, model, uri } = zhuzhouLibrary();
    const run = (pastFigures?: (m: ReportModel) => ReturnType<typeof lib.figures>) =>
      check(model.text, { only: 'stale.figure', uri, ...(pastFigures ? { pastFigures } : {}) });

    it('the 2020 draft made from the 2019 Zhuzhou report: the counts left as they were, not the one updated (主任会议16次 → 18次)', () => {
      const found = run((m) => lib.figures(m, uri));
      assert.ok(found.length >= 3, `${found.length}`);
      assert.ok(found.every((d) => d.severity === 'information'));
      assert.ok(
        found.some((d) => /「常委会会议」与 2019 年报告相同（10次）/.test(d.message)),
        found.map((d) => d.message).join('\n'),
      );
      assert.ok(!found.some((d) => d.message.includes('主任会议')));
    });

    it("the same draft: silent without a library, and without last year's report of the place", () => {
      assert.deepStrictEqual(run(), []);
      const others = new LibraryIndex(textsInMemory(new Map()));
      others.setEntries(lib.all().filter((e) => e.info.place !== '株洲市'));
      assert.deepStrictEqual(
        run((m) => others.figures(m, uri)),
        [],
      );
    });
  },
);
