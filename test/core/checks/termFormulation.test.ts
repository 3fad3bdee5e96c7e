/** term.formulation: a near-miss of a formulation of the lexicon, fixed to the exact form. */
import * as assert from 'assert';
import { oneEditApart } from '../../../server/src/core/checks/termFormulation';
import { corpusFiles, draft, sharedSeed } from '../../helpers';
import { findings, fixed, testCheck } from './tester';

/** A near-miss, the exact form its fix writes, and the sentence after the fix where that is clean. */
const NEAR_MISSES: { sentence: string; form: string; after?: string }[] = [
  { sentence: '增强“四个自信”，做到“二个维护”。', form: '两个维护', after: '增强“四个自信”，做到“两个维护”。' },
  { sentence: '深刻领悟“三个确立”的决定性意义。', form: '两个确立', after: '深刻领悟“两个确立”的决定性意义。' },
  // A changed or swapped character is replaced with its window, not a shorter one (which left 社会主义意道路).
  { sentence: '坚持中国特色社会主意道路。', form: '中国特色社会主义', after: '坚持中国特色社会主义道路。' },
  { sentence: '发展全过程人民主。', form: '全过程人民民主', after: '发展全过程人民民主。' },
  { sentence: '践行社会主义核心价观值。', form: '社会主义核心价值观', after: '践行社会主义核心价值观。' },
  { sentence: '以习近平同志为核心党中央。', form: '以习近平同志为核心的党中央', after: '以习近平同志为核心的党中央。' },
];

/** A draft delivered in `year` (its subtitle's date), for what a wording was then. */
const dated = (year: number, ...body: string[]) => draft(...body).replace('2024年1月10日', `${year}年3月5日`);

/** Member lists as real reports write them (2017 national, 2013 national, Tibet 2026), and a slip planted in each. */
const MEMBER_SLIPS: { name: string; sentence: string; text?: string; message: RegExp; after?: string }[] = [
  {
    name: 'a member changed',
    sentence: '各地区、各部门不断增强政治意识、大局意识、核心意识、服务意识。',
    text: '服务意识',
    message: /「四个意识」（政治意识、大局意识、核心意识、看齐意识）中应为「看齐意识」/,
    after: '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识。',
  },
  {
    name: 'a member one character off',
    sentence: '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意思。',
    text: '看齐意思',
    message: /应为「看齐意识」/,
    after: '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识。',
  },
  {
    name: "another formulation's member",
    sentence: '各地区、各部门不断增强政治意识、大局意识、核心意识、道路自信。',
    text: '道路自信',
    message: /「道路自信」属于「四个自信」/,
    after: '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识。',
  },
  {
    name: 'a member dropped',
    sentence: '全面推进社会主义经济建设、政治建设、社会建设、生态文明建设。',
    text: '经济建设、政治建设、社会建设、生态文明建设',
    message: /少了「文化建设」/,
    after: '全面推进社会主义经济建设、政治建设、文化建设、社会建设、生态文明建设。',
  },
  {
    name: 'members out of order',
    sentence: '坚定理论自信、道路自信、制度自信、文化自信。',
    message: /顺序有误/,
    after: '坚定道路自信、理论自信、制度自信、文化自信。',
  },
  {
    name: 'the count word against the list',
    sentence: '坚定“三个自信”：道路自信、理论自信、制度自信、文化自信。',
    text: '三',
    message: /「三个自信」后列了 4 项/,
    after: '坚定“四个自信”：道路自信、理论自信、制度自信、文化自信。',
  },
];

