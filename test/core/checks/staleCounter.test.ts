/** stale.counter: 连续第N年, 连续N年, 第N届…博览会 left at last year's value. */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { countersOf, parseReport, TextDoc, unmovedCounters } from '../../../server/src/core';
import { CORPUS, lastYearReport, placeReport, realReports } from '../../helpers';
import { assertSilent, testCheck } from './tester';

const LAST = placeReport(
  2022,
  '第二次会议',
  '　　常委会连续第五年开展民生实事项目票决，粮食连续4年增产。',
  '　　成功举办第十届中国（株洲）动力谷博览会。',
);
const lastYear = lastYearReport(LAST, 2022);
const draft = (...body: string[]) => placeReport(2023, '第三次会议', ...body);

testCheck(
  'stale.counter',
  {
    valid: [
      { name: 'without a library', text: draft('　　常委会连续第五年开展民生实事项目票决。') },
      {
        name: 'moved on: 五 → 六, 4 → 5, 第十一届',
        text: draft(
          '　　常委会连续第六年开展民生实事项目票决，粮食连续5年增产。',
          '　　成功举办第十一届中国（株洲）动力谷博览会。',
        ),
        lastYear,
      },
      {
        name: 'another counter (what follows differs), an ordinal that is no yearly event (第七次全国人口普查)',
        text: draft('　　连续第五年获评全国文明城市，配合开展第七次全国人口普查。'),
        lastYear,
      },
    ],
    invalid: [
      {
        name: 'each counter at last year’s value, fixed to the next number in its own writing',
        text: draft(
          '　　常委会连续第五年开展民生实事项目票决，粮食连续4年增产。',
          '　　成功举办第十届中国（株洲）动力谷博览会。',
        ),
        lastYear,
        errors: [
          { line: 3, text: '五', message: '与上年报告相同（五），这个序数通常每年加一，应为「六」？' },
          { line: 3, text: '4' },
          { line: 4, text: '十' },
        ],
        output: draft(
          '　　常委会连续第六年开展民生实事项目票决，粮食连续5年增产。',
          '　　成功举办第十一届中国（株洲）动力谷博览会。',
        ),
      },
    ],
  },
  () => {
    it('is silent on every real report (no library)', () => assertSilent('stale.counter', realReports()));

    it('consecutive national reports: 连续N年增产 moves on each year, none is left as it was', () => {
      const report = (y: number) => {
        const f = join(CORPUS, 'wikisource_national_gwr', `${y}_国务院_政府工作报告.txt`);
        return parseReport(new TextDoc(f, readFileSync(f, 'utf8')));
      };
      const moved: string[] = [];
      for (const y of [2008, 2009, 2010, 2011]) {
        const here = report(y),
          last = report(y - 1);
        assert.deepStrictEqual(unmovedCounters(here, last), [], String(y));
        const past = new Map(countersOf(last).map((c) => [c.key, c.value]));
        for (const c of countersOf(here)) if (past.get(c.key) === c.value - 1) moved.push(`${y} ${c.key} ${c.number}`);
      }
      assert.deepStrictEqual(moved, [
        '2008 连续N年|增产 四',
        '2009 连续N年|增产 五',
        '2010 连续N年|增产 6',
        '2011 连续N年|增产 7',
      ]);
    });
  },
);
