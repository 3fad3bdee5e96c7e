import * as assert from 'assert';
import { findEntries, parseReport, sectionLabel, TextDoc } from '../../server/src/core';
import { foldWidth } from '../../server/src/core/text/chars';
import { corpusFiles, outlineLines, parse, sharedSeed, shippedSeeds } from '../helpers';

describe('outline of the seed reports', () => {
  it('seed 001 (株洲 2019): parts, dash lead-ins with bold lead-ins under them, the glossary part', () => {
    assert.deepStrictEqual(outlineLines(parse(sharedSeed('001'))), [
      '18 part - 过去一年的主要工作',
      '  22 lead - 2019年,我们紧扣学习贯彻习近平新时代中国特色社会主义思想这条主线,明方向、谋大局,旗帜鲜明讲政治',
      '    24 lead - 始终坚持党的全面领导',
      '    26 lead - 积极助力三大攻坚',
      '    28 lead - 依法行使决定权和任免权',
      '  30 lead - 2019年,我们紧扣经济社会发展重点难点,强监督、促落实,推动高质量发展',
      '    32 lead - 强化营商环境监督',
      '    34 lead - 强化经济运行监督',
      '    36 lead - 强化财政预算监督',
      '  38 lead - 2019年,我们紧扣人民群众的关心关切,解难事、办实事,推动民生实事落实',
      '    40 lead - 推进民生实事项目人大代表票决制试点',
      '    42 lead - 着力保障群众基本权利',
      '    44 lead - 助推美丽株洲建设',
      '    46 lead - 维护社会稳定和公平正义',
      '  48 lead - 2019年,我们紧扣全面推进依法治国,重立法、强检查,加快推进法治株洲建设',
      '    50 lead - 扎实推进地方立法',
      '    54 lead - 深入开展执法检查',
      '    56 lead - 规范开展备案审查',
      '  58 lead - 2019年,我们紧扣代表担当履职,建平台、活机制,激发代表工作活力',
      '    60 lead - 强化载体建设,搭建代表履职平台',
      '    62 lead - 强化建议办理,激发代表履职热情',
      '    64 lead - 强化服务保障,夯实代表履职基础',
      '  66 lead - 2019年,我们紧扣提升整体工作实效,建制度、提能力,焕发人大工作蓬勃生机',
      '    68 lead - 突出能力建设,综合素质有效提升',
      '    70 lead - 强化担当作为,服务中心富有成效',
      '    72 lead - 提升管理水平,整体效能不断增强',
      '80 part - 今年的主要工作',
      '  86 lead - 进一步发挥人大制度优势,不断提升治理效能',
      '  88 lead - 持续强化立法引领作用,加快推进法治建设',
      '  90 lead - 坚持正确有效监督,有力助推高质量发展',
      '  92 lead - 切实发挥代表依法履职,进一步夯实治理基础',
      '  96 lead - 坚持主题教育常态化,切实加强自身建设',
      '100 part - 名词解释',
    ]);
  });

  it('seed 003 (邵阳 2023): chapters with unnumbered lead sentences, intro paragraphs and page-break fragments excluded', () => {
    assert.deepStrictEqual(outlineLines(parse(sharedSeed('003'))), [
      '12 part - 2023年主要工作',
      '  16 chapter 一 坚持党的领导,在强化政治引领中展现人大站位',
      '    20 lead - 提升思想自觉,持续加强党的创新理论武装',
      '    22 lead - 增强政治自觉,坚决有力贯彻市委决策部署',
      '    24 lead - 体现行动自觉,闭环落实系列重要会议精神',
      '  26 chapter 二 坚持法治护航,在服务高质量发展中彰显人大作为',
      '    30 lead - 夯实法治基础,以特色立法保善治促发展',
      '    34 lead - 履行法定职能,以刚性监督防风险促发展',
      '    36 lead - 依照法定程序,以议事决策解难题谋发展',
      '  40 chapter 三 坚持人民至上,在全过程人民民主实践中担当人大使命',
      '    44 lead - 全链条践行民主观念',
      '    46 lead - 全方位畅通民意渠道',
      '    48 lead - 全覆盖联系服务群众',
      '  50 chapter 四 坚持优化服务,在保障代表依法履职中凝聚人大力量',
      '    54 lead - 抓学习培训,夯实代表“能”的基础',
      '    56 lead - 抓服务保障,增进代表“善为”的自觉',
      '    60 lead - 抓建议办理,搭建代表“有为”的平台',
      '  62 chapter 五 坚持守正创新,在高水平机关建设中提升人大形象',
      '    66 lead - 以“四个机关”为统揽,全面落实管党治党责任',
      '    68 lead - 以“五讲五比”为载体,全面激发人大队伍活力',
      '    70 lead - 以创评活动为抓手,全面展示机关良好形象',
    ]);
  });

  it('seed 004 (衢州 2022): two chapter runs, the second of heading sentences opening paragraphs', () => {
    assert.deepStrictEqual(outlineLines(parse(sharedSeed('004'))), [
      '4 part - 过去一年的主要工作',
      '  6 chapter 一 坚持党的全面领导,政治引领得到新提升',
      '    8 lead - 强化党的创新理论武装',
      '    9 lead - 坚持市委对人大工作的全面领导',
      '    10 lead - 贯彻落实党委重大决策部署',
      '  11 chapter 二 聚焦中心大局,助推高质量发展彰显新作为',
      '    13 lead - 合力打赢疫情攻坚战',
      '    14 lead - 助力经济稳进提质',
      '    15 lead - 助推四省边际中心城市建设',
      '  16 chapter 三 聚力市域治理现代化,法治保障实现新加强',
      '    18 lead - 高效推进创制立法',
      '    19 lead - 加强立法工作管理',
      '    20 lead - 促进依法行政依法监察公正司法',
      '  21 chapter 四 聚情人民对美好生活向往,助力共同富裕取得新成效',
      '    23 lead - 促进乡村振兴加快发展',
      '    24 lead - 推动公共服务提档升级',
      '    25 lead - 助力社会平安稳定',
      '  26 chapter 五 践行全过程人民民主,人民当家作主展现新气象',
      '    28 lead - 高质量推进全过程人民民主基层单元建设',
      '    29 lead - 扎实推进开发区人大工作',
      '    30 lead - 加强代表履职管理',
      '    31 lead - 提高议案建议办理质量',
      '  32 chapter 六 把握“四个机关”定位,自身建设迈上新台阶',
      '    34 lead - 全面落实党组责任',
      '    35 lead - 不断提升履职水平',
      '    36 lead - 深化党风廉政建设',
      '    37 lead - 推动人大工作创新',
      '40 part - 2023年主要任务',
      '  44 chapter 一 始终坚持党的全面领导,以更高的站位扛起政治责任',
      '  45 chapter 二 充分发挥人大职能优势,以更大的力度服务中心大局',
      '  46 chapter 三 持续深化法治引领保障,以更实的举措筑牢依法治理之基',
      '  48 chapter 四 有效发挥代表主体作用,以更高的水平践行全过程人民民主',
      '  50 chapter 五 着力提高服务大局能力,以更严的要求加强自身建设',
    ]);
  });

  it('seed 000 (株洲 2022): keeps the chapters where they are, rejects the notices and the photo caption', () => {
    const m = parse(sharedSeed('000'));
    assert.strictEqual(m.header.title?.text, '株洲市人民代表大会常务委员会工作报告');
    assert.deepStrictEqual(m.header.date, { year: 2022, month: 12, day: 29 });
    assert.deepStrictEqual(m.header.session, { term: 16, session: 2 });
    assert.deepStrictEqual(
      m.flat.filter((s) => s.kind === 'chapter').map((s) => `${s.line}:${s.number}`),
      ['39:三', '51:二', '63:四', '79:五', '99:五', '119:五', '131:二', '133:三', '135:四', '141:一'],
    );
    const part = m.sections[0];
    assert.strictEqual(part.kind, 'part');
    assert.strictEqual(part.title, '2022年工作回顾');
    // The orphan (四) of the lost first chapter sits directly under the part; the others under their chapter.
    assert.deepStrictEqual(
      part.children.filter((s) => s.kind === 'section').map((s) => s.line),
      [35],
    );
    for (const s of m.flat.filter((x) => x.kind === 'section' && x.line !== 35))
      assert.strictEqual(s.parent?.kind, 'chapter', `line ${s.line}`);
    // Lost-document notices (lines 0–17) and the mid-text photo caption (line 71) are not entries.
    assert.ok(m.flat.every((s) => s.line >= 29 && s.line !== 71));
    assert.strictEqual(m.roles[71], 'noise');
    assert.strictEqual(m.roles[0] === 'header' || m.roles[0] === 'blank', true);
  });

  it('seed 002 (湘潭 图解): web chrome and the image name are noise, unnumbered heading lines are lead-ins', () => {
    const m = parse(sharedSeed('002'));
    assert.strictEqual(m.header.title?.text, '湘潭市人民代表大会常务委员会工作报告(图解)');
    assert.deepStrictEqual(
      m.sections.map((s) => `${s.line} ${s.kind} ${s.title}`),
      [
        '16 lead 把牢政治方向更加自觉',
        '26 lead 立法工作质量有效提升',
        '34 lead 监督工作实效明显增强',
        '46 lead 代表主体作用充分发挥',
        '54 lead 依法履职能力不断提高',
        '62 part 2023年工作思路',
      ],
    );
    for (const line of [0, 1, 6, 8]) assert.ok(m.roles[line] === 'header', `line ${line} is ${m.roles[line]}`);
    for (const line of [76, 77, 78]) assert.strictEqual(m.roles[line], 'noise', `line ${line}`);
    assert.strictEqual(m.sections[5].endLine, 74, 'the last part ends before the footer');
    assert.deepStrictEqual(
      m.sections[1].children.map((s) => s.title),
      ['积极推进重点领域立法', '充分发挥人大主导作用', '完善立法协商工作机制'],
    );
  });

  it('the shipped seeds/ copies parse to the same chapters as the originals, without the scraping chrome', () => {
    const shipped = new Map(shippedSeeds().map((s) => [s.name, parse(s.text)]));
    assert.strictEqual(shipped.size, 5);
    const titles = (m: ReturnType<typeof parse>) =>
      m.flat.filter((s) => s.kind !== 'lead').map((s) => `${s.kind} ${s.number ?? '-'} ${s.title}`);
    assert.deepStrictEqual(titles(shipped.get('2022-衢州市人大常委会工作报告.txt')!), titles(parse(sharedSeed('004'))));
    assert.deepStrictEqual(titles(shipped.get('2023-邵阳市人大常委会工作报告.txt')!), titles(parse(sharedSeed('003'))));
    assert.deepStrictEqual(titles(shipped.get('2022-株洲市人大常委会工作报告.txt')!), titles(parse(sharedSeed('000'))));
    for (const [name, m] of shipped) {
      assert.ok(
        m.roles.every((r) => r !== 'noise'),
        `${name} still has noise lines`,
      );
      // The Quzhou source lost its title in scraping; the others keep theirs.
      if (!name.includes('衢州')) assert.ok(m.header.title, `${name} has a title`);
      assert.ok(m.header.salutation || name.includes('湘潭'), `${name} has its salutation in the header`);
    }
  });
});

