import * as assert from 'assert';
import { classifyLine, isPartTitle } from '../../server/src/core/model/classify';
import { isNoiseLine } from '../../server/src/core/model/noise';
import { outlineLines, parse } from '../helpers';

describe('line classification', () => {
  const kinds: [string, string | undefined, string | null, string][] = [
    ['一、坚持党的领导，在强化政治引领中展现人大站位', 'chapter', '一', '坚持党的领导，在强化政治引领中展现人大站位'],
    ['二十一、其他', 'chapter', '二十一', '其他'],
    ['三．持续深化法治', 'chapter', '三', '持续深化法治'],
    [
      '一、始终坚持党的全面领导,以更高的站位扛起政治责任。坚持不懈用习近平新时代…',
      'chapter',
      '一',
      '始终坚持党的全面领导,以更高的站位扛起政治责任',
    ],
    ['## 三、严格实行正确监督', 'chapter', '三', '严格实行正确监督'],
    ['**一、坚持党的领导**', 'chapter', '一', '坚持党的领导'],
    ['一、2025年工作回顾', 'part', '一', '2025年工作回顾'],
    ['（一）稳定和完善宏观经济政策。我们宏观调控还有创新手段', 'section', '一', '稳定和完善宏观经济政策'],
    ['(四) 从严开展备案审查。坚持有件必备', 'section', '四', '从严开展备案审查'],
    ['1.通过“以工代赈”发放劳务报酬20亿元以上；扩大失业保险', 'item', '1', '通过“以工代赈”发放劳务报酬20亿元以上'],
    ['２、加强监督', 'item', '２', '加强监督'],
    ['（1）有步骤地实行半工半读的教育制度。中等学校', 'subitem', '1', '有步骤地实行半工半读的教育制度'],
    ['### 过去一年的主要工作', 'part', null, '过去一年的主要工作'],
    ['2023年主要任务', 'part', null, '2023年主要任务'],
    ['今年的主要工作', 'part', null, '今年的主要工作'],
    ['名词解释', 'part', null, '名词解释'],
    [
      '——2019年,我们紧扣代表担当履职,建平台、活机制,激发代表工作活力',
      'lead',
      null,
      '2019年,我们紧扣代表担当履职,建平台、活机制,激发代表工作活力',
    ],
    ['**始终坚持党的全面领导。**按照中央、省委和市委统一安排部署', 'lead', null, '始终坚持党的全面领导'],
    ['# 关于本报告', 'heading', null, '关于本报告'],
  ];
  for (const [text, kind, number, title] of kinds) {
    it(`${text.slice(0, 24)} → ${kind}`, () => {
      const m = classifyLine(text);
      assert.ok(m, 'classified');
      assert.deepStrictEqual([m.kind, m.number, m.title], [kind, number, title]);
    });
  }
  const notEntries = [
    '一、二季度经济运行总体平稳',
    '二、三产业比重持续上升',
    '一九五八，将积极发展燃料、电力和原材料的生产',
    '1.5万名代表参加培训',
    '2023年，全市经济运行稳中向好。',
    '第一，稳定和完善宏观经济政策。',
    '各位代表：',
    '●在坚持党的全面领导上把准湘潭人大航向。',
  ];
  for (const text of notEntries) it(`not an entry: ${text}`, () => assert.strictEqual(classifyLine(text), undefined));

  it('part titles need a time anchor and a part ending', () => {
    for (const t of [
      '2022年工作回顾',
      '过去一年的主要工作',
      '2023年工作思路',
      '对今年政府工作的建议',
      '2026年重点工作',
      '名词解释',
    ])
      assert.ok(isPartTitle(t), t);
    for (const t of ['立法工作', '把牢政治方向更加自觉', '2022年,常委会认真履行职责,圆满完成各项工作', '加强监督工作'])
      assert.ok(!isPartTitle(t), t);
  });

  it('recognises noise lines', () => {
    for (const t of [
      '000.jpg',
      '(下转3版)',
      '（上接第2版）',
      '2023-03-03 10:23:07',
      '株洲日报记者 易翔 摄',
      '新闻热线: 85309264 | 收藏首页 | 在线投稿',
      '《人民之友》杂志社 版权所有 copyright 2014-2015 湘ICP备15001378号-1',
      '新华社北京3月17日电',
      '刘光跃作市人大常委会常务委员会工作报告。',
      'http://www.hnrmzy.com 文章来源:湘潭在线',
    ]) {
      assert.ok(isNoiseLine(t), t);
    }
    for (const t of [
      '一、坚持党的领导',
      '全年共召开常委会会议9次、主任会议22次。',
      '把牢政治方向更加自觉',
      '2023年主要任务',
    ])
      assert.ok(!isNoiseLine(t), t);
  });
});

