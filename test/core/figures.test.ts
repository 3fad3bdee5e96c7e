import * as assert from 'assert';
import {
  ALL_CHECKS,
  extractFigures,
  figureHover,
  fixesFor,
  rateChecks,
  runChecks,
  TextDoc,
  type ReportDiagnostic,
} from '../../server/src/core';
import { arabicValue } from '../../server/src/core/figures/numbers';
import { parseChineseNumeral } from '../../server/src/core/text/numerals';
import { corpusFiles, parse, sharedSeed, shippedSeeds } from '../helpers';

const FIGURE_CHECKS = ALL_CHECKS.filter((c) => c.code.startsWith('figure.') || c.code.startsWith('stale.'));
function check(text: string): ReportDiagnostic[] {
  const doc = new TextDoc('file:///draft/工作报告.txt', text);
  return runChecks(parse(text, doc.uri), { positionAt: (o) => doc.positionAt(o), checks: FIGURE_CHECKS });
}
const codes = (ds: ReportDiagnostic[]) => ds.map((d) => `${d.range.start.line} ${d.code}`);
const figuresOf = (text: string) =>
  extractFigures(parse(text)).map((f) => `${f.text}=${f.value}${f.unit}${f.approx ? '~' : ''}`);

describe('numbers as written in reports', () => {
  it('parses Arabic with separators and decimals, full-width digits, Chinese numerals', () => {
    assert.deepStrictEqual(arabicValue('1,083'), { value: 1083, decimals: 0 });
    assert.deepStrictEqual(arabicValue('３.６２'), { value: 3.62, decimals: 2 });
    assert.deepStrictEqual(arabicValue('１９８４'), { value: 1984, decimals: 0 });
    for (const [s, v] of [
      ['三', 3],
      ['十六', 16],
      ['二十一', 21],
      ['两', 2],
      ['一百二十', 120],
      ['三千五百', 3500],
      ['一百零五', 105],
    ] as const)
      assert.strictEqual(parseChineseNumeral(s, true), v, s);
    assert.strictEqual(parseChineseNumeral('一九五八', true), undefined);
    for (const [s, v] of [
      ['一百十', 110],
      ['一千零五', 1005],
      ['百', 100],
      ['零', 0],
    ] as const)
      assert.strictEqual(parseChineseNumeral(s, true), v, s);
    for (const s of ['一百十', '三千五百', '百', '零'])
      assert.strictEqual(parseChineseNumeral(s), undefined, `${s} is no section number`);
  });
  it('extracts counts with units and multipliers, marks qualifiers as approximate', () => {
    assert.deepStrictEqual(
      figuresOf(
        '全年共召开常委会会议9次、主任会议二十二次，任免1,083人次，投资3.62亿元，培训近300人，收集意见500余条，覆盖率95%以上。',
      ),
      [
        '9次=9次',
        '二十二次=22次',
        '1,083人次=1083人次',
        '3.62亿元=362000000元',
        '300人=300人~',
        '500余条=500条~',
        '95%以上=95%~',
      ],
    );
  });
  it('never takes years, dates, ordinals, ranges, document numbers or slogans for counts', () => {
    assert.deepStrictEqual(
      figuresOf(
        '2023年3月5日，第十六届人大第二次会议通过株常审〔2017〕2号文件，规划期为2021-2035年，落实“两个维护”“十四五”，一是抓学习。',
      ),
      [],
    );
  });
  it('gives most figures of the seeds a metric key', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const figs = extractFigures(parse(sharedSeed(p)));
      const keyed = figs.filter((f) => f.metric).length;
      assert.ok(figs.length >= 30 && keyed / figs.length >= 0.8, `${p}: ${keyed}/${figs.length}`);
    }
    const overview = extractFigures(parse(sharedSeed('000')))
      .filter((f) => f.line === 31)
      .map((f) => `${f.metric}:${f.value}${f.unit}`);
    assert.deepStrictEqual(overview, [
      '常委会会议:9次',
      '主任会议:22次',
      '地方性法规:3部',
      '专项工作报告:14个',
      '执法检查:2次',
      '集中视察:2次',
      '专项工作评议:4次',
      '决议决定:4个',
    ]);
  });
});

describe('no figure findings on the seeds or the corpus', () => {
  it('seeds, shipped seeds and all 88 corpus reports', () => {
    for (const p of ['000', '001', '002', '003', '004']) assert.deepStrictEqual(codes(check(sharedSeed(p))), [], p);
    for (const s of shippedSeeds()) assert.deepStrictEqual(codes(check(s.text)), [], s.name);
    for (const sub of ['provincial_gwr_2026', 'wikisource_national_gwr', 'noisy_scrape_national_gwr']) {
      for (const f of corpusFiles(sub)) assert.deepStrictEqual(codes(check(f.text)), [], `${sub}/${f.name}`);
    }
  });
});