testCheck(
  'term.formulation',
  {
    valid: [
      {
        name: 'member lists as real reports write them (2017, 2013 national: 社会建设以及生态文明建设)',
        text: draft(
          '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动全面建成小康社会取得新的重要进展。',
          '全面推进社会主义经济建设、政治建设、文化建设、社会建设以及生态文明建设，促进社会和谐稳定。',
        ),
      },
      {
        name: 'an era’s own wording: 中国特色的社会主义 in 1987, 全面建设小康社会 in 2005, 四位一体 in 2008',
        text: dated(1987, '我们正在沿着建设有中国特色的社会主义的正确道路向前迈进。'),
      },
      { text: dated(2005, '为全面建设小康社会、开创中国特色社会主义事业新局面而奋斗。') },
      { text: dated(2008, '全面推进社会主义经济建设、政治建设、文化建设、社会建设。') },
      {
        name: 'other counts that are formulations of their own (Tibet’s 三个意识, Shanxi’s 七河五湖), 一个代表',
        text: draft('深化拓展“三个意识”教育，推进“七河五湖”生态保护，每一个代表都要履职尽责。'),
      },
      {
        name: 'the exact forms, other formulations (社会主义核心价值体系, 三个全面, 三位一体), the form inside a longer phrase',
        text: draft(
          '坚持“两个确立”“两个维护”，建设有中国特色社会主义，培育社会主义核心价值体系。',
          '落实“三个全面”要求，三位一体推进，做好“两篇大文章”。',
          '坚持以习近平新时代中国特色社会主义思想为指导。',
        ),
      },
    ],
    invalid: [
      ...NEAR_MISSES.map(({ sentence, after }) => ({
        name: `a count word, a changed, dropped, added or swapped character: ${sentence}`,
        text: draft(sentence),
        errors: [{ line: 6 }],
        ...(after ? { output: draft(after) } : {}),
      })),
      ...MEMBER_SLIPS.map(({ name, sentence, text, message, after }) => ({
        name: `members: ${name}`,
        text: draft(sentence),
        errors: [{ line: 6, message, ...(text ? { text } : {}) }],
        ...(after ? { output: draft(after) } : {}),
      })),
      {
        name: 'a wording of another era in today’s report: 全面建设小康社会 after 2013, 中国特色的社会主义 after 2000',
        text: draft('决胜全面建设小康社会，坚持和发展中国特色的社会主义。'),
        errors: [
          { line: 6, text: '全面建设小康社会', message: /是 \d{4}—2011 年报告的写法，现为「全面建成小康社会」/ },
          { line: 6, text: '中国特色的社会主义', message: /现为「中国特色社会主义」/ },
        ],
        output: draft('决胜全面建成小康社会，坚持和发展中国特色社会主义。'),
      },
      {
        name: 'a draft without a date speaks in today’s words',
        text: '坚持和发展中国特色的社会主义。\n',
        errors: [{ line: 0, message: /提法已更新/ }],
      },
    ],
  },
  () => {
    it('the fix writes the exact form of every near-miss', () => {
      for (const { sentence, form } of NEAR_MISSES)
        assert.ok(fixed('term.formulation', { text: draft(sentence) }).includes(form), sentence);
    });

    it('one edit apart: a swap is one edit, the same form or another word is not', () => {
      assert.ok(
        oneEditApart('全过程人民民主', '全过程民人民主') &&
          !oneEditApart('全过程人民民主', '全过程人民民主') &&
          !oneEditApart('四个意识', '四个自信'),
      );
    });

    it("on the corpus: the 1980s–90s wording is of its time; only Chongqing's 长期护理险制度", () => {
      const all = [
        ...corpusFiles('provincial_gwr_2026'),
        ...corpusFiles('wikisource_national_gwr'),
        ...corpusFiles('noisy_scrape_national_gwr'),
      ];
      const found = all.flatMap((f) =>
        findings('term.formulation', f).map((d) => `${f.name.slice(0, 4)} ${d.message}`),
      );
      assert.deepStrictEqual(found, ['2026 提法有误：「长期护理险制度」应为「长期护理保险制度」。']);
      for (const seed of ['000', '001', '002', '003', '004'])
        assert.strictEqual(findings('term.formulation', { text: sharedSeed(seed) }).length, 0, seed);
    });
  },
);