describe('nesting of hand-made drafts', () => {
  it('nests items and sub-items, restarts at a new part, keeps leads under the nearest entry', () => {
    const draft = [
      '某某市人民代表大会常务委员会工作报告',
      '',
      '各位代表：',
      '',
      '现在，我受市人大常委会委托，向大会报告工作，请予审议。',
      '',
      '过去一年的主要工作',
      '',
      '一、坚持党的领导',
      '',
      '（一）加强政治建设',
      '',
      '1.强化理论武装。全年组织学习12次，覆盖全体组成人员。',
      '',
      '（1）中心组学习。按月开展集中学习，形成学习成果汇编。',
      '',
      '2.落实请示报告',
      '',
      '（二）加强思想建设',
      '',
      '二、依法立法',
      '',
      '今年的主要工作',
      '',
      '一、围绕中心抓监督',
      '',
    ].join('\n');
    assert.deepStrictEqual(outlineLines(parse(draft)), [
      '6 part - 过去一年的主要工作',
      '  8 chapter 一 坚持党的领导',
      '    10 section 一 加强政治建设',
      '      12 item 1 强化理论武装',
      '        14 subitem 1 中心组学习',
      '      16 item 2 落实请示报告',
      '    18 section 二 加强思想建设',
      '  20 chapter 二 依法立法',
      '22 part - 今年的主要工作',
      '  24 chapter 一 围绕中心抓监督',
    ]);
  });

  it('one short opening sentence is prose; a run of them under an entry is a list of lead-ins', () => {
    const single = [
      '一、坚持党的领导',
      '常委会始终坚持党的领导。全年召开党组会议十余次，研究重大事项，推动工作落实见效。',
    ].join('\n');
    assert.deepStrictEqual(outlineLines(parse(single)), ['0 chapter 一 坚持党的领导']);
    const run = [
      '一、坚持党的领导',
      '强化理论武装。深入学习党的二十大精神，开展专题学习和集中宣讲活动。',
      '落实请示报告。重大事项及时向市委请示报告，确保正确政治方向。',
    ].join('\n');
    assert.deepStrictEqual(outlineLines(parse(run)), [
      '0 chapter 一 坚持党的领导',
      '  1 lead - 强化理论武装',
      '  2 lead - 落实请示报告',
    ]);
  });

  it('parses empty and blank documents to an empty outline', () => {
    for (const t of ['', '\n\n', '   \n\u3000\n', '\uFEFF']) {
      const m = parse(t);
      assert.deepStrictEqual(m.sections, []);
      assert.deepStrictEqual(m.paragraphs, []);
    }
  });

  it('stays linear on 50-deep nesting and very long lines', () => {
    const deep = Array.from({ length: 50 }, (_, i) => `${'#'.repeat(1 + (i % 6))} 标题${i}`).join('\n');
    assert.strictEqual(parse(deep).flat.length, 50);
    const long = '一、' + '很长的一段话'.repeat(200_000);
    const m = parse(long);
    assert.strictEqual(m.flat.length, 1);
    assert.ok(m.flat[0].title.length <= 60);
  });
});
