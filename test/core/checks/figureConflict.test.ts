/**
 * figure.conflict: a count or rate stated twice with two values. The restatements in a report's own words are one
 * class a row, each with a look-alike that must stay silent; their sentences are real reports' (national reports
 * 2014–2025, Guangdong and Xinjiang 2026, 1956, 1999), set in a report of their own shape: a review part and a plan
 * part.
 */
import * as assert from 'assert';
import { ALL_CHECKS } from '../../../server/src/core';
import { appendTo, corpusReport, parse, realReports, sharedSeed } from '../../helpers';
import { assertSilent, findings, testCheck } from './tester';

const OVERVIEW =
  '2023年，全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部，听取和审议专项工作报告14个，组织开展执法检查2次。';
const withOverview = (...body: string[]) => ['过去一年的主要工作', OVERVIEW, ...body].join('\n');
const S3 = sharedSeed('003');
const SH = corpusReport('provincial_gwr_2026/2026_上海市_政府工作报告.txt');
const inShanghai = (sentence: string) => appendTo(SH, '稳增长政策措施加快落地见', sentence);

/** A 2025 report: the review of 2024, then the plan for 2025 with its targets and their explanation. */
const report = (review: string[], plan: string[]) =>
  [
    '政府工作报告',
    '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
    '一、2024年工作回顾',
    ...review,
    '二、2025年政府工作任务',
    ...plan,
  ].join('\n') + '\n';
const TARGETS = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。';
const EXPLAINED =
  '经济增长预期目标为5%左右，既是稳就业、防风险、惠民生的需要，也有经济增长潜力和有利条件支撑。城镇调查失业率5.5%左右，体现了加大稳就业力度的要求。';
const REVIEW = ['过去一年，国内生产总值增长5%，城镇调查失业率平均5.1%，居民消费价格上涨0.2%。'];
const PLAN_CHARGERS = '适度超前建设新型基础设施，新建低空起降设施2500个、汽车充电设施50万个以上。';
const CHAPTER_CHARGERS = '新建新能源汽车充电设施超50万个，充电电量增长25%以上。';
const PLAN_SCHOOLS = '新增普通高中学位20万个以上，办好特殊教育、专门教育。';
const CHAPTER_SCHOOLS = '重点推进学位紧缺地区的普通高中学位建设，增加学位超20万个。';
const FIVE_YEARS = '过去五年，推进以文塑旅，年接待游客由1.58亿人次增加到3.23亿人次。';
const YEAR = '过去一年，文旅融合活力涌动。全年接待游客3.23亿人次、游客花费3700亿元。';
const BONDS = '国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。';
const TREASURY = '去年财政增发1000亿元国债加强基础设施建设。';
const POLICIES = '出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持。';
const GLOSSARY = [
  '名词解释',
  '4.稳增长“21”条：2025年4月1日，省政府办公厅印发若干政策措施，提出促进产业转型升级等4个方面21条措施。',
  '5.稳增长“18”条：2025年10月31日，省政府办公厅印发若干政策措施，针对消费、生产等重点领域提出18条具体举措。',
];
const VISITS = '新时代以来，习近平总书记3次亲临云南考察、4次回信，为云南明确发展定位。';
const ORDINAL = '3月19日至20日，习近平总书记在新时代第3次亲临云南考察并发表重要讲话。';
const CHAINS = '不断壮大现代化产业体系，13条重点产业链全面起势，新兴产业加速壮大。';
const PLAN_CHAINS = '聚焦现代化产业体系，壮大13条重点产业链和先进制造业集群。';
const TARGETS_6 = '今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上。';
const SPLIT = ['经济增速是综合性指标，今年预期目标设定', '\u200b', '为6%以上，考虑了经济运行恢复情况。'];

