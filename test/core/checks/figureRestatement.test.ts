/**
 * figure.conflict on restatements in a report's own words, one class a case, each with a look-alike that must stay
 * silent. The sentences are real reports' (national reports 2014–2025, Guangdong and Xinjiang 2026, 1956, 1999),
 * set in a report of their own shape: a review part and a plan part.
 */
import * as assert from 'assert';
import { ALL_CHECKS, runChecks, TextDoc, type ReportDiagnostic } from '../../../server/src/core';
import { parse } from '../../helpers';

const CONFLICT = ALL_CHECKS.filter((c) => c.code === 'figure.conflict');

function conflicts(lines: string[]): ReportDiagnostic[] {
  const text = lines.join('\n') + '\n';
  const doc = new TextDoc('file:///draft/2025年政府工作报告.txt', text);
  return runChecks(parse(text, doc.uri), { positionAt: (o) => doc.positionAt(o), checks: CONFLICT });
}

/** A 2025 report: the review of 2024, then the plan for 2025 with its targets and their explanation. */
function report(review: string[], plan: string[]): string[] {
  return [
    '政府工作报告',
    '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
    '一、2024年工作回顾',
    ...review,
    '二、2025年政府工作任务',
    ...plan,
  ];
}

const TARGETS = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。';
const EXPLAINED =
  '经济增长预期目标为5%左右，既是稳就业、防风险、惠民生的需要，也有经济增长潜力和有利条件支撑。城镇调查失业率5.5%左右，体现了加大稳就业力度的要求。';