describe('outline is the same however the text was typed', () => {
  const base = sharedSeed('004');
  const normal = (m: ReturnType<typeof parse>) => outlineLines(m).map((l) => foldWidth(l).replace(/\s+/g, ''));
  const expected = normal(parse(base));
  const variants: Record<string, (s: string) => string> = {
    CRLF: (s) => s.replace(/\n/g, '\r\n'),
    BOM: (s) => '\uFEFF' + s,
    'U+3000 indents': (s) =>
      s
        .split('\n')
        .map((l) => (l ? '\u3000\u3000' + l : l))
        .join('\n'),
    'zero-width spaces': (s) => s.replace(/、/g, '、\u200B').replace(/党/g, '\u200B党'),
    'full-width punctuation': (s) => s.replace(/,/g, '，').replace(/:/g, '：'),
    'half-width punctuation with spaces': (s) => s.replace(/，/g, ', ').replace(/,(?! )/g, ', '),
    'trailing spaces': (s) => s.replace(/\n/g, '  \n'),
  };
  for (const [name, f] of Object.entries(variants)) {
    it(name, () => assert.deepStrictEqual(normal(parse(f(base))), expected));
  }
});

describe('parsing with the last version at hand', () => {
  it('gives the model a fresh parse gives, whatever the last version was (edits, line moves, other reports, junk)', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(sharedSeed);
    const edits: ((s: string) => string)[] = [
      (s) => s.replace('各位代表', '各位委员'),
      (s) => '新的第一行\n' + s,
      (s) => s.split('\n').slice(3).join('\n'),
      (s) => s.replace(/\n\n/, '\n插入的段落。\n\n'),
      (s) => s.replace(/\n/g, '\r\n'),
      (s) => s.replace(/。/, '。\u200B<U+00A0>'),
      (s) => s.split('\n').reverse().join('\n'),
      () => '',
    ];
    const shape = (m: ReturnType<typeof parseReport>) =>
      JSON.stringify({ lines: m.lines, paragraphs: m.paragraphs, outline: outlineLines(m), header: m.header });
    let compared = 0;
    for (const [k, text] of seeds.entries()) {
      const previous = parseReport(new TextDoc('d', text));
      for (const next of [...edits.map((e) => e(text)), seeds[(k + 1) % seeds.length]]) {
        const doc = new TextDoc('d', next);
        assert.strictEqual(shape(parseReport(doc, previous)), shape(parseReport(doc)), next.slice(0, 40));
        compared++;
      }
    }
    assert.strictEqual(compared, 45);
  });
});

