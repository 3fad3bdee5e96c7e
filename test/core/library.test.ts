import * as assert from 'assert';
import {
  ALL_CHECKS,
  LibraryIndex,
  libraryEntry,
  TextDoc,
  parseReport,
  runChecks,
  textsInMemory,
} from '../../server/src/core';
import { shippedSeeds } from '../helpers';

/** The shipped seeds as the library, and a draft made from the 2019 Zhuzhou report edited into a 2020 report. */
function setup() {
  const texts = new Map(shippedSeeds().map((s) => [`file:///seeds/${s.name}`, s.text]));
  const lib = new LibraryIndex(textsInMemory(texts));
  lib.setEntries(
    shippedSeeds().map((s) =>
      libraryEntry(parseReport(new TextDoc(`file:///seeds/${s.name}`, s.text)), `file:///seeds/${s.name}`, s.name),
    ),
  );
  const base = shippedSeeds().find((s) => s.name.startsWith('2019-株洲'))!.text;
  const lines = base.split('\n');
  const edited = lines
    .map((l) => {
      if (l.startsWith('刚刚过去的一年'))
        return l.replace(
          '刚刚过去的一年,是新中国成立70周年',
          '刚刚过去的一年,是全面建成小康社会和“十三五”规划收官之年',
        );
      if (/——2019年/.test(l)) return l.replace('2019年', '2020年');
      return l;
    })
    .join('\n')
    .replace(
      '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
      '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
    )
    .replace('主任会议16次', '主任会议18次');
  const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
  return { lib, model: parseReport(new TextDoc(uri, edited)), uri };
}

describe('past-report library', () => {
  const { lib, model, uri } = setup();
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

describe("stale.figure: a key count equal to last year's report of the place", () => {
  const { lib, model, uri } = setup();
  const doc = new TextDoc(uri, model.text);
  const run = (pastFigures?: (m: typeof model) => ReturnType<typeof lib.figures>) =>
    runChecks(model, {
      positionAt: (o) => doc.positionAt(o),
      checks: ALL_CHECKS.filter((c) => c.code === 'stale.figure'),
      ...(pastFigures ? { pastFigures } : {}),
    });
  it('fires on the counts left as they were in 2019, not on the one updated (主任会议16次 → 18次)', () => {
    const found = run((m) => lib.figures(m, uri));
    assert.ok(found.length >= 3, `${found.length}`);
    assert.ok(found.every((d) => d.severity === 'information'));
    assert.ok(
      found.some((d) => /「常委会会议」与 2019 年报告相同（10次）/.test(d.message)),
      found.map((d) => d.message).join('\n'),
    );
    assert.ok(!found.some((d) => d.message.includes('主任会议')));
  });
  it("is silent without a library, and without last year's report of the place", () => {
    assert.deepStrictEqual(run(), []);
    const others = new LibraryIndex(textsInMemory(new Map()));
    others.setEntries(lib.all().filter((e) => e.info.place !== '株洲市'));
    assert.deepStrictEqual(
      run((m) => others.figures(m, uri)),
      [],
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
