import * as assert from 'assert';
import {
  ALL_CHECKS,
  analyseRepeats,
  applyEdits,
  createReportService,
  DEFAULT_CONFIG,
  repeatHoverAt,
  renumberDocument,
  fixesFor,
  resolveConfig,
  runChecks,
  TextDoc,
  type Check,
  type ReportConfig,
  type ReportDiagnostic,
  type ReportService,
} from '../../server/src/core';
import { newRepeatCache } from '../../server/src/core/repeat/analysis';
import {
  contentLength,
  contentOf,
  contentWithIndex,
  gramHashes,
  gramSet,
  textGrams,
  textPrints,
  winnow,
  WINDOW,
} from '../../server/src/core/repeat/shingles';
import type { Prints } from '../../server/src/core/repeat/prints';
import { CandidateIndex, MAX_POSTINGS, newUnitId } from '../../server/src/core/repeat/candidates';
import { corpusFiles, parse, rng, sharedSeed, shippedSeeds } from '../helpers';

const REPEAT_CHECKS = ALL_CHECKS.filter((c) => c.code.startsWith('repeat.'));
function check(
  text: string,
  opts: { checks?: readonly Check[]; config?: ReportConfig; service?: ReportService } = {},
): ReportDiagnostic[] {
  const doc = new TextDoc('file:///draft/工作报告.txt', text);
  const { service, ...run } = opts;
  // Through the service: the document's previous version is kept, as in the editor.
  if (service)
    return service
      .analysis(doc, opts.config)
      .check({ positionAt: (o) => doc.positionAt(o) })
      .filter((d) => d.code.startsWith('repeat.'));
  return runChecks(parse(text, doc.uri), { positionAt: (o) => doc.positionAt(o), checks: REPEAT_CHECKS, ...run });
}
const codes = (ds: ReportDiagnostic[]) => ds.map((d) => `${d.range.start.line} ${d.code}`);
const apply = (text: string, edits: { start: number; end: number; newText: string }[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

describe('repeat checks on the seeds', () => {
  it('seed 000: the two pasted copies of section 五, the verbatim paragraph, and the (三)/(四) sentence overlap', () => {
    const found = check(sharedSeed('000'));
    assert.deepStrictEqual(codes(found), [
      '75 repeat.sentence',
      '77 repeat.paragraph',
      '99 repeat.section',
      '119 repeat.section',
    ]);
    const [sentence, paragraph, second, third] = found;
    assert.match(sentence.message, /这 4 句与第 60 行的段落中的文字重复/);
    assert.strictEqual(sentence.related[0].range.start.line, 59);
    const line75 = sharedSeed('000').split('\n')[75];
    assert.ok(line75.slice(sentence.range.start.character).startsWith('聚焦社会保险基金安全、高效运行'));
    assert.strictEqual(sentence.range.end.character, line75.length, 'the run ends with the paragraph');
    assert.strictEqual(paragraph.related[0].range.start.line, 61);
    assert.match(second.message, /「五、坚持围绕政治过硬.*」整节（10 段）与第 80 行的一节重复/);
    assert.deepStrictEqual(
      third.related.map((r) => r.range.start.line),
      [79, 99],
    );
    assert.deepStrictEqual((third.data as any)?.copies, [
      { line: 99, endLine: 117 },
      { line: 119, endLine: 129 },
    ]);
  });

  it('no repeat findings on seeds 001–004, the other shipped seeds, or the 31 provincial reports', () => {
    for (const p of ['001', '002', '003', '004']) assert.deepStrictEqual(codes(check(sharedSeed(p))), [], p);
    for (const s of shippedSeeds())
      if (!s.name.startsWith('2022-株洲')) assert.deepStrictEqual(codes(check(s.text)), [], s.name);
    for (const f of corpusFiles('provincial_gwr_2026')) assert.deepStrictEqual(codes(check(f.text)), [], f.name);
  });
});

describe('repeat.paragraph', () => {
  const a = '全年共召开常委会会议9次、主任会议22次, 审议通过地方性法规3部。';
  it('ignores white space and punctuation width, not wording', () => {
    const typedAgain = '全年共召开常委会会议９次、主任会议２２次，审议通过地方性法规３部。';
    const found = check([a, '', typedAgain].join('\n'));
    assert.deepStrictEqual(codes(found), ['2 repeat.paragraph']);
    assert.deepStrictEqual(found[0].range, {
      start: { line: 2, character: 0 },
      end: { line: 2, character: typedAgain.length },
    });
  });
  it('does not fire on short formula lines that reports repeat on purpose', () => {
    assert.deepStrictEqual(check(['各位代表！', '正文一。', '各位代表！', '正文二。'].join('\n')), []);
  });
  it('reports 10,000 identical paragraphs as one grouped finding, in bounded time', () => {
    const para = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。';
    const found = check(Array(10_000).fill(para).join('\n'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /全文共出现 10000 次/);
    assert.ok(found[0].related.length <= 20);
  });
});

describe('repeat.near-paragraph', () => {
  const original = sharedSeed('004').split('\n')[8];
  it('fires on an edited copy: words changed, a clause dropped, punctuation switched', () => {
    const edited = original
      .replace('深入学习党的二十大精神', '认真学习党的二十大精神')
      .replace(/，通过召开专题会议[^，]*，/, '，')
      .replace(/,/g, '，');
    assert.notStrictEqual(edited, original);
    const found = check(
      [original, '', '另一段无关的文字，讲的是代表工作和联络站建设的情况，与上文没有关系。', '', edited].join('\n'),
    );
    assert.deepStrictEqual(codes(found), ['4 repeat.near-paragraph']);
    assert.match(found[0].message, /与第 1 行的段落相似（相似度 \d+%）/);
    assert.ok((found[0].data as any).similarity >= 0.6 && (found[0].data as any).similarity < 1);
  });
  it('fires on a short paragraph wholly contained in a longer one', () => {
    const sentence = original.split('。')[1] + '。';
    assert.ok(sentence.length >= 30, sentence);
    const found = check([original, '', sentence].join('\n'));
    assert.deepStrictEqual(codes(found), ['2 repeat.near-paragraph']);
    assert.match(found[0].message, /已见于第 1 行的段落/);
  });
  it('does not fire on paragraphs on the same topic, nor on template lines that differ in their figures', () => {
    assert.deepStrictEqual(check(sharedSeed('003')), []);
    const template = [
      '铁：全部建成后增加的年产能力将为五百七十五万吨，五年内增加的年产能力为二百八十万吨。',
      '钢：全部建成后增加的年产能力将为六百一十万吨，五年内增加的年产能力为二百五十三万吨。',
    ];
    assert.deepStrictEqual(check(template.join('\n')), []);
  });
  it('finds ≥ 95 % of planted edited copies (5–15 % of characters edited, punctuation switched, clauses dropped), flags no unrelated paragraph', () => {
    const random = rng(20261201);
    const pool = corpusFiles('provincial_gwr_2026')
      .flatMap((f) => f.text.split('\n'))
      .filter((l) => l.length >= 80 && l.length <= 600 && !/^[（(一二三四五六七八九十]/.test(l));
    const picked: string[] = [];
    for (let i = 0; picked.length < 120 && i < pool.length * 3; i++) {
      const l = pool[Math.floor(random() * pool.length)];
      if (!picked.includes(l)) picked.push(l);
    }
    const fillers = pool.filter((l) => !picked.includes(l)).slice(0, 120);
    const chars =
      '的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩';
    const editCopy = (s: string): string => {
      let t = s;
      const target = Math.round(s.length * (0.05 + random() * 0.1));
      let changed = 0;
      while (changed < target) {
        const len = 1 + Math.floor(random() * 4);
        const at = Math.floor(random() * Math.max(1, t.length - len));
        const kind = random();
        const word = Array.from({ length: len }, () => chars[Math.floor(random() * chars.length)]).join('');
        if (kind < 0.4) t = t.slice(0, at) + word + t.slice(at + len);
        else if (kind < 0.7) t = t.slice(0, at) + t.slice(at + len);
        else t = t.slice(0, at) + word + t.slice(at);
        changed += len;
      }
      if (random() < 0.5) t = t.replace(/，/g, ', ').replace(/；/g, ';');
      if (random() < 0.3) {
        const parts = t.split('，');
        if (parts.length > 3) {
          parts.splice(1 + Math.floor(random() * (parts.length - 2)), 1);
          t = parts.join('，');
        }
      }
      return t;
    };
    const copies = picked.map(editCopy);
    const lines = [...picked, ...fillers, ...copies];
    const found = check(lines.join('\n'), {
      checks: ALL_CHECKS.filter((c) => c.code === 'repeat.near-paragraph' || c.code === 'repeat.paragraph'),
    });
    const flagged = new Map(found.map((d) => [d.range.start.line, d]));
    let hits = 0;
    copies.forEach((_, i) => {
      const d = flagged.get(picked.length + fillers.length + i);
      if (d && d.related[0].range.start.line === i) hits++;
    });
    const recall = hits / copies.length;
    assert.ok(recall >= 0.95, `recall ${(recall * 100).toFixed(1)} %`);
    const wrong = found.filter((d) => d.range.start.line < picked.length + fillers.length);
    assert.deepStrictEqual(
      wrong.map((d) => lines[d.range.start.line].slice(0, 30)),
      [],
      'unrelated paragraphs flagged',
    );
  });
});

describe('repeat.sentence', () => {
  const s1 = '开展母婴保健法“一法一办法”贯彻实施情况调研，促成市政府出台婴幼儿照护服务发展的实施意见。';
  const s2 = '聚焦社会保险基金安全高效运行，认真履行监督职责，助力守好老百姓的养老钱和保命钱。';
  // Paragraphs long and different enough that only the shared sentence repeats.
  const fillA =
    '开展城镇老旧小区改造工作专题调研，大力推动既有住宅加装电梯工作，相关做法被住建部肯定推广。对职业教育法、残疾人保障法等执法检查中发现问题的整改情况进行回头看。';
  const fillB =
    '扎实开展全市城市污水管网建设情况调查，推动中央生态环境保护督察组通报问题扎实整改到位。认真开展全市自建房安全监督工作调查，推动出台自建房安全管理办法。';
  it('fires on a sentence that appears again in another paragraph, pointing at it', () => {
    const text = [
      `一、加强监督`,
      `加强民生监督。${s1}${s2}${fillA}`,
      `二、代表工作`,
      `加强环保监督。${fillB}${s2}推动问题整改。`,
    ].join('\n');
    const found = check(text);
    assert.deepStrictEqual(codes(found), ['3 repeat.sentence']);
    const d = found[0];
    const line3 = text.split('\n')[3];
    assert.strictEqual(line3.slice(d.range.start.character, d.range.end.character), s2);
    assert.strictEqual(d.related[0].range.start.line, 1);
  });
  it('fires on an edited sentence within one part, not across the review and the plan parts', () => {
    const edited = s2.replace('认真履行', '切实履行');
    const same = [
      '过去一年的主要工作',
      `一、监督`,
      `加强民生监督。${s2}${fillA}`,
      `二、代表`,
      `加强环保监督。${fillB}${edited}`,
    ].join('\n');
    assert.deepStrictEqual(codes(check(same)), ['4 repeat.sentence']);
    const across = [
      '过去一年的主要工作',
      `加强民生监督。${s2}${fillA}`,
      '今年的主要工作',
      `加强环保监督。${fillB}${edited}`,
    ].join('\n');
    assert.deepStrictEqual(codes(check(across)), []);
  });
  it('ignores boilerplate: stop phrases and “quoted” slogans, and phrases the user adds', () => {
    const boiler = '在市委的坚强领导下，常委会坚持以习近平新时代中国特色社会主义思想为指导。';
    const slogan = '深入推进“产业项目建设年”“温暖企业行动”“一件事一次办”。';
    const text = [`第一段。${boiler}${slogan}${fillA}`, `第二段。${boiler}${slogan}${fillB}`].join('\n');
    assert.deepStrictEqual(check(text), []);
    const local = '全面落实市委关于加快建设现代化新株洲的决策部署要求。';
    const t2 = [`第一段。${local}${fillA}`, `第二段。${local}${fillB}`].join('\n');
    assert.deepStrictEqual(codes(check(t2)), ['1 repeat.sentence']);
    const { config } = resolveConfig({
      repeat: { stopPhrases: ['全面落实市委关于加快建设现代化新株洲的决策部署要求'] },
    });
    assert.deepStrictEqual(check(t2, { config }), []);
  });
});

describe('repeat.section', () => {
  it('still finds a pasted section once it has been renumbered (headings compare without their numbers)', () => {
    const text = sharedSeed('000');
    const renumbered = applyEdits(text, renumberDocument(parse(text)));
    assert.deepStrictEqual(codes(check(renumbered)), [
      '75 repeat.sentence',
      '77 repeat.paragraph',
      '99 repeat.section',
      '119 repeat.section',
    ]);
  });
  it('does not fire when only some paragraphs of a section repeat', () => {
    const lines = sharedSeed('000').split('\n');
    const found = check(lines.slice(0, 100).join('\n'));
    assert.ok(!found.some((d) => d.code === 'repeat.section'));
  });
});

describe('repeat quick fixes change only what they say', () => {
  const text = sharedSeed('000');
  const model = parse(text);
  const found = check(text);
  const fixesOf = (code: string) => fixesFor(model, code, found.find((d) => d.code === code)!.data);
  it('deleting a section copy removes exactly its lines', () => {
    const [one, all] = fixesOf('repeat.section');
    assert.match(one.title.zh, /删除这一节（第 100–118 行）/);
    const lines = text.split('\n');
    assert.strictEqual(apply(text, one.edits), [...lines.slice(0, 99), ...lines.slice(119)].join('\n'));
    assert.match(all.title.zh, /全部 2 个重复副本/);
    const cleaned = apply(text, all.edits);
    assert.strictEqual(cleaned, [...lines.slice(0, 99), ...lines.slice(131)].join('\n'));
    assert.deepStrictEqual(codes(check(cleaned)), ['75 repeat.sentence', '77 repeat.paragraph']);
  });
  it('deleting repeated sentences keeps the rest of the paragraph', () => {
    const [fix] = fixesOf('repeat.sentence');
    const after = apply(text, fix.edits);
    const before75 = text.split('\n')[75],
      after75 = after.split('\n')[75];
    assert.ok(before75.startsWith(after75.trimEnd()), 'only the tail of the paragraph went');
    assert.ok(after75.includes('连续第六年开展'));
    assert.ok(!after75.includes('养老钱'));
    assert.deepStrictEqual(
      after.split('\n').filter((_, i) => i !== 75),
      text.split('\n').filter((_, i) => i !== 75),
    );
  });
  it('every fix of every finding on the seeds edits only the lines it names', () => {
    const lineAt = (o: number) => model.lines.findIndex((l) => o >= l.start && o <= l.end);
    for (const d of found) {
      const data = d.data as { line: number; endLine?: number; copies?: { line: number; endLine: number }[] };
      const named = data.copies ?? [{ line: data.line, endLine: data.endLine ?? data.line }];
      for (const fix of fixesFor(model, d.code, d.data)) {
        for (const e of fix.edits) {
          const from = lineAt(e.start);
          assert.ok(
            named.some((c) => from >= c.line - 2 && lineAt(e.end) <= c.endLine + 2),
            `${d.code} "${fix.title.en}" edits lines ${from}–${lineAt(e.end)}`,
          );
        }
      }
    }
  });
});

describe('suppression comments and configuration', () => {
  const para = '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
  it('disable/enable blocks, disable-next-line, per code or for all', () => {
    assert.deepStrictEqual(
      codes(
        check(
          [para, '<!-- work-report-disable repeat.paragraph -->', para, '<!-- work-report-enable -->', para].join('\n'),
        ),
      ),
      ['4 repeat.paragraph'],
    );
    assert.deepStrictEqual(codes(check([para, '<!-- work-report-disable-next-line -->', para, para].join('\n'))), [
      '3 repeat.paragraph',
    ]);
    assert.deepStrictEqual(codes(check([para, '<!-- work-report-disable repeat.sentence -->', para].join('\n'))), [
      '2 repeat.paragraph',
    ]);
    assert.deepStrictEqual(codes(check([para, '<!-- work-report-disable -->', para, para].join('\n'))), []);
  });
  it('comment lines are neither paragraphs nor outline entries', () => {
    const m = parse(['<!-- work-report-disable -->', '一、坚持党的领导'].join('\n'));
    assert.deepStrictEqual([m.paragraphs.length, m.flat.length, m.roles[0]], [1, 1, 'comment']);
  });
  it('resolves configuration layers and reports bad values without dropping the rest', () => {
    const { config, problems } = resolveConfig(
      {
        severity: { 'repeat.sentence': 'off', 'repeat.paragraph': 'loud' },
        repeat: { nearThreshold: 0.7, sentenceMinLength: -1 },
        ignore: ['草稿/**'],
      },
      { severity: { 'repeat.section': 'error' } },
    );
    assert.deepStrictEqual(config.severity, { 'repeat.sentence': 'off', 'repeat.section': 'error' });
    assert.strictEqual(config.repeat.nearThreshold, 0.7);
    assert.strictEqual(config.repeat.sentenceMinLength, DEFAULT_CONFIG.repeat.sentenceMinLength);
    assert.deepStrictEqual(config.ignore, ['草稿/**']);
    assert.deepStrictEqual(problems, [
      'severity.repeat.paragraph: expected error|warning|information|hint|off',
      'repeat.sentenceMinLength: expected a number from 5 to 1000',
    ]);
    const found = check(sharedSeed('000'), { config });
    assert.deepStrictEqual(
      found.map((d) => `${d.code} ${d.severity}`),
      ['repeat.paragraph warning', 'repeat.section error', 'repeat.section error'],
    );
  });
});

describe('incremental: an edit re-shingles only what changed', () => {
  it('gives the same findings with a warm cache as from scratch, edit after edit', () => {
    let text = sharedSeed('000');
    const service = createReportService();
    const lines = text.split('\n');
    for (let i = 0; i < 12; i++) {
      const at = 31 + i * 8;
      lines[at] = i % 3 === 0 ? lines[61] : lines[at] + (i % 2 ? '另补一句说明。' : '');
      text = lines.join('\n');
      assert.deepStrictEqual(codes(check(text, { service })), codes(check(text)), `edit ${i}`);
    }
  });

  it('reuses the cached shingles of every unchanged paragraph and sentence', () => {
    const text = sharedSeed('004');
    const state = newRepeatCache();
    analyseRepeats(parse(text), DEFAULT_CONFIG.repeat, state);
    const prints = state.prints;
    const before = new Set(prints.keys());
    const edited = text.replace('强化党的创新理论武装。', '强化党的创新理论武装学习。');
    let added = 0;
    const spy = new Proxy(prints, {
      get(t, k) {
        const v = Reflect.get(t, k);
        if (k === 'set')
          return (key: string, val: Prints) => {
            added++;
            return t.set(key, val);
          };
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
    state.prints = spy as typeof prints;
    analyseRepeats(parse(edited), DEFAULT_CONFIG.repeat, state);
    assert.ok(
      added >= 1 && added <= 3,
      `${added} new shingle sets after a one-paragraph edit (the paragraph and its changed sentence)`,
    );
    assert.ok([...prints.keys()].filter((k) => !before.has(k)).length === added);
  });
});

/** Candidate pairs straight from the definition: units sharing enough fingerprints that are not boilerplate. */
function pairsByDefinition(units: { prints: Uint32Array }[]): Array<[number, number]> {
  const holders = new Map<number, number[]>();
  units.forEach((u, i) => u.prints.forEach((f) => holders.set(f, [...(holders.get(f) ?? []), i])));
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++)
        shared.set(`${list[a]},${list[b]}`, (shared.get(`${list[a]},${list[b]}`) ?? 0) + 1);
  }
  const out: Array<[number, number]> = [];
  for (const [key, n] of shared) {
    const [a, b] = key.split(',').map(Number);
    if (n >= (Math.min(units[a].prints.length, units[b].prints.length) <= 8 ? 1 : 2)) out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

describe('candidate index', () => {
  it('pairs units whose ids are large (a server that has run for long: ids past 2^21)', () => {
    const shared = Uint32Array.of(5, 9, 17);
    const units = [
      { id: 3_000_001, prints: shared },
      { id: 40_000_000, prints: Uint32Array.of(1, 2) },
      { id: 60_000_123, prints: shared },
    ];
    assert.deepStrictEqual(new CandidateIndex<(typeof units)[number]>().update(units), [[0, 2]]);
  });

  it('after any sequence of updates, pairs exactly what a fresh index pairs', () => {
    const random = rng(7);
    // Small fingerprint alphabet so posting lists cross the boilerplate bound both ways.
    const unit = () => ({
      id: newUnitId(),
      prints: Uint32Array.from(
        new Set(Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.floor(random() * 26))),
      ).sort(),
    });
    let units = Array.from({ length: 30 }, unit);
    const kept = new CandidateIndex<{ id: number; prints: Uint32Array }>();
    for (let step = 0; step < 200; step++) {
      const next = units.filter(() => random() > 0.1);
      for (let k = Math.floor(random() * 5); k > 0; k--)
        next.splice(Math.floor(random() * (next.length + 1)), 0, unit());
      // Now and then a unit moves (a paragraph cut and pasted elsewhere): the same object at another place.
      if (next.length > 2 && random() < 0.3)
        next.splice(Math.floor(random() * next.length), 0, ...next.splice(Math.floor(random() * next.length), 1));
      units = next;
      assert.deepStrictEqual(kept.update(units), pairsByDefinition(units), `step ${step}`);
    }
  });
});

describe("a section pasted at the end of its run, before the part's closing paragraphs", () => {
  const lines = sharedSeed('004').split('\n');
  // Chapter 二 (lines 11–15) pasted after chapter 六, right before 各位代表!… and 在肯定成绩的同时….
  const pasted = [...lines.slice(0, 38), ...lines.slice(11, 16), ...lines.slice(38)].join('\n');
  const found = () => {
    const doc = new TextDoc('file:///draft/工作报告.txt', pasted);
    return runChecks(parse(pasted, doc.uri), { positionAt: (o) => doc.positionAt(o) });
  };
  it('is reported as repeat.section, and its range stops before the closing paragraphs', () => {
    const s = found().filter((d) => d.code === 'repeat.section');
    assert.deepStrictEqual(
      s.map((d) => [d.range.start.line, (d.data as any)?.endLine]),
      [[38, 42]],
    );
    assert.ok(pasted.split('\n')[43].startsWith('各位代表!'), 'the closing follows the copy');
    assert.ok(
      !found().some((d) => d.code === 'repeat.paragraph' && d.range.start.line >= 38 && d.range.start.line <= 42),
      'its paragraphs are reported once, on the section',
    );
  });
});

describe('the hover of a repeat, from the findings alone (offsets)', () => {
  const text = sharedSeed('000');
  const doc = new TextDoc('file:///draft/工作报告.txt', text);
  const model = parse(text, doc.uri);
  const found = runChecks(model, { positionAt: (o) => doc.positionAt(o) });

  it('a pasted section: the whole copy against the whole original, from its heading to its last paragraph', () => {
    const section = found.find((d) => d.code === 'repeat.section')!;
    const h = repeatHoverAt(model, found, section.start + 1, 'zh')!;
    assert.deepStrictEqual([h.start, h.end], [section.start, section.end]);
    const original = model.flat.find((s) => s.start === section.related[0].start)!;
    assert.match(h.markdown, new RegExp(`与第 ${original.line + 1} 行比较`));
    // The original's last paragraph is in the hover, not only its heading.
    const lastOfOriginal = model.paragraphs.filter((p) => p.line > original.line && p.line <= original.endLine).pop()!;
    assert.ok(h.markdown.replace(/\\/g, '').includes(lastOfOriginal.text.slice(0, 12)), 'the original section in full');
  });

  it('none outside a repeat; a paragraph copy names the line of the first one', () => {
    const para = found.find((d) => d.code === 'repeat.paragraph')!;
    assert.match(repeatHoverAt(model, found, para.start, 'en')!.markdown, /Compared with line 62/);
    const clean = model.paragraphs.find((p) => !found.some((d) => d.start <= p.start && p.start <= d.end))!;
    assert.strictEqual(repeatHoverAt(model, found, clean.start, 'zh'), undefined);
  });
});

describe('winnowing', () => {
  /** The definition: in every window of WINDOW hashes, the rightmost minimum; each position picked once. */
  function byDefinition(h: Uint32Array): number[] {
    if (h.length <= WINDOW) return h.length ? [Math.min(...h)] : [];
    const picked = new Set<number>();
    for (let i = 0; i + WINDOW <= h.length; i++) {
      let m = i;
      for (let j = i; j < i + WINDOW; j++) if (h[j] <= h[m]) m = j;
      picked.add(m);
    }
    return [...new Set([...picked].map((p) => h[p]))].sort((a, b) => a - b);
  }

  it('keeps the rightmost minimum of every window, on random hashes with many ties and on real text', () => {
    const random = rng(11);
    for (let t = 0; t < 300; t++) {
      const alphabet = 1 + Math.floor(random() * (t % 2 ? 6 : 1e9));
      const h = Uint32Array.from({ length: Math.floor(random() * 60) }, () => Math.floor(random() * alphabet));
      assert.deepStrictEqual([...winnow(h)], byDefinition(h), `case ${t}: ${[...h].join(',')}`);
    }
    const text = gramHashes(contentOf(sharedSeed('000')));
    assert.deepStrictEqual([...winnow(text)], byDefinition(text));
  });
});

describe('content characters', () => {
  it('contentOf, contentWithIndex and contentLength agree: CJK, full-width letters and digits, surrogate pairs, accents, emoji', () => {
    const samples = [
      sharedSeed('000'),
      '２０２３年，ＧＤＰ增长５．４％　（同比）',
      '𠀀𠀁字，😀表情，Café naïve，①②，Ⅻ，ｶﾀｶﾅ，\u3000全角空格\t制表',
      '',
      '\ud800孤立的代理项\udc00',
    ];
    for (const t of samples) {
      const { content, before } = contentWithIndex(t);
      assert.strictEqual(contentOf(t), content, t.slice(0, 20));
      assert.strictEqual(contentLength(t), content.length, t.slice(0, 20));
      assert.strictEqual(before[t.length], content.length);
    }
    assert.strictEqual(contentOf('２０２３年，ＧＤＰ增长５．４％'), '2023年GDP增长54');
  });
});

describe('one-pass fingerprints (library entries and queries)', () => {
  it('textPrints and textGrams equal the step-by-step winnow and gram set on every corpus paragraph and odd text', () => {
    const texts = ['provincial_gwr_2026', 'wikisource_national_gwr']
      .flatMap((sub) => corpusFiles(sub))
      .flatMap((f) => f.text.split('\n'))
      .concat(['', '一', '一二', '一二三', '𠀀𠀁字，😀', '\ud800孤立', '２０２３年ＧＤＰ', 'x'.repeat(20_000)]);
    // Long after short and short after long: what a scratch buffer left behind must never leak into the next.
    texts.sort((a, b) => (a.length % 7) - (b.length % 7));
    let compared = 0;
    for (const t of texts) {
      const h = gramHashes(contentOf(t));
      assert.deepStrictEqual(textPrints(t), winnow(h), t.slice(0, 30));
      assert.deepStrictEqual(textGrams(t), gramSet(h), t.slice(0, 30));
      const min = 20;
      assert.strictEqual(textPrints(t, min) === undefined, contentOf(t).length < min);
      compared++;
    }
    assert.ok(compared > 5000, `${compared}`);
  });
});
