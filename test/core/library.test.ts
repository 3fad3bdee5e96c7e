import * as assert from 'assert';
import { LibraryIndex, libraryEntry, TextDoc, parseReport, textsInMemory } from '../../server/src/core';
import { shippedSeeds, zhuzhouLibrary } from '../helpers';

describe('past-report library', () => {
  const { lib, model, uri } = zhuzhouLibrary();
  it('infers place, year and kind of each report', () => {
    assert.deepStrictEqual(
      lib.all().map((e) => `${e.info.year} ${e.info.place} ${e.info.kind}`),
      [
        '2019 株洲市 人大常委会',
        '2022 株洲市 人大常委会',
        '2022 湘潭市 人大常委会',
        '2022 衢州市 人大常委会',
        '2023 邵阳市 人大常委会',
      ],
    );
  });
  it('finds the paragraphs reused from last year, verbatim or edited', () => {
    const s = lib.summary(model, uri);
    assert.strictEqual(s.draft.year, 2020);
    assert.strictEqual(s.lastYear?.info.year, 2019);
    assert.ok(s.reusedShare > 0.95, `reused ${s.reusedShare}`);
    assert.ok(s.verbatim.length >= 35, `${s.verbatim.length} verbatim paragraphs`);
    const opening = model.lines.findIndex((l) => l.text.startsWith('刚刚过去的一年'));
    assert.ok(!s.verbatim.some((v) => v.line === opening), 'the edited opening paragraph is not verbatim');
    const [edited] = lib.similar(model.lines[opening].text, 3, uri);
    assert.ok(
      edited.similarity > 0.8 && edited.similarity < 1 && edited.report.year === 2019,
      JSON.stringify(edited.similarity),
    );
    assert.ok(
      edited.diff.some((o) => o.op === 'insert' && o.text.includes('收官')),
      'the diff marks what the draft added',
    );
  });
  it('sets the key counts beside 2019 and 2022, flagging values equal to last year', () => {
    const rows = new Map(lib.figures(model, uri).map((r) => [r.metric, r]));
    const row = (m: string) => {
      const r = rows.get(m)!;
      return `${r.value} ${r.past.map((p) => `${p.year}:${p.value}`).join(' ')} same=${r.sameAsLastYear}`;
    };
    assert.strictEqual(row('常委会会议'), '10 2019:10 2022:9 same=true');
    assert.strictEqual(row('主任会议'), '18 2019:16 2022:22 same=false');
    assert.strictEqual(row('专项工作报告'), '34 2019:34 2022:14 same=true');
  });
  it("aligns the structure with last year's", () => {
    const s = lib.structure(model, uri);
    assert.strictEqual(s.past?.year, 2019);
    assert.deepStrictEqual(
      s.rows.map((r) => r.status),
      Array(9).fill('same'),
    );
    assert.match(s.rows[1].draft!.label, /^2020年,我们紧扣学习贯彻/);
    assert.match(s.rows[1].past!.label, /^2019年,我们紧扣学习贯彻/);
  });
  it('reports moved, added and removed chapters', () => {
    const l2 = new LibraryIndex(textsInMemory(new Map()));
    const past = [
      '某市人民代表大会常务委员会工作报告',
      '——2022年12月26日在某市第十七届人民代表大会第二次会议上',
      '各位代表：',
      '2022年工作回顾',
      '一、坚持党的全面领导',
      '二、推进科学立法',
      '三、加强监督工作',
      '四、做好代表工作',
    ].join('\n');
    const draft = [
      '某市人民代表大会常务委员会工作报告',
      '——2023年12月26日在某市第十七届人民代表大会第三次会议上',
      '各位代表：',
      '2023年工作回顾',
      '一、坚持党的全面领导',
      '二、加强监督工作',
      '三、推进科学立法',
      '四、加强自身建设',
    ].join('\n');
    l2.setEntries([
      libraryEntry(
        parseReport(new TextDoc('file:///p/2022-某市.txt', past)),
        'file:///p/2022-某市.txt',
        '2022-某市人大常委会工作报告.txt',
      ),
    ]);
    const rows = l2
      .structure(parseReport(new TextDoc('file:///d.txt', draft)), 'file:///d.txt')
      .rows.map((r) => `${r.status} ${r.draft?.label ?? ''}|${r.past?.label ?? ''}`);
    assert.deepStrictEqual(
      rows,
      [
        'moved 2023年工作回顾|2022年工作回顾',
        'same 一、坚持党的全面领导|一、坚持党的全面领导',
        'moved 二、加强监督工作|三、加强监督工作',
        'moved 三、推进科学立法|二、推进科学立法',
        'added 四、加强自身建设|',
        'removed |四、做好代表工作',
      ].map((r) => r.replace(/^moved (2023年工作回顾)/, 'same $1')),
    );
  });
});

describe('a library set a step at a time (the server, while requests come in)', () => {
  it('answers as one set at once, and until it settles answers as it was', async () => {
    const entries = shippedSeeds().map((s) =>
      libraryEntry(parseReport(new TextDoc(`file:///seeds/${s.name}`, s.text)), `file:///seeds/${s.name}`, s.name),
    );
    const texts = new Map(shippedSeeds().map((s) => [`file:///seeds/${s.name}`, s.text]));
    const atOnce = new LibraryIndex(textsInMemory(texts));
    atOnce.setEntries(entries);
    const stepped = new LibraryIndex(textsInMemory(texts));
    stepped.setEntries(entries.slice(0, 1));
    const probe = shippedSeeds()[3]
      .text.split('\n')
      .find((l) => l.length > 60)!;
    const before = stepped.similar(probe, 3);
    let steps = 0;
    await stepped.setEntriesInSteps(entries, async () => {
      steps++;
      // Mid-way, the old library still answers, whole.
      assert.strictEqual(stepped.size, 1);
      assert.deepStrictEqual(stepped.similar(probe, 3), before);
    });
    assert.ok(steps >= 2, `${steps} steps`);
    assert.strictEqual(stepped.size, atOnce.size);
    assert.deepStrictEqual(stepped.similar(probe, 3), atOnce.similar(probe, 3));
  });
});
