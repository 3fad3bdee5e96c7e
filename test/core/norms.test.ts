/**
 * The official-document norms: each code fires on real sentences (seeds, corpus) and hand-made drafts for each
 * clause, stays silent on clean text, and its fixes change only what they name.
 */
import * as assert from 'assert';
import {
  applyEdits,
  fixAllEdits,
  fixesFor,
  resolveConfig,
  runChecks,
  TextDoc,
  type ReportDiagnostic,
} from '../../server/src/core';
import { oneEditApart } from '../../server/src/core/checks/termFormulation';
import { corpusFiles, parse, sharedSeed } from '../helpers';

function check(text: string, config = resolveConfig().config): ReportDiagnostic[] {
  const doc = new TextDoc('file:///t/工作报告.txt', text);
  return runChecks(parse(text), { positionAt: (o) => doc.positionAt(o), config });
}
const of = (ds: ReportDiagnostic[], code: string) => ds.filter((d) => d.code === code);
/** A draft with a title block, so lines below are body text. */
const draft = (...body: string[]) =>
  [
    '某市人民代表大会常务委员会工作报告',
    '',
    '——2024年1月10日在某市第十七届人民代表大会第三次会议上',
    '',
    '各位代表：',
    '',
    ...body,
  ].join('\n') + '\n';
/** The text after the quick fix of the first finding of `code`. */
function fixed(text: string, code: string): string {
  const d = of(check(text), code)[0];
  assert.ok(d, `no ${code} in ${text.slice(0, 80)}`);
  const fix = fixesFor(parse(text), d.code, d.data)[0];
  assert.ok(fix, `${code} has a fix`);
  return applyEdits(text, fix.edits);
}
const CLEAN_PROVINCIAL = corpusFiles('provincial_gwr_2026');

describe('norm.punctuation (GB/T 15834)', () => {
  it('half-width marks between Chinese text and spaces after Chinese punctuation: one finding a paragraph, its fix full-width', () => {
    const text = draft(
      '全年召开常委会会议9次,主任会议22次; 审议通过地方性法规3部。',
      '一年来，  常委会依法履职(详见附件)。',
      '时间10:30,比分3:2,共1,000人。',
    );
    const ds = of(check(text), 'norm.punctuation');
    assert.strictEqual(ds.length, 2, JSON.stringify(ds.map((d) => d.message)));
    assert.match(ds[0].message, /本段有 2 处/);
    const after = fixed(text, 'norm.punctuation');
    assert.match(after, /全年召开常委会会议9次，主任会议22次；审议通过地方性法规3部。/);
    // Numbers keep their colon and comma: 10:30, 3:2, 1,000.
    assert.match(
      applyEdits(text, fixAllEdits(parse(text), check(text), 'norm.punctuation')),
      /一年来，常委会依法履职（详见附件）。\n时间10:30,比分3:2,共1,000人。/,
    );
  });

  it('a scraped report full of half-width commas gets one finding for the whole document (seed 001: 46 paragraphs)', () => {
    const ds = of(check(sharedSeed('001')), 'norm.punctuation').filter((d) => /半角标点/.test(d.message));
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /^全文 \d+ 段共 \d+ 处/);
    assert.ok(!('edits' in (ds[0].data as object)), 'the lines, not 461 edits, travel with the finding');
    assert.ok(fixesFor(parse(sharedSeed('001')), ds[0].code, ds[0].data)[0].edits.length > 300);
  });

  it("doubled marks, a heading ending in 、 or ，, the salutation's colon (seeds 001, 003, 004 write 各位代表:)", () => {
    const text = draft('一、总体要求，', '全年共召开会议12次，，审议议题30个。。', '（一）加强立法工作');
    const ds = of(check(text), 'norm.punctuation').map((d) => d.message);
    assert.ok(ds.some((m) => /标点重复：「，，」/.test(m)) && ds.some((m) => /「。。」/.test(m)), ds.join('\n'));
    assert.ok(
      ds.some((m) => /标题末尾不用「，」/.test(m)),
      ds.join('\n'),
    );
    assert.match(fixed(draft('一、总体要求，', '正文。'), 'norm.punctuation'), /^一、总体要求$/m);
    for (const seed of ['001', '003', '004']) {
      const salutation = of(check(sharedSeed(seed)), 'norm.punctuation').find((d) => /称谓/.test(d.message));
      assert.ok(salutation, `seed ${seed}`);
      assert.match(
        applyEdits(sharedSeed(seed), fixesFor(parse(sharedSeed(seed)), salutation.code, salutation.data)[0].edits),
        /^各位代表：$/m,
      );
    }
  });

  it('unpaired quotes and brackets, but not a title a scrape broke over lines, a quotation running into the next paragraph, or ’99', () => {
    const ds = of(
      check(
        draft(
          '开展“五讲四美”活动，正在汇合成一个”五讲四美三热爱”的统一的活动。',
          '《中华人民共和国',
          '著作权法》第五条规定。',
          '“一切为了人民。',
          '办好“中国’99昆明世界园艺博览会”。',
        ),
      ),
      'norm.punctuation',
    );
    assert.deepStrictEqual(
      ds.map((d) => d.message),
      ['「”」不成对：本段缺少与之对应的「“」。'],
    );
  });

  it('is silent on the clean 2026 provincial reports but for real slips (half-width ; and , typed in, captions)', () => {
    let paragraphs = 0;
    for (const f of CLEAN_PROVINCIAL) paragraphs += of(check(f.text), 'norm.punctuation').length;
    assert.ok(paragraphs <= 20, `${paragraphs} findings over ${CLEAN_PROVINCIAL.length} reports`);
  });
});

