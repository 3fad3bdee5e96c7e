/**
 * Slips of formulation and of number wording, planted where real reports carry the thing: a member list, a quoted
 * numbered formulation or a fixed phrase the report really writes (by the evaluation's own list, taken from the
 * party's documents, not from the check's lexicon), a number the report really states. Each plant alters that
 * occurrence and no other text.
 */
import type { Plant } from './plant';

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Member lists as the documents fix them. */
const LISTS: Record<string, string[]> = {
  四个意识: ['政治意识', '大局意识', '核心意识', '看齐意识'],
  四个自信: ['道路自信', '理论自信', '制度自信', '文化自信'],
  五位一体: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
};
/** What a drafter might write for a member: a word of the same kind. */
const NEAR: Record<string, string[]> = {
  四个意识: ['责任意识', '忧患意识', '服务意识', '法治意识'],
  四个自信: ['历史自信', '民族自信', '发展自信'],
  五位一体: ['党的建设', '法治建设', '组织建设'],
};
/** Numbered formulations no other count of which is one in its own right. */
const COUNTED = ['两个维护', '两个确立', '四个自信', '两个毫不动摇', '两个一百年', '三去一降一补'];
/** Fixed phrases, from the documents and the reports' standing formulas. */
const PHRASES = [
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '全过程人民民主',
  '社会主义核心价值观',
  '铸牢中华民族共同体意识',
  '构建人类命运共同体',
  '以人民为中心的发展思想',
  '绿水青山就是金山银山',
  '中央八项规定精神',
  '供给侧结构性改革',
  '完整准确全面贯彻新发展理念',
  '人民代表大会制度',
  '全面建成小康社会',
  '马克思列宁主义',
  '走和平发展道路',
  '创新驱动发展战略',
  '中国特色社会主义',
];

const CN = '〇一二三四五六七八九十';
const at = (text: string, re: RegExp) => [...text.matchAll(re)];

function plant(
  family: Plant['family'],
  name: string,
  text: string,
  from: number,
  to: number,
  put: string,
  rule: string,
  span?: [number, number],
): Plant {
  const [s, e] = span ?? [0, put.length];
  return {
    family,
    report: name,
    text: text.slice(0, from) + put + text.slice(to),
    start: from + s,
    end: from + e,
    rule,
  };
}

export function formulationPlants(name: string, text: string, r: Rng): Plant[] {
  const out: Plant[] = [];
  const add = (from: number, to: number, put: string, rule: string, span?: [number, number]) =>
    out.push(plant('term.formulation', name, text, from, to, put, rule, span));
  for (const [form, members] of Object.entries(LISTS)) {
    const list = members.join('、');
    for (let k = text.indexOf(list); k >= 0; k = text.indexOf(list, k + 1)) {
      const i = Math.floor(r() * members.length);
      const off = members.slice(0, i).reduce((n, m) => n + m.length + 1, 0);
      const changed = [...members];
      changed[i] = pick(r, NEAR[form]);
      add(k, k + list.length, changed.join('、'), 'member changed', [off, off + changed[i].length]);
      const other = pick(
        r,
        Object.entries(LISTS).filter(([f]) => f !== form),
      )[1];
      const swapped = [...members];
      swapped[i] = pick(r, other);
      add(k, k + list.length, swapped.join('、'), "another formulation's member", [off, off + swapped[i].length]);
      const dropped = members.filter((_, j) => j !== i).join('、');
      add(k, k + list.length, dropped, 'member dropped', [0, dropped.length]);
      const j = Math.min(i, members.length - 2);
      const reordered = [...members];
      [reordered[j], reordered[j + 1]] = [reordered[j + 1], reordered[j]];
      add(k, k + list.length, reordered.join('、'), 'members reordered', [0, list.length]);
      const n = members.length;
      const wrong = CN[n + (r() < 0.5 ? -1 : 1)];
      const named = form.includes('个') ? `“${wrong}个${form.slice(2)}”：` : '';
      if (named) add(k, k, named, 'count against the list', [1, 2]);
    }
  }
  for (const form of COUNTED)
    for (const m of at(text, new RegExp(`“${form}”`, 'g'))) {
      const c =
        form[0] === '两' ? pick(r, ['三', '一']) : pick(r, [CN[CN.indexOf(form[0]) - 1], CN[CN.indexOf(form[0]) + 1]]);
      add(m.index! + 1, m.index! + 2, c, 'count word changed');
    }
  for (const form of PHRASES)
    for (const m of at(text, new RegExp(form, 'g'))) {
      const k = m.index!;
      // An inner character: the edit a drafter's slip makes, not another phrase's boundary.
      const i = 1 + Math.floor(r() * (form.length - 3));
      const kind = pick(r, ['changed', 'dropped', 'added', 'swapped'] as const);
      const chars = text.slice(Math.max(0, k - 200), k + 200).match(/[\u4e00-\u9fff]/g) ?? ['之'];
      let put: string;
      if (kind === 'changed') {
        let c = pick(r, chars);
        while (c === form[i]) c = pick(r, chars);
        put = form.slice(0, i) + c + form.slice(i + 1);
      } else if (kind === 'dropped') put = form.slice(0, i) + form.slice(i + 1);
      else if (kind === 'added') put = form.slice(0, i) + form[i] + form.slice(i);
      else put = form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
      if (put === form) continue;
      add(k, k + form.length, put, `phrase: a character ${kind}`);
    }
  return out;
}