describe('figure.conflict on restatements', () => {
  it('a target restated in its explanation under another name (经济增长预期目标 = 国内生产总值增长): either side changed', () => {
    assert.deepStrictEqual(conflicts(report([], [TARGETS, EXPLAINED])), []);
    for (const [targets, explained] of [
      [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED],
      [TARGETS, EXPLAINED.replace('5.5%左右', '5.4%左右')],
    ]) {
      const found = conflicts(report([], [targets, explained]));
      assert.strictEqual(found.length, 1, JSON.stringify(found.map((d) => d.message)));
      assert.strictEqual(found[0].related.length, 1);
    }
  });

  it('must not compare a target with the year’s actual, nor a five-year goal with the year’s', () => {
    const review = ['过去一年，国内生产总值增长5%，城镇调查失业率平均5.1%，居民消费价格上涨0.2%。'];
    assert.deepStrictEqual(conflicts(report(review, [TARGETS, EXPLAINED])), []);
    const fiveYears = '“十五五”时期，城镇调查失业率控制在5.5%以内，研发经费投入强度达到3.2%左右。';
    assert.deepStrictEqual(conflicts(report(review, [TARGETS, fiveYears])), []);
  });

  it('a plan’s figure in the plan and in its chapter, one with a modifier more (汽车充电设施 ⊂ 新能源汽车充电设施)', () => {
    const plan = '适度超前建设新型基础设施，新建低空起降设施2500个、汽车充电设施50万个以上。';
    const chapter = '新建新能源汽车充电设施超50万个，充电电量增长25%以上。';
    assert.deepStrictEqual(conflicts(report([], [plan, '（一）交通', chapter])), []);
    assert.strictEqual(conflicts(report([], [plan, '（一）交通', chapter.replace('超50万个', '超40万个')])).length, 1);
    // A subject more is another quantity: 高等学校在校学生 is not 在校学生.
    const students = ['高等学校在校学生达到29万余人。', '（二）教育', '普通中学在校学生达到443万余人。'];
    assert.deepStrictEqual(conflicts(report(students, [])), []);
  });

  it('a noun named in full before (普通高中学位建设，增加学位超20万个) and the year’s end point of a longer span', () => {
    const plan = '新增普通高中学位20万个以上，办好特殊教育、专门教育。';
    const chapter = '重点推进学位紧缺地区的普通高中学位建设，增加学位超20万个。';
    assert.deepStrictEqual(conflicts(report([], [plan, '（三）教育', chapter])), []);
    assert.strictEqual(conflicts(report([], [plan, '（三）教育', chapter.replace('超20万个', '超15万个')])).length, 1);
    const fiveYears = '过去五年，推进以文塑旅，年接待游客由1.58亿人次增加到3.23亿人次。';
    const year = '过去一年，文旅融合活力涌动。全年接待游客3.23亿人次、游客花费3700亿元。';
    assert.deepStrictEqual(conflicts(report([fiveYears, year], [])), []);
    assert.strictEqual(conflicts(report([fiveYears, year.replace('3.23亿', '3.02亿')], [])).length, 1);
    // The start of the span is another year's: never compared.
    assert.deepStrictEqual(conflicts(report([fiveYears, '全年接待游客1.6亿人次。'], [])), []);
  });

  it('synonyms learnt from reports (财政债券 = 国债) and a verb with a short noun (增发…国债)', () => {
    const first = '国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。';
    const second = '去年财政增发1000亿元国债加强基础设施建设。';
    assert.deepStrictEqual(conflicts(report([first, second], [])), []);
    assert.strictEqual(conflicts(report([first, second.replace('1000亿元', '1100亿元')], [])).length, 1);
  });

  it('must not fire on scopes that differ, a qualifier that differs, lists, per-unit values, sub-year periods', () => {
    for (const review of [
      ['城镇居民人均可支配收入增长4.6%。', '农村居民人均可支配收入增长6.6%。'],
      ['新建汽车充电设施超50万个。', '（一）交通', '新建汽车充电设施10万个。'],
      ['布局建设20个国家级、19个省级粮食产能提升重点县。', '（二）农业', '布局建设7个国家级、5个省级重点县。'],
      ['洗衣房单位造价高达三百四十六元。', '（三）建设', '厨房单位造价高达二百七十五元。'],
      ['全年进出口总额增长5%。', '上半年进出口总额增长8%。'],
    ])
      assert.deepStrictEqual(conflicts(report(review, [])), [], review.join(' | '));
  });

  it('a policy named by its count, in the text and in the glossary (稳增长“21条” / 稳增长“21”条：…21条措施)', () => {
    const text = '出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持。';
    const glossary = [
      '名词解释',
      '4.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施，提出促进产业转型升级等4个方面21条措施。',
      '5.稳增长“18”条：2025年10月31日，省政府办公厅印发若干政策措施，针对消费、生产等重点领域提出18条具体举措。',
    ];
    assert.deepStrictEqual(conflicts(report([text], glossary)), []);
    assert.strictEqual(conflicts(report([text.replace('“21条”', '“22条”')], glossary)).length, 1);
    assert.strictEqual(
      conflicts(report([text], [glossary[0], glossary[1].replace('21条措施', '22条措施'), glossary[2]])).length,
      1,
    );
    // A quoted count with no entry of its stem is a name, not a restatement.
    assert.deepStrictEqual(conflicts(report(['推出稳经济“30条”。', '（一）政策', '落实稳经济30条。'], [])), []);
  });

  it('a count of occasions and the latest one’s ordinal (3次亲临云南考察 / 第3次亲临云南考察)', () => {
    const count = '新时代以来，习近平总书记3次亲临云南考察、4次回信，为云南明确发展定位。';
    const ordinal = '3月19日至20日，习近平总书记在新时代第3次亲临云南考察并发表重要讲话。';
    assert.deepStrictEqual(conflicts(report([count, ordinal], [])), []);
    assert.strictEqual(conflicts(report([count, ordinal.replace('第3次', '第4次')], [])).length, 1);
    // Other occasions: 第二次全国经济普查 is not 2次全国…会议.
    assert.deepStrictEqual(conflicts(report(['开展第五次全国经济普查。', '召开2次全国经济工作会议。'], [])), []);
  });

  it('a standing structure counted in the review and in the plan (13条重点产业链), and a paragraph split by a scrape', () => {
    const review = '不断壮大现代化产业体系，13条重点产业链全面起势，新兴产业加速壮大。';
    const plan = '聚焦现代化产业体系，壮大13条重点产业链和先进制造业集群。';
    assert.deepStrictEqual(conflicts(report([review], [plan])), []);
    assert.strictEqual(conflicts(report([review], [plan.replace('13条', '14条')])).length, 1);
    // New ones are not a standing count: 新培育3条产业链 vs 壮大13条.
    assert.deepStrictEqual(conflicts(report(['新培育3条重点产业链。'], [plan])), []);
    const targets = '今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上。';
    const split = ['经济增速是综合性指标，今年预期目标设定', '\u200b', '为6%以上，考虑了经济运行恢复情况。'];
    assert.deepStrictEqual(conflicts(report([], [targets, ...split])), []);
    assert.strictEqual(
      conflicts(report([], [targets, split[0], split[1], '为7%以上，考虑了经济运行恢复情况。'])).length,
      1,
    );
  });

  it('a quick fix makes either side equal to the other; the drafter chooses', () => {
    const text = report([], [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED]).join('\n') + '\n';
    const model = parse(text);
    const doc = new TextDoc('file:///draft/2025年政府工作报告.txt', text);
    const [d] = runChecks(model, { positionAt: (o) => doc.positionAt(o), checks: CONFLICT });
    const fixes = CONFLICT[0].fixes!(model, d.data as Record<string, unknown>);
    assert.deepStrictEqual(
      fixes.map((f) => f.title.zh),
      ['此处改为 4.5%左右（与另一处一致）', '另一处改为 5%左右（与此处一致）'],
    );
    const apply = (i: number) => {
      const e = fixes[i].edits[0];
      return text.slice(0, e.start) + e.newText + text.slice(e.end);
    };
    for (const i of [0, 1]) assert.deepStrictEqual(conflicts(apply(i).trimEnd().split('\n')), [], `fix ${i}`);
  });
});
