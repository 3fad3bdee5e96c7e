/**
 * The comments week (征求意见) in the real editor: three offices' returned copies of the draft, made by LibreOffice
 * through its own API (test/word/uno/review.py), imported one by one through VS Code's own file dialog; the 意见汇总
 * view lists the three offices; one item is marked 采纳 with a reason; 意见采纳情况表 is exported and read back.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { readDocx } from '../../server/src/core';
import { makeReviewedCopies, type ReviewerSpec } from '../word/uno';
import { runCommand, until } from './workbench';
import type { RunDirs } from './processes';

/** Each office's copy, with a comment whose text names it (the view's rows show the opinion). */
export const REVIEWERS: { office: string; file: string; find: string; opinion: string }[] = [
  {
    office: '市财政局',
    file: '工作报告（征求意见稿）-市财政局.docx',
    find: '主任会议22次',
    opinion: '财政局：建议核实会议次数',
  },
  {
    office: '市司法局',
    file: '工作报告（征求意见稿）-市司法局.docx',
    find: '审议通过地方性法规3部',
    opinion: '司法局：建议列出法规名称',
  },
  {
    office: '市发展改革委',
    file: '工作报告（征求意见稿）-市发展改革委.docx',
    find: '组织开展执法检查2次',
    opinion: '发展改革委：建议补充检查成效',
  },
];

/** The three returned copies in a folder of their own, made from the Word copy that was sent out. */
function makeReviewerCopies(d: RunDirs, folder: string, sentDocx: string): void {
  mkdirSync(folder, { recursive: true });
  const specs: ReviewerSpec[] = REVIEWERS.map((r) => ({
    output: join(folder, r.file),
    author: r.office,
    date: '2023-12-20T10:00:00',
    comments: [{ find: r.find, text: r.opinion }],
  }));
  makeReviewedCopies(d.root, sentDocx, specs);
}

/**
 * A path into VS Code's own file dialog (a quick input in the browser), accepted with Enter: the dialog may still be
 * listing the folder when the key comes, so Enter is pressed again until the dialog has closed.
 */
async function typePath(page: Page, path: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.fill(path);
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    const closed = await input
      .waitFor({ state: 'hidden', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
    if ((await input.inputValue()) !== path) await input.fill(path);
  }
  throw new Error(`the file dialog did not take ${path}`);
}

function assert(cond: unknown, what: string): asserts cond {
  if (!cond) throw new Error(`expected: ${what}`);
}

export async function reviewsSteps(page: Page, d: RunDirs, draft: string, sentDocx: string): Promise<void> {
  const folder = join(d.workspace, '征求意见');
  makeReviewerCopies(d, folder, sentDocx);
  await runCommand(page, 'View: Close All Editor Groups');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(draft);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: draft }).first().click();
  await page
    .locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${draft}"]`)
    .first()
    .waitFor({ timeout: 20_000 });
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: '意见汇总' }) });
  // Room for the list (the tree draws only the rows in view): the other Explorer sections folded, as a drafter
  // working through the comments would.
  for (const name of [/换年核对清单/, /^\s*(outline|大纲)/i, /^\s*(timeline|时间线)/i, /^\s*workspace/i]) {
    const h = page.locator('.pane-header', { hasText: name }).first();
    if ((await h.count()) && (await h.getAttribute('aria-expanded')) === 'true') await h.click();
  }
  // Each copy through VS Code's own open dialog (in the browser: a path typed into the quick input); the view opens
  // with the first import.
  for (const r of REVIEWERS) {
    await runCommand(page, '工作报告: 导入征求意见稿');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await typePath(page, join(folder, r.file));
    await until(
      `${r.office}'s copy imported`,
      () => pane.locator('.monaco-list-row').allInnerTexts(),
      (t) => t.some((x) => x.includes(r.office)),
      30_000,
    );
  }
  const rows = () => pane.locator('.monaco-list-row').allInnerTexts();
  await until(
    'the three offices in 意见汇总',
    rows,
    (t) => REVIEWERS.every((r) => t.some((x) => x.includes(r.office))),
    30_000,
  );
  // One item taken: 采纳 on its row, with a reason.
  const row = pane.locator('.monaco-list-row', { hasText: REVIEWERS[0].opinion }).first();
  // The row's 采纳 button asks for the reason; a click the workbench swallows (a tooltip opening) is made again.
  for (let i = 0; ; i++) {
    await row.hover();
    await row.locator('.action-label[aria-label*="采纳"]:not([aria-label*="不采纳"])').first().click();
    const asked = await input
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (asked) break;
    if (i === 3) throw new Error('采纳 did not ask for a reason');
  }
  await input.fill('已按意见核实');
  await page.keyboard.press('Enter');
  await until(
    'the item marked 采纳',
    () => pane.locator('.monaco-list-row', { hasText: REVIEWERS[0].opinion }).first().innerText(),
    (t) => t.includes('采纳：已按意见核实'),
    20_000,
  );
  // 意见采纳情况表 where the save dialog suggests it.
  await runCommand(page, '工作报告: 导出意见采纳情况表');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  const target = join(d.workspace, draft.replace(/\.txt$/, '-意见采纳情况表.docx'));
  await typePath(page, target);
  await until(
    'the table written',
    async () => existsSync(target),
    (x) => x,
    30_000,
  );
  const table = readDocx(readFileSync(target));
  assert(table.ok, 'the table reads as a Word document');
  for (const r of REVIEWERS) assert(table.text.includes(r.office), `the table has a row of ${r.office}`);
  assert(/采纳/.test(table.text) && table.text.includes('已按意见核实'), 'the decision and its reason in the table');
}
