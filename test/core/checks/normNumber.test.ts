/** norm.number (GB/T 15835). */
import * as assert from 'assert';
import { corpusFiles, draft } from '../../helpers';
import { findings, testCheck } from './tester';

testCheck(
  'norm.number',
  {
    valid: [
      { name: '十二个, 第二次, 二〇二三年, 二季度', text: draft('十二个部门参加第二次会议，二〇二三年二季度开工。') },
      ...[
        // 二 that does not count: names, grades, parts of numerals, 二者 (all from the corpus).
        '宁东“二次创业”和县乡村振兴发展取得新成效，流域干流出境断面水质稳定保持二类。',
        '铃薯综合开发、乡村旅游分获全国农村创业项目大赛一、二等奖。',
        '今年，二氧化碳排放强度要降低3.1%以上，建成18号线二期等轨道交通线。',
        '发展生产和改善人民生活二者必须兼顾，全国每个公社有农业中学一点二所。',
        // 一、二、三 is a list; 最近二十多年 is not 近…多; 一两百年, 三四线城市 are estimates written right.
        '一、二、三产业增加值分别增长4.2%，要冲破一、二、三级批发的层次。',
        '但是，最近二十多年来，一直处于下降状态。',
        '它们工业发展的历史已有一两百年，目前三四线城市房地产库存仍然较多。',
        // 千伏 and 百亿亿次 are units; digits with 万 and 亿 are right (3万亿元, 8.7万元).
        '新建22个750千伏和330千伏电网工程，算力总规模达到10.36百亿亿次/秒。',
        '财政收入从11.7万亿元增加到17.3万亿元，全员劳动生产率从人均8.7万元提高到12万元以上。',
        // Arabic ordinals of events are right; Chinese numerals in fixed expressions; 一字线 in a range of targets.
        '高质量办好第48届世界技能大赛，接续实施一季度良好开局。',
        '贯彻党的二十届四中全会精神，编制国民经济和社会发展第十五个五年规划纲要。',
        '全省地区生产总值年均增长5%—5.5%，国内生产总值增长7.5%左右，规模以上工业企业利润增长12.2%。',
        '粮食产量超过1.2万亿斤，服务业增加值比重首次超过第二产业。',
      ].map((sentence) => ({ name: `real sentences: ${sentence}`, text: draft(sentence) })),
      {
        name: 'codes and numbers that are not ranges: 2019-145号, 0731-28686000, 1,000',
        text: draft('建规（地）字第2019-145号，电话0731-28686000，共1,000人。'),
      },
    ],
    invalid: [
      {
        name: 'full-width and spaced digits in running text, grouped, fixed to half-width',
        text: draft('全年接待来访１２３４人次，完成投资１．５亿元，1 9 9 3年建成。'),
        errors: [{ line: 6 }],
        output: draft('全年接待来访1234人次，完成投资1.5亿元，1993年建成。'),
      },
      {
        name: '二 where a count wants 两, never in 十二个, 第二次, 二〇二三年, 二季度',
        text: draft('新建二个园区，完成二项改革。', '十二个部门参加第二次会议，二〇二三年二季度开工。'),
        errors: [{ line: 6, count: 2 }],
      },
      { text: draft('新建二个园区。'), errors: [{ line: 6, text: '二' }], output: draft('新建两个园区。') },
      ...[
        ['全年增长约6%左右。', '全年增长约6%。'],
        ['新增就业近10多万人。', '新增就业近10万人。'],
        ['增长3～5%。', '增长3%～5%。'],
        ['预计增长4.5-5%。', '预计增长4.5%～5%。'],
        ['投资3～5万元。', '投资3万～5万元。'],
        ['到2021-2035年基本实现。', '到2021—2035年基本实现。'],
        ['每年新建3-5个园区。', '每年新建3～5个园区。'],
      ].map(([sentence, want]) => ({
        name: `约…左右, 近…多, ranges: ${sentence}`,
        text: draft(sentence),
        errors: [{ line: 6 }],
        output: draft(want),
      })),
      // Real sentences with a slip planted, or as the report has it (1955, 1957, 2016, 2018, 2026 Guangxi).
      ...[
        ['始建设的二个重型机器制造厂。', '始建设的两个重型机器制造厂。'],
        ['新建二场馆，组建二支队伍。', '新建两场馆，组建两支队伍。'],
        ['其中约有三分之二左右将用于铁路建设。', '其中约有三分之二将用于铁路建设。'],
        ['一年的收入大约有300元左右。', '一年的收入大约有300元。'],
        ['积极帮助将近一万多失业人员参加生产。', '积极帮助将近一万失业人员参加生产。'],
        ['城镇新增就业超过1100多万人。', '城镇新增就业超过1100万人。'],
        ['农业生产合作社在初建的一、二年内增产。', '农业生产合作社在初建的一两年内增产。'],
        ['要有四、五十年的时间。', '要有四五十年的时间。'],
        ['日均新设企业由5千多户增加到1万6千多户。', '日均新设企业由5000多户增加到1.6万多户。'],
        ['国内旅游人次由8300万增加到1亿3千多万。', '国内旅游人次由8300万增加到1.3亿多。'],
        ['全部工业增加值超8千亿元。', '全部工业增加值超8000亿元。'],
        ['深入贯彻党的20大和二十届4中全会精神。', '深入贯彻党的二十大和二十届四中全会精神。'],
        ['编制“15五”规划，即第15个五年规划。', '编制“十五五”规划，即第十五个五年规划。'],
        ['国内生产总值增长6.5%－7%。', '国内生产总值增长6.5%～7%。'],
      ].map(([sentence, want]) => ({
        name: `number wording: ${sentence}`,
        text: draft(sentence),
        errors: [{ line: 6, count: (sentence.match(/二[场支]|[0-9]千|20大|4中|15五|第15/g) ?? ['']).length }],
        output: draft(want),
      })),
      {
        name: '左右以上: about and at least, no certain fix',
        text: draft('全年增长10%左右以上。'),
        errors: [{ line: 6, text: '左右以上', message: /自相矛盾/ }],
      },
      {
        name: 'years written both ways outside the title block, once, at the fewer form',
        text: draft('2023年完成投资。', '2024年继续推进。', '到二〇三五年基本实现现代化。'),
        errors: [{ line: 8, message: /全文 2 处用阿拉伯数字.*1 处用汉字/ }],
      },
    ],
  },
  () => {
    it('years written both ways in a 2026 report quoting 二〇三五年 (Tianjin)', () => {
      const tianjin = corpusFiles('provincial_gwr_2026').find((f) => f.name.includes('天津'))!;
      assert.ok(findings('norm.number', tianjin).some((d) => /年份写法不一/.test(d.message)));
    });
  },
);