describe('figure.ratio', () => {
  const sentence = '市十六届人大一次会议以来，共收集到460件代表建议，已办结434件，办结率94.35%。';
  it("does not fire on the seeds' correct rates (83%, 94.35%, 95.49%, 96.9%)", () => {
    const rates = ['001', '002', '003', '004'].flatMap((p) => rateChecks(parse(sharedSeed(p))));
    assert.deepStrictEqual(
      rates.map((r) => `${r.numerator.value}/${r.denominator.value}=${r.rate.text}:${r.consistent}`),
      ['959/1157=83%:true', '434/460=94.35%:true', '360/377=95.49%:true', '93/96=96.9%:true'],
    );
    assert.deepStrictEqual(check(sentence), []);
  });
  it('fires when any one number changes, shows the arithmetic, and fixes the rate', () => {
    for (const changed of [
      sentence.replace('460件', '470件'),
      sentence.replace('434件', '430件'),
      sentence.replace('94.35%', '94.53%'),
    ]) {
      const found = check(changed);
      assert.deepStrictEqual(codes(found), ['0 figure.ratio'], changed);
      assert.match(found[0].message, /÷/);
    }
    const wrong = sentence.replace('94.35%', '95.35%');
    const [d] = check(wrong);
    assert.match(d.message, /434件 ÷ 460件 = 94\.348%，按所写精度应为 94\.35%/);
    const [fix] = fixesFor(parse(wrong), d.code, d.data);
    const fixed = fix.edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), wrong);
    assert.strictEqual(fixed, sentence);
  });
  it('property: every rate sentence of the seeds and corpus fires when a count or the rate moves beyond rounding', () => {
    const texts = [
      ...['000', '001', '002', '003', '004'].map(sharedSeed),
      ...corpusFiles('provincial_gwr_2026').map((f) => f.text),
    ];
    let n = 0;
    for (const text of texts) {
      for (const r of rateChecks(parse(text))) {
        n++;
        assert.ok(r.consistent);
        const step = 10 ** -r.rate.decimals;
        const perturb = (f: { start: number; end: number; text: string }, to: string) =>
          text.slice(0, f.start) + to + text.slice(f.end);
        const bumpCount = (f: { value: number; text: string }) =>
          f.text.replace(/^[0-9,]+/, String(Math.round(f.value * 1.05) + 2));
        const variants = [
          perturb(
            r.numerator,
            bumpCount(r.numerator).replace(
              /^\d+/,
              String(Math.max(0, r.numerator.value - Math.ceil(r.denominator.value * 0.03) - 1)),
            ),
          ),
          perturb(r.denominator, bumpCount(r.denominator)),
          perturb(r.rate, `${(r.computed + 3 * step + (r.rate.decimals ? 0 : 1)).toFixed(r.rate.decimals)}%`),
        ];
        for (const v of variants)
          assert.ok(
            check(v).some((d) => d.code === 'figure.ratio'),
            `no finding for ${v.slice(Math.max(0, r.rate.start - 60), r.rate.end + 2)}`,
          );
      }
    }
    assert.ok(n >= 4, `${n} rate sentences`);
  });
});

describe('figure.conflict', () => {
  const overview =
    '2023年，全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部，听取和审议专项工作报告14个，组织开展执法检查2次。';
  it('fires when a chapter restates an overview count differently', () => {
    const found = check(
      ['过去一年的主要工作', overview, '一、监督工作', '全年召开常委会会议10次，审议各类报告。'].join('\n'),
    );
    assert.deepStrictEqual(codes(found), ['3 figure.conflict']);
    assert.match(found[0].message, /「常委会会议」前后不一致：第 2 行为 9次，此处为 10次/);
  });
  it('does not fire on other periods, approximations, other parts, or the same value', () => {
    for (const body of [
      '比上年多召开常委会会议10次。',
      '近几年累计召开常委会会议100次。',
      '全年召开常委会会议近10次。',
      '全年召开常委会会议9次。',
    ]) {
      assert.deepStrictEqual(check(['过去一年的主要工作', overview, body].join('\n')), [], body);
    }
    assert.deepStrictEqual(
      check(['过去一年的主要工作', overview, '今年的主要工作', '计划召开常委会会议8次。'].join('\n')),
      [],
    );
  });
});

describe('figure.part-whole', () => {
  it('fires on parts larger than or summing past their whole', () => {
    assert.deepStrictEqual(codes(check('共收到代表建议100件，其中已办结120件。')), ['0 figure.part-whole']);
    const sum = check('共收到代表建议100件，其中交办政府60件、交办法院50件。');
    assert.deepStrictEqual(codes(sum), ['0 figure.part-whole']);
    assert.match(sum[0].message, /60件 \+ 50件 = 110件，多于 100件/);
  });
  it('does not fire when the parts fit', () => {
    assert.deepStrictEqual(check('共收到代表建议100件，其中交办政府60件、交办法院40件。'), []);
    assert.deepStrictEqual(check('共收到代表建议100件，已办结98件，其中代表团建议21件。'), []);
  });
});