describe('norm.number (GB/T 15835)', () => {
  it('full-width and spaced digits in running text, grouped, fixed to half-width', () => {
    const text = draft('全年接待来访１２３４人次，完成投资１．５亿元，1 9 9 3年建成。');
    const d = of(check(text), 'norm.number');
    assert.strictEqual(d.length, 1);
    assert.match(fixed(text, 'norm.number'), /全年接待来访1234人次，完成投资1.5亿元，1993年建成。/);
  });

  it('二 where a count wants 两, never in 十二个, 第二次, 二〇二三年, 二季度', () => {
    const ds = of(
      check(draft('新建二个园区，完成二项改革。', '十二个部门参加第二次会议，二〇二三年二季度开工。')),
      'norm.number',
    );
    assert.deepStrictEqual(
      ds.map((d) => d.range.start.line),
      [6, 6],
    );
    assert.match(fixed(draft('新建二个园区。'), 'norm.number'), /新建两个园区/);
  });

  it('约…左右 and 近…多; ranges with the unit on one side (3～5%, 3～5万元), hyphen ranges (2021-2035年, 3-5个)', () => {
    const cases: [string, RegExp][] = [
      ['全年增长约6%左右。', /增长约6%。/],
      ['新增就业近10多万人。', /近10万人/],
      ['增长3～5%。', /增长3%～5%。/],
      ['预计增长4.5-5%。', /4.5%～5%/],
      ['投资3～5万元。', /3万～5万元/],
      ['到2021-2035年基本实现。', /2021—2035年/],
      ['每年新建3-5个园区。', /3～5个/],
    ];
    for (const [sentence, want] of cases) assert.match(fixed(draft(sentence), 'norm.number'), want, sentence);
    // Codes and numbers that are not ranges: 2019-145号, 0731-28686000, 1,000.
    assert.strictEqual(
      of(check(draft('建规（地）字第2019-145号，电话0731-28686000，共1,000人。')), 'norm.number').length,
      0,
    );
  });

  it('years written both ways outside the title block, once, at the fewer form (seen in 2026 reports quoting 二〇三五年)', () => {
    const ds = of(check(draft('2023年完成投资。', '2024年继续推进。', '到二〇三五年基本实现现代化。')), 'norm.number');
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /全文 2 处用阿拉伯数字.*1 处用汉字/);
    const tianjin = CLEAN_PROVINCIAL.find((f) => f.name.includes('天津'))!;
    assert.ok(of(check(tianjin.text), 'norm.number').some((d) => /年份写法不一/.test(d.message)));
  });
});

describe('norm.docnumber (GB/T 9704)', () => {
  it('〔〕 brackets, a four-digit year, no leading zero or 第; the right form is left alone', () => {
    const cases: [string, string][] = [
      ['根据株常发[2023]2号文件。', '株常发〔2023〕2号'],
      ['按照湘政办发（2023）05号要求。', '湘政办发〔2023〕5号'],
      ['国发〔23〕第3号', '国发〔2023〕3号'],
      ['转发株政函【2022】12号。', '株政函〔2022〕12号'],
    ];
    for (const [sentence, want] of cases) assert.ok(fixed(draft(sentence), 'norm.docnumber').includes(want), sentence);
    assert.strictEqual(of(check(draft('根据株常发〔2023〕2号文件，印发（2023年）方案。')), 'norm.docnumber').length, 0);
  });
});

