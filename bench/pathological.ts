/**
 * Pathological drafts, generated at any size: the inputs an attacker (or a broken export) produces. Each must be
 * checked in time linear in its size (or capped with a message); the bench and the scaling test run them at N and 4N.
 */
export interface Pathological {
  name: string;
  n: number;
  make: (n: number) => string;
}

const NUMERALS = ['一', '二', '三', '四', '五'];

export const PATHOLOGICAL: Pathological[] = [
  {
    name: 'identical paragraphs',
    n: 12_500,
    make: (n) => '一、总体情况\n' + '全年共召开常委会会议九次会议。\n'.repeat(n),
  },
  {
    name: 'session mentions',
    n: 12_500,
    make: (n) =>
      '株洲市人民代表大会常务委员会工作报告\n——2023年1月8日在株洲市第十六届人民代表大会第二次会议上\n各位代表：\n' +
      Array.from({ length: n }, (_, i) => `市第十六届人民代表大会第${NUMERALS[i % 5]}次会议${i}。`).join('\n'),
  },
  {
    name: 'numbered lines',
    n: 5_000,
    make: (n) => Array.from({ length: n }, (_, i) => `${i + 1}.第${i}项工作要点的标题文字`).join('\n'),
  },
  {
    name: 'rate sentences in one paragraph',
    n: 5_000,
    make: (n) =>
      '一、总体情况\n' +
      Array.from(
        { length: n },
        (_, i) =>
          `第${i}批共受理信访${100 + i}件，办结${90 + i}件，办结率${((100 * (90 + i)) / (100 + i)).toFixed(1)}%。`,
      ).join(''),
  },
  {
    name: 'pasted sections',
    n: 1_500,
    make: (n) =>
      Array.from(
        { length: n },
        (_, i) =>
          `（${NUMERALS[i % 5]}）加强监督工作\n围绕中心工作开展专题询问和执法检查，推动解决群众关心的突出问题。\n坚持正确监督、有效监督，增强监督刚性和实效，切实做到依法监督。`,
      ).join('\n'),
  },
  {
    // One paragraph of Chinese numerals with no measure word: a figure pattern that looks ahead for a unit after a
    // run of them backtracks through the run from every start (it did, briefly: 8,000 took 0.2 s, 32,000 seconds).
    name: 'a run of Chinese numerals in one paragraph',
    n: 20_000,
    make: (n) => '一、总体情况\n' + '一二三四五六七八九十'.repeat(Math.ceil(n / 10)).slice(0, n) + '。',
  },
  {
    name: 'text without punctuation, numbers throughout',
    n: 20_000,
    make: (n) => '一、总体情况\n' + Array.from({ length: n }, (_, i) => `召开会议${(i % 90) + 1}次`).join(''),
  },
];