describe('outline of the corpus', () => {
  const MARKER = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
  const sets = [
    ...corpusFiles('provincial_gwr_2026').map((f) => ({ ...f, set: 'provincial' })),
    ...corpusFiles('wikisource_national_gwr')
      .filter((f) => Number(f.name.slice(0, 4)) >= 1978)
      .map((f) => ({ ...f, set: 'national' })),
  ];
  it('covers the provincial set and the national reports from 1978 on', () => assert.ok(sets.length >= 31 + 40));
  for (const f of sets) {
    it(`${f.set} ${f.name}: every short 一、/（一） line is an entry, sections nest under chapters`, () => {
      const m = parse(f.text);
      const byLine = new Map(m.flat.map((s) => [s.line, s]));
      let marked = 0;
      m.lines.forEach((l, i) => {
        if (l.text.length > 40 || !MARKER.test(l.text) || m.roles[i] === 'header') return;
        marked++;
        const s = byLine.get(i);
        assert.ok(s, `line ${i} "${l.text}" is not an outline entry`);
        assert.ok(['chapter', 'part', 'section'].includes(s.kind), `line ${i} is a ${s.kind}`);
      });
      assert.ok(marked > 0 || f.name.startsWith('1998'), 'the report has numbered headings');
      for (const s of m.flat) {
        if (s.kind !== 'section') continue;
        const chapterAbove = m.flat.some((c) => (c.kind === 'chapter' || c.kind === 'part') && c.line < s.line);
        if (chapterAbove)
          assert.ok(
            s.parent && ['chapter', 'part'].includes(s.parent.kind),
            `section on line ${s.line} is not under a chapter`,
          );
      }
    });
  }

  it('web chrome, datelines and photo captions of the scraped sets are never entries', () => {
    const noise = /^(下载|打印|全屏|收藏|来源：|时间：|新华社)|摄\s*$|ICP/;
    for (const f of [...corpusFiles('provincial_gwr_2026'), ...corpusFiles('noisy_scrape_national_gwr')]) {
      const m = parse(f.text);
      for (const s of m.flat)
        assert.ok(!noise.test(m.lines[s.line].text), `${f.name} line ${s.line}: ${m.lines[s.line].text}`);
    }
  });

  it('a numbered part such as 一、2025年工作回顾 stays in the chapter run', () => {
    const m = parse(corpusFiles('provincial_gwr_2026').find((f) => f.name.includes('上海'))!.text);
    assert.deepStrictEqual(
      m.sections.map((s) => `${s.kind} ${s.number} ${s.title}`),
      [
        'part 一 2025年工作回顾',
        'chapter 二 关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明',
        'part 三 2026年主要任务',
        'chapter 四 深入推进政府治理创新',
      ],
    );
    assert.strictEqual(m.sections[0].children.filter((s) => s.kind === 'section').length, 5);
  });
});

describe('findEntries: the outline entries of many reports that match a search', () => {
  const models = shippedSeeds().map((s) => parse(s.text, `file:///ws/${s.name}`));

  it('finds an entry in every report that has it, with its parent as container, in report order', () => {
    const found = findEntries(models, '党的全面领导');
    assert.ok(found.length >= 2, found.map((e) => e.name).join(' | '));
    for (const e of found) {
      assert.ok(e.name.includes('党的全面领导'));
      assert.strictEqual(e.container, e.section.parent ? sectionLabel(e.section.parent) : undefined);
    }
    const order = found.map((e) => models.indexOf(e.model));
    assert.deepStrictEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });

  it('an empty query lists every entry up to the limit; letters match in any case', () => {
    const all = models.reduce((n, m) => n + m.flat.length, 0);
    assert.strictEqual(findEntries(models, '  ').length, all);
    assert.strictEqual(findEntries(models, '', 7).length, 7);
    const markdown = [parse('# Part ONE\n## Section Two\n正文一段。\n')];
    assert.deepStrictEqual(
      findEntries(markdown, 'one').map((e) => e.name),
      ['Part ONE'],
    );
    assert.deepStrictEqual(findEntries(models, '没有这样的标题'), []);
  });
});
