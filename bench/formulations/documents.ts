/**
 * What the corpus cannot teach: formulations as the party's documents fix them. Government work reports name 两个确立
 * and 四个自信 but never list their members, so the members are written here, each with the document that fixed
 * them; the learning script counts every one in the corpus all the same. The phrases are the lexicon's strict ones:
 * every character of them is checked (learned phrases are checked less strictly, see formulationMatch.isSlip).
 */

export interface DocumentMembers {
  members: string[];
  /** The year reports start using these members (the spring after the document). */
  since: number;
  source: string;
  /** Members of an earlier time, with the years reports used them. */
  former?: { members: string[]; years: [number, number] }[];
}

export const MEMBERS: Record<string, DocumentMembers> = {
  两个确立: {
    members: ['确立习近平同志党中央的核心、全党的核心地位', '确立习近平新时代中国特色社会主义思想的指导地位'],
    since: 2022,
    source: '党的十九届六中全会决议（2021年11月）',
  },
  两个维护: {
    members: ['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导'],
    since: 2019,
    source: '党的十九大以来中央文件（2018年）',
  },
  两个毫不动摇: {
    members: ['毫不动摇巩固和发展公有制经济', '毫不动摇鼓励、支持、引导非公有制经济发展'],
    since: 2003,
    source: '党的十六大报告（2002年）',
  },
  四个意识: {
    members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    since: 2016,
    source: '中共中央政治局会议（2016年1月）',
  },
  四个自信: {
    members: ['道路自信', '理论自信', '制度自信', '文化自信'],
    since: 2017,
    source: '庆祝中国共产党成立95周年大会讲话（2016年7月）',
  },
  五位一体: {
    members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    since: 2013,
    source: '党的十八大报告（2012年11月）',
    former: [{ members: ['经济建设', '政治建设', '文化建设', '社会建设'], years: [2006, 2012] }],
  },
  四个全面: {
    members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
    since: 2021,
    source: '党的十九届五中全会（2020年10月）',
    former: [{ members: ['全面建成小康社会', '全面深化改革', '全面依法治国', '全面从严治党'], years: [2015, 2020] }],
  },
};

/** Phrases fixed by the documents (the lexicon's 16 of issue 19, and the members above that are not lists). */
export const STRICT_PHRASES = [
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '全过程人民民主',
  '中国特色社会主义',
  '人民代表大会制度',
  '社会主义核心价值观',
  '铸牢中华民族共同体意识',
  '构建人类命运共同体',
  '供给侧结构性改革',
  '不忘初心、牢记使命',
  '习近平法治思想',
  '习近平强军思想',
  '中央八项规定精神',
  '绿水青山就是金山银山',
  '以人民为中心的发展思想',
  '两岸关系和平发展',
  ...MEMBERS['两个确立'].members,
  ...MEMBERS['两个维护'].members,
  ...MEMBERS['两个毫不动摇'].members,
  '全面建设社会主义现代化国家',
  '全面建成小康社会',
];

/** Formulations of their own one character from a phrase, never its slip. */
export const OTHERS = ['社会主义核心价值体系'];