export function numberPlants(name: string, text: string, _r: Rng): Plant[] {
  const out: Plant[] = [];
  const add = (from: number, to: number, put: string, rule: string, span?: [number, number]) =>
    out.push(plant('norm.number', name, text, from, to, put, rule, span));
  const edits: [RegExp, (m: RegExpMatchArray) => [number, number, string, string, [number, number]?] | undefined][] = [
    [/(?<![一二三四五六七八九十第])两(?=[个项位名条件家种座所])/g, () => [0, 1, '二', '二 for 两']],
    // 约6%, 约3亿元 → …左右
    [/约([0-9.]+(?:%|万亿元|亿元|万元|万人|万|亿))/g, (m) => [m[0].length, m[0].length, '左右', '约…左右']],
    [/近([0-9.]+)(万|亿)/g, (m) => [1 + m[1].length, 1 + m[1].length, '多', '近…多']],
    [/超过([0-9.]+)(万|亿)/g, (m) => [2 + m[1].length, 2 + m[1].length, '多', '超过…多']],
    [/([0-9.]+%)左右/g, (m) => [m[0].length, m[0].length, '以上', '左右以上', [-2, 2]]],
    [
      /(?<![〇零一二三四五六七八九十])(一两|两三|三四|四五)(?=[个项次年天倍种件名人位条家所])/g,
      (m) => {
        const [a, b] = m[1] === '一两' ? ['一', '二'] : m[1] === '两三' ? ['二', '三'] : [m[1][0], m[1][1]];
        return [0, 2, `${a}、${b}`, 'estimate split by 、'];
      },
    ],
    [/(?<![0-9.])([1-9])000(?=多?[户人家个亿万])/g, (m) => [0, m[0].length, `${m[1]}千`, 'digits with 千']],
    [
      /党的(十[八九]|二十)大/g,
      (m) => [2, 2 + m[1].length, m[1] === '二十' ? '20' : m[1] === '十八' ? '18' : '19', 'Arabic in a congress'],
    ],
    [/(?<=届)([一二三四五六七])中全会/g, (m) => [0, 1, String(CN.indexOf(m[1])), 'Arabic in a plenum']],
    [/“十([三四五])五”/g, (m) => [1, 3, `1${CN.indexOf(m[1])}`, 'Arabic in a plan']],
    [/([0-9.]+)%[～—]([0-9.]+)%/g, (m) => [0, m[0].length, `${m[1]}%-${m[2]}%`, 'range with a hyphen']],
    [/([0-9.]+)%[～—]([0-9.]+)%/g, (m) => [0, m[0].length, `${m[1]}～${m[2]}%`, 'range with one unit']],
  ];
  for (const [re, make] of edits)
    for (const m of at(text, re)) {
      const e = make(m);
      if (!e) continue;
      const [s, t, put, rule, span] = e;
      const from = m.index! + s;
      // The planted span: what was put in, or for an insertion the characters around it (左右 + 以上).
      const sp: [number, number] = span ?? (put ? [0, put.length] : [0, 1]);
      add(from, m.index! + t, put, rule, sp);
    }
  return out;
}
