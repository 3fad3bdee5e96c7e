/** Next year's draft (core/nextYear.ts) and the checklist's marks (core/checklist.ts) on the 2022 Zhuzhou report. */
import * as assert from 'assert';
import {
  checklist,
  markOf,
  nextYearDraft,
  nextYearName,
  parseReport,
  runChecks,
  TextDoc,
  withMark,
} from '../../server/src/core';
import { placeReport, shippedSeeds } from '../helpers';

const ZHUZHOU_2022 = shippedSeeds().find((s) => s.name.startsWith('2022-株洲'))!.text;

describe("next year's draft from last year's report", () => {
  it('moves on the subtitle (date to fill, next session) and the part titles, and changes nothing else', () => {
    const d = nextYearDraft(ZHUZHOU_2022);
    assert.deepStrictEqual(
      d.changes.map((c) => `${c.from} → ${c.to}`),
      ['2022年12月29日 → 2023年12月X日', '第十六届人民代表大会第二次 → 第十六届人民代表大会第三次', '2022 → 2023'],
    );
    const before = ZHUZHOU_2022.split('\n'),
      after = d.text.split('\n');
    assert.strictEqual(after.length, before.length);
    const changed = after.map((l, i) => (l !== before[i] ? i : -1)).filter((i) => i >= 0);
    assert.deepStrictEqual(changed, [2, 10]);
    assert.match(after[10], /^## 2023年工作回顾/);
  });

  it('a new term starts again at its first session', () => {
    const d = nextYearDraft(placeReport(2022, '第五次会议', '　　一年来，常委会依法履职。'), { newTerm: true });
    assert.match(d.text, /——2024年1月X日在株洲市第十七届人民代表大会第一次会议上/);
  });

  it("names the draft after the report, its year moved on; a Word or PDF report's draft is text", () => {
    assert.strictEqual(nextYearName('2022-株洲市人大常委会工作报告.txt'), '2023-株洲市人大常委会工作报告.txt');
    assert.strictEqual(nextYearName('株洲市人大常委会工作报告2023.docx'), '株洲市人大常委会工作报告2024.txt');
    assert.strictEqual(nextYearName('工作报告.md'), '工作报告-下一年度.md');
  });
});

describe('marks of the year-over checklist', () => {
  const last = parseReport(
    new TextDoc('file:///lib/2022.txt', placeReport(2022, '第二次会议', '　　全年召开常委会会议9次，审议议题42项。')),
  );
  const text = placeReport(2023, '第三次会议', '　　全年召开常委会会议9次，审议议题42项。');
  const findings = (t: string) => {
    const doc = new TextDoc('file:///draft/2023.txt', t);
    const model = parseReport(doc);
    return {
      model,
      found: runChecks(model, {
        positionAt: (o) => doc.positionAt(o),
        lastYear: () => ({ model: last, uri: 'x', year: 2022 }),
      }),
    };
  };

  it('a marked item is checked while its text and the words around it stay; a changed value opens it again', () => {
    const { model, found } = findings(text);
    const items = checklist(model, found, []);
    assert.deepStrictEqual(
      items.items.map((i) => `${i.code} ${i.text}`),
      ['stale.figure 9次', 'stale.figure 42项'],
    );
    const marks = withMark(
      [],
      model,
      found.find((f) => f.code === 'stale.figure')!,
    );
    assert.deepStrictEqual(marks, [
      { code: 'stale.figure', before: '年召开常委会会议', text: '9次', after: '，审议议题42项' },
    ]);
    assert.deepStrictEqual([checklist(model, found, marks).open, checklist(model, found, marks).checked], [1, 1]);
    // Lines added above: the mark follows the text.
    const moved = findings(text.replace('各位代表：', '各位代表：\n\n　　一年来，常委会依法履职。'));
    assert.strictEqual(checklist(moved.model, moved.found, marks).checked, 1);
    // The words around it edited: the mark no longer matches, the item is open again.
    const edited = findings(text.replace('全年召开', '全年共召开'));
    assert.strictEqual(checklist(edited.model, edited.found, marks).checked, 0);
    assert.deepStrictEqual(markOf(model, found[0]).text, '9次');
  });

  it('a placeholder cannot be marked: it goes when filled in', () => {
    const { model, found } = findings(text.replace('2024年1月10日', '2024年1月X日'));
    const placeholder = found.find((f) => f.code === 'draft.placeholder')!;
    assert.strictEqual(checklist(model, found, withMark([], model, placeholder)).checked, 0);
  });
});