testCheck(
  'figure.conflict',
  {
    valid: [
      ...['比上年多召开常委会会议10次。', '近几年累计召开常委会会议100次。', '全年召开常委会会议近10次。'].map(
        (body) => ({ name: `another period or an approximation: ${body}`, text: withOverview(body) }),
      ),
      { name: 'the same value', text: withOverview('全年召开常委会会议9次。') },
      { name: 'another part', text: withOverview('今年的主要工作', '计划召开常委会会议8次。') },
      { name: 'seed 003', text: S3 },
      { name: 'Shanghai 2026', text: SH },
      { name: 'Shanghai 2026, a growth rate restated with the same value', text: inShanghai('全市生产总值增长5.4%。') },
      { name: 'Shanghai 2026, in a five-year sentence', text: inShanghai('过去五年，全市生产总值年均增长5.6%。') },
      { name: 'Shanghai 2026, approximate', text: inShanghai('全市生产总值增长5.6%左右。') },
      { name: 'Shanghai 2026, a list', text: inShanghai('城镇和农村居民人均可支配收入分别增长4.6%、5.8%。') },
      // Restatements.
      { name: 'a target and its explanation under another name', text: report([], [TARGETS, EXPLAINED]) },
      { name: 'a target beside the year’s actual', text: report(REVIEW, [TARGETS, EXPLAINED]) },
      {
        name: 'a five-year goal beside the year’s',
        text: report(REVIEW, [TARGETS, '“十五五”时期，城镇调查失业率控制在5.5%以内，研发经费投入强度达到3.2%左右。']),
      },
      {
        name: 'a modifier more (汽车充电设施 ⊂ 新能源汽车充电设施)',
        text: report([], [PLAN_CHARGERS, '（一）交通', CHAPTER_CHARGERS]),
      },
      {
        name: 'a subject more is another quantity (高等学校在校学生 is not 在校学生)',
        text: report(['高等学校在校学生达到29万余人。', '（二）教育', '普通中学在校学生达到443万余人。'], []),
      },
      {
        name: 'a noun named in full before (普通高中学位建设，增加学位)',
        text: report([], [PLAN_SCHOOLS, '（三）教育', CHAPTER_SCHOOLS]),
      },
      { name: 'the year’s end point of a longer span', text: report([FIVE_YEARS, YEAR], []) },
      { name: 'the start of a span is another year’s', text: report([FIVE_YEARS, '全年接待游客1.6亿人次。'], []) },
      { name: 'synonyms learnt from reports (财政债券 = 国债)', text: report([BONDS, TREASURY], []) },
      ...[
        ['城镇居民人均可支配收入增长4.6%。', '农村居民人均可支配收入增长6.6%。'],
        ['新建汽车充电设施超50万个。', '（一）交通', '新建汽车充电设施10万个。'],
        ['布局建设20个国家级、19个省级粮食产能提升重点县。', '（二）农业', '布局建设7个国家级、5个省级重点县。'],
        ['洗衣房单位造价高达三百四十六元。', '（三）建设', '厨房单位造价高达二百七十五元。'],
        ['全年进出口总额增长5%。', '上半年进出口总额增长8%。'],
      ].map((review) => ({
        name: `scopes, qualifiers, lists, per-unit, sub-year: ${review[0]}`,
        text: report(review, []),
      })),
      { name: 'a policy named by its count, in the text and the glossary', text: report([POLICIES], GLOSSARY) },
      {
        name: 'a quoted count with no entry of its stem is a name',
        text: report(['推出稳经济“30条”。', '（一）政策', '落实稳经济30条。'], []),
      },
      { name: 'a count of occasions and the latest one’s ordinal', text: report([VISITS, ORDINAL], []) },
      {
        name: 'other occasions (第五次全国经济普查)',
        text: report(['开展第五次全国经济普查。', '召开2次全国经济工作会议。'], []),
      },
      { name: 'a standing structure in the review and in the plan', text: report([CHAINS], [PLAN_CHAINS]) },
      { name: 'new ones are not a standing count', text: report(['新培育3条重点产业链。'], [PLAN_CHAINS]) },
      { name: 'a paragraph split by a scrape', text: report([], [TARGETS_6, ...SPLIT]) },
    ],
    invalid: [
      {
        name: 'a chapter restates an overview count differently',
        text: withOverview('一、监督工作', '全年召开常委会会议10次，审议各类报告。'),
        errors: [{ line: 3, text: '10次', message: /「常委会会议」前后不一致：第 2 行为 9次，此处为 10次/ }],
      },
      ...['全年共召开8次人大常委会会议。', '常委会先后召开常委会会议8次。', '一年来，召开常委会会议8次。'].map(
        (restated) => ({
          name: `seed 003: the overview's count restated, verb and word order changed: ${restated}`,
          text: appendTo(S3, '抓学习培训', restated),
          errors: [{ message: /「常委会会议」前后不一致：第 \d+ 行为 7次，此处为 8次/ }],
        }),
      ),
      {
        name: 'Shanghai 2026: a growth rate restated with another value',
        text: inShanghai('全市生产总值增长5.6%。'),
        errors: [{}],
      },
      {
        name: 'a target changed, its explanation not',
        text: report([], [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED]),
        errors: [{ line: 5, related: [4] }],
      },
      {
        name: 'the first fix writes the other side’s value here',
        text: report([], [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED]),
        errors: [{ line: 5 }],
        output: report(
          [],
          [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED.replace('为5%左右', '为4.5%左右')],
        ),
      },
      {
        name: 'the second fix writes this value on the other side',
        text: report([], [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED]),
        errors: [{ line: 5 }],
        fix: 1,
        output: report([], [TARGETS, EXPLAINED]),
      },
      {
        name: 'an explanation changed, its target not',
        text: report([], [TARGETS, EXPLAINED.replace('5.5%左右', '5.4%左右')]),
        errors: [{ line: 5, related: [4] }],
      },
      {
        name: 'a modifier more, the value changed',
        text: report([], [PLAN_CHARGERS, '（一）交通', CHAPTER_CHARGERS.replace('超50万个', '超40万个')]),
        errors: [{}],
      },
      {
        name: 'a noun named in full before, the value changed',
        text: report([], [PLAN_SCHOOLS, '（三）教育', CHAPTER_SCHOOLS.replace('超20万个', '超15万个')]),
        errors: [{}],
      },
      {
        name: 'the end point of a span changed',
        text: report([FIVE_YEARS, YEAR.replace('3.23亿', '3.02亿')], []),
        errors: [{}],
      },
      {
        name: 'synonyms, the value changed',
        text: report([BONDS, TREASURY.replace('1000亿元', '1100亿元')], []),
        errors: [{}],
      },
      {
        name: 'a policy’s count changed in the text',
        text: report([POLICIES.replace('“21条”', '“22条”')], GLOSSARY),
        errors: [{}],
      },
      {
        name: 'a policy’s count changed in the glossary',
        text: report([POLICIES], [GLOSSARY[0], GLOSSARY[1].replace('21条措施', '22条措施'), GLOSSARY[2]]),
        errors: [{}],
      },
      { name: 'the ordinal changed', text: report([VISITS, ORDINAL.replace('第3次', '第4次')], []), errors: [{}] },
      {
        name: 'a standing structure changed',
        text: report([CHAINS], [PLAN_CHAINS.replace('13条', '14条')]),
        errors: [{}],
      },
      {
        name: 'a paragraph split by a scrape, the value changed',
        text: report([], [TARGETS_6, SPLIT[0], SPLIT[1], '为7%以上，考虑了经济运行恢复情况。']),
        errors: [{}],
      },
    ],
  },
  () => {
    it('is silent on the seeds, the shipped seeds and all 88 corpus reports', () =>
      assertSilent('figure.conflict', realReports()));

    it('a quick fix makes either side equal to the other; the drafter chooses', () => {
      const text = report([], [TARGETS.replace('增长5%左右', '增长4.5%左右'), EXPLAINED]);
      const [d] = findings('figure.conflict', { text });
      const fixes = ALL_CHECKS.find((c) => c.code === 'figure.conflict')!.fixes!(
        parse(text),
        d.data as Record<string, unknown>,
      );
      assert.deepStrictEqual(
        fixes.map((f) => f.title.zh),
        ['此处改为 4.5%左右（与另一处一致）', '另一处改为 5%左右（与此处一致）'],
      );
      for (const i of [0, 1]) {
        const e = fixes[i].edits[0];
        const after = text.slice(0, e.start) + e.newText + text.slice(e.end);
        assert.deepStrictEqual(findings('figure.conflict', { text: after }), [], `fix ${i}`);
      }
    });
  },
);
