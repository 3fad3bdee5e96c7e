/** Drafts and helpers of the tests of moving sections back into numbered order (numberingOrder, moveSections). */
import * as assert from 'assert';

const I = '\u3000\u3000';

/** The review's chapters as 三、二、一、, the first with sections; a closing paragraph, then the plan part. */
export const PERMUTED = [
  '过去一年的主要工作',
  `${I}一年来，常委会依法履职，各项工作取得新进展。`,
  '三、加强监督工作',
  '（一）加强经济监督',
  `${I}听取审议计划执行情况报告，相关立法见第二部分。`,
  '（二）加强民生监督',
  `${I}开展养老服务专题询问。`,
  '二、推进科学立法',
  `${I}审议法规草案十二件。`,
  '一、坚持党的领导',
  `${I}坚持以习近平新时代中国特色社会主义思想为指导。`,
  `${I}各位代表，过去一年的成绩来之不易。`,
  '今年的主要任务',
  '一、持续加强立法',
  '二、持续加强监督',
].join('\n');

/** PERMUTED with its chapters moved back: the closing paragraph and the plan part stay where they were. */
export const PERMUTED_FIXED = [
  '过去一年的主要工作',
  `${I}一年来，常委会依法履职，各项工作取得新进展。`,
  '一、坚持党的领导',
  `${I}坚持以习近平新时代中国特色社会主义思想为指导。`,
  '二、推进科学立法',
  `${I}审议法规草案十二件。`,
  '三、加强监督工作',
  '（一）加强经济监督',
  `${I}听取审议计划执行情况报告，相关立法见第二部分。`,
  '（二）加强民生监督',
  `${I}开展养老服务专题询问。`,
  `${I}各位代表，过去一年的成绩来之不易。`,
  '今年的主要任务',
  '一、持续加强立法',
  '二、持续加强监督',
].join('\n');

/**
 * `text` with its blocks of lines put in `order`: block k runs from line starts[k] to the next start, the last one
 * to line `end` (excluded). Written apart from the code under test: this is how a drafter's paste misplaces them.
 */
export function reorder(text: string, starts: number[], end: number, order: number[]): string {
  const lines = text.split('\n');
  const blocks = starts.map((s, i) => lines.slice(s, starts[i + 1] ?? end));
  return [...lines.slice(0, starts[0]), ...order.flatMap((k) => blocks[k]), ...lines.slice(end)].join('\n');
}

/** Nothing lost, added or changed: the same characters and the same lines, only in another order. */
export function assertOnlyMoved(before: string, after: string, where = ''): void {
  const sorted = (xs: string[]) => [...xs].sort().join('\u0000');
  assert.strictEqual(after.split(/\r\n|\r|\n/).length, before.split(/\r\n|\r|\n/).length, `${where} line count`);
  assert.strictEqual(sorted([...after]), sorted([...before]), `${where} characters`);
  assert.strictEqual(sorted(after.split('\n')), sorted(before.split('\n')), `${where} lines`);
}