describe('term.formulation', () => {
  it('a near-miss of a lexicon entry: a count word, a changed, dropped, added or swapped character, fixed to the exact form', () => {
    const cases: [string, string][] = [
      ['增强“四个自信”，做到“二个维护”。', '两个维护'],
      ['深刻领悟“三个确立”的决定性意义。', '两个确立'],
      ['坚持中国特色社会主意道路。', '中国特色社会主义'],
      ['发展全过程人民主。', '全过程人民民主'],
      ['践行社会主义核心价观值。', '社会主义核心价值观'],
      ['以习近平同志为核心党中央。', '以习近平同志为核心的党中央'],
    ];
    for (const [sentence, want] of cases)
      assert.ok(fixed(draft(sentence), 'term.formulation').includes(want), sentence);
    assert.ok(
      oneEditApart('全过程人民民主', '全过程民人民主') &&
        !oneEditApart('全过程人民民主', '全过程人民民主') &&
        !oneEditApart('四个意识', '四个自信'),
    );
  });

  it('nothing on the exact forms, on other formulations (社会主义核心价值体系, 三个全面, 三位一体) or on the form inside a longer phrase', () => {
    const clean = draft(
      '坚持“两个确立”“两个维护”，建设有中国特色社会主义，培育社会主义核心价值体系。',
      '落实“三个全面”要求，三位一体推进，做好“两篇大文章”。',
      '坚持以习近平新时代中国特色社会主义思想为指导。',
    );
    assert.deepStrictEqual(
      of(check(clean), 'term.formulation').map((d) => d.message),
      [],
    );
  });

  it("on the corpus: only the 1980s–90s wording 中国特色的社会主义, which today's formulation writes without 的", () => {
    const all = [
      ...CLEAN_PROVINCIAL,
      ...corpusFiles('wikisource_national_gwr'),
      ...corpusFiles('noisy_scrape_national_gwr'),
    ];
    const found = all.flatMap((f) =>
      of(check(f.text), 'term.formulation').map((d) => `${f.name.slice(0, 4)} ${d.message}`),
    );
    assert.ok(
      found.length > 0 && found.every((m) => /^(19[89]\d) 提法有误：「中国特色的社会主义」/.test(m)),
      found.join('\n'),
    );
    for (const seed of ['000', '001', '002', '003', '004'])
      assert.strictEqual(of(check(sharedSeed(seed)), 'term.formulation').length, 0, seed);
  });
});

describe("term.preferred (the office's own list)", () => {
  const { config, problems } = resolveConfig({
    terms: [
      { use: '人大代表', avoid: ['人民代表(?!大会)'], note: '本会规范用语', regex: true },
      { use: '常委会', avoid: ['常务会'] },
      { use: '统筹', avoid: ['通盘(?:谋划|考虑)'], regex: true },
      { use: 'x', avoid: ['(a+)+$'], regex: true },
      { use: 'y', avoid: ['a*'], regex: true },
      { use: '', avoid: ['z'] },
    ],
  });

  it('flags each avoided form with the preferred one as its fix; the preferred form itself is left, a lookahead keeps 人民代表大会', () => {
    const text = draft('组织人民代表视察，常务会审议通过，通盘谋划全年工作。', '召开人民代表大会，人大代表提出建议。');
    const ds = of(check(text, config), 'term.preferred');
    assert.deepStrictEqual(
      ds.map((d) => d.message),
      [
        '按本单位规范用语，「人民代表」应为「人大代表」（本会规范用语）。',
        '按本单位规范用语，「常务会」应为「常委会」。',
        '按本单位规范用语，「通盘谋划」应为「统筹」。',
      ],
    );
    const all = applyEdits(text, fixAllEdits(parse(text), check(text, config), 'term.preferred'));
    assert.match(all, /组织人大代表视察，常委会审议通过，统筹全年工作。/);
  });

  it('refuses, with a reason, a pattern that could backtrack forever, one that matches nothing, and an empty use', () => {
    assert.strictEqual(config.terms.length, 3);
    assert.ok(
      problems.some((p) => /terms\[3\].*repeats a repeated group/.test(p)),
      problems.join('\n'),
    );
    assert.ok(problems.some((p) => /terms\[4\].*matches the empty string/.test(p)));
    assert.ok(problems.some((p) => /terms\[5\]\.use/.test(p)));
    assert.strictEqual(of(check(draft('人民代表。')), 'term.preferred').length, 0, 'no list, no finding');
  });
});

describe('fix-all', () => {
  /** Width and spacing folded away: what the width fixes may change, and nothing else. */
  const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

  it('on every corpus report and seed, the width and spacing fix-all changes only width and spacing (NFKC + no spaces = the original)', () => {
    const all = [
      ...CLEAN_PROVINCIAL,
      ...corpusFiles('wikisource_national_gwr'),
      ...corpusFiles('noisy_scrape_national_gwr'),
      ...['000', '001', '002', '003', '004'].map((s) => ({ name: s, text: sharedSeed(s) })),
    ];
    let changed = 0;
    for (const f of all) {
      const ds = check(f.text).filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'width');
      const model = parse(f.text);
      const edits = fixAllEdits(model, ds, 'norm.punctuation')
        .concat(fixAllEdits(model, ds, 'norm.number'))
        .sort((a, b) => a.start - b.start);
      if (!edits.length) continue;
      const after = applyEdits(f.text, edits);
      assert.strictEqual(fold(after), fold(f.text), f.name);
      changed++;
      // Run again: nothing of that kind is left.
      assert.strictEqual(
        check(after).filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'width').length,
        0,
        `${f.name}: idempotent`,
      );
    }
    assert.ok(changed >= 20, `${changed} reports changed`);
  });
});