describe('figure.count', () => {
  it('counts 《》 titles against the number after them', () => {
    assert.deepStrictEqual(check('及时对《甲条例》《乙条例》《丙条例》三部地方性法规进行修订。'), []);
    assert.deepStrictEqual(codes(check('及时对《甲条例》《乙条例》三部地方性法规进行修订。')), ['0 figure.count']);
    assert.deepStrictEqual(check('制定《甲条例》《乙条例》等五部法规。'), [], '等: others not listed');
    assert.deepStrictEqual(codes(check('制定《甲条例》《乙条例》《丙条例》等两部法规。')), ['0 figure.count']);
  });
  it('counts the items after 抓好N个方面工作：', () => {
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => `**要点${i + 1}。**展开的内容，说明这一方面的具体工作安排和要求。`);
    assert.deepStrictEqual(check(['今年的主要工作', '重点抓好五个方面工作：', ...items(5)].join('\n')), []);
    const four = check(['今年的主要工作', '重点抓好五个方面工作：', ...items(4)].join('\n'));
    assert.deepStrictEqual(codes(four), ['1 figure.count']);
    assert.match(four[0].message, /写「五个方面」，其后列出 4 项/);
  });

  it('counts the entries of the list, not the length of its numbering: a doubled or misplaced number is no count slip', () => {
    const chapters = (numbers: string[]) =>
      numbers.map(
        (n, i) => `${n}、第${i + 1}个方面的工作
这一方面的工作展开说明，内容充实。`,
      );
    const lead = '今年常委会将重点抓好以下六个方面工作：';
    for (const numbers of [
      ['一', '二', '三', '三', '四', '五'],
      ['一', '二', '四', '三', '五', '六'],
    ])
      assert.deepStrictEqual(check(['今年的主要工作', lead, ...chapters(numbers)].join('\n')), [], numbers.join(''));
    const seven = check(['今年的主要工作', lead, ...chapters(['一', '二', '三', '四', '五', '六', '七'])].join('\n'));
    assert.deepStrictEqual(codes(seven), ['1 figure.count']);
    assert.match(seven[0].message, /其后列出 7 项/);
    // A list that starts again at 一 is another list.
    const two = ['一', '二', '三', '四', '五', '六'].map((n) => `${n}、条目`);
    assert.deepStrictEqual(
      check(['今年的主要工作', lead, ...chapters(['一', '二', '三', '四', '五', '六']), ...two].join('\n')),
      [],
    );
  });
});

describe('stale.year and stale.session', () => {
  const head = (date: string, session: string) => [
    '某市人民代表大会常务委员会工作报告',
    `——${date}在某市第十七届人民代表大会${session}上`,
    '各位代表：',
  ];
  it("fires on last year's year left in part titles and the opening sentence", () => {
    const text = [
      ...head('2023年12月26日', '第三次会议'),
      '2022年工作回顾',
      '2022年，是全面贯彻党的二十大精神的开局之年，常委会依法履职。',
      '2023年主要任务',
      '一、坚持党的领导',
    ].join('\n');
    assert.deepStrictEqual(codes(check(text)), ['3 stale.year', '4 stale.year', '5 stale.year']);
    assert.match(check(text)[0].message, /报告作于2023年12月26日，回顾的是 2023 年，此处为 2022 年/);
  });
  it('takes a January–March report as reviewing the year before', () => {
    const ok = [
      ...head('2024年1月8日', '第四次会议'),
      '2023年工作回顾',
      '2023年，是全面贯彻党的二十大精神的开局之年。',
      '2024年工作安排',
    ].join('\n');
    assert.deepStrictEqual(check(ok), []);
  });
  it('checks the session whose tasks were completed, and sessions still to come', () => {
    const body = (s: string) =>
      [
        ...head('2023年12月26日', '第三次会议'),
        '过去一年的主要工作',
        `常委会圆满完成了市十七届人大${s}次会议确定的各项任务。`,
      ].join('\n');
    assert.deepStrictEqual(check(body('二')), []);
    assert.deepStrictEqual(codes(check(body('一'))), ['4 stale.session']);
    assert.deepStrictEqual(
      codes(check([...head('2023年12月26日', '第三次会议'), '正文提到十七届人大四次会议。'].join('\n'))),
      ['3 stale.session'],
    );
    assert.deepStrictEqual(
      check([...head('2023年12月26日', '第三次会议'), '回顾十六届人大五次会议以来的工作。'].join('\n')),
      [],
      'another term',
    );
  });
});

describe('figure hover', () => {
  it('shows the value, the metric and the other statements of the metric', () => {
    const text = [
      '过去一年的主要工作',
      '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部，听取和审议专项工作报告14个。',
      '一、监督',
      '上年召开常委会会议8次。',
    ].join('\n');
    const model = parse(text);
    const at = text.indexOf('9次');
    const h = figureHover(model, 'zh', at)!;
    assert.match(h.markdown, /\*\*9次\*\* · 数值 9次 · 指标「常委会会议」 · 本期/);
    assert.match(h.markdown, /第 4 行：8次（其他时期）/);
    assert.strictEqual(figureHover(model, 'zh', 0), undefined);
  });
});
