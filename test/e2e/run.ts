/**
 * `npm run test:e2e`: the extension in a real VS Code. Installs the harness if needed, starts the VS Code server on
 * 127.0.0.1 and headless Chromium, runs the extension test suite in the real extension host, then drives the
 * workbench as a user would (Outline view, Problems panel, a quick fix), and finally installs the packaged .vsix
 * into a clean server and checks that it works. Screenshots go to test-output/e2e/screenshots. Every process it
 * started is stopped by PID, also on failure; all waiting is by polling.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser as PwBrowser, type Page } from 'playwright-core';
import {
  applyEdits,
  parseReport,
  readDocx,
  renumberDocument,
  reportStats,
  runChecks,
  TextDoc,
} from '../../server/src/core';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { ensureHarness } from './harness';
import { installTestLanguagePack } from './languagePack';
import { reviewsSteps } from './reviewsJourney';
import { panelPageTest } from './panelPage';
import {
  isolatedEnv,
  makeRunDirs,
  startChromium,
  startVsCodeServer,
  vsCodeServerCli,
  type Managed,
  type RunDirs,
} from './processes';
import {
  closeRestoredEditors,
  goToLine,
  openFromExplorer,
  openPalette,
  outlineRows,
  problemCounts,
  runCommand,
  timedOpen,
  until,
  waitForWorkbench,
} from './workbench';

const ROOT = process.cwd();
const OUTPUT = join(ROOT, 'test-output', 'e2e');
const ZHUZHOU_2022 = '2022-株洲市人大常委会工作报告.txt';
const results: { name: string; ok: boolean; error?: string }[] = [];
const started: Managed[] = [];
/** Times measured in the real editor (ms from the user's click), written to test-output/e2e/timings.json. */
const timings: { name: string; editor: number; text: number; squiggles: number }[] = [];

function log(s: string): void {
  process.stdout.write(`[e2e] ${s}\n`);
}

async function step(name: string, fn: () => Promise<void>): Promise<boolean> {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`  ✔ ${name} (${Date.now() - t0} ms)`);
    return true;
  } catch (e) {
    results.push({ name, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    log(`  ✘ ${name}\n${String(e instanceof Error ? e.message : e).replace(/^/gm, '      ')}`);
    return false;
  }
}

/** Last year's report as Word has it, for the suite's 作为工作报告打开 / 从 Word 导入 / 导出为 Word. */
const WORD_REPORT = '株洲-2022-工作报告-Word.docx';

async function prepareWorkspace(d: RunDirs): Promise<void> {
  for (const f of readdirSync(join(ROOT, 'seeds')))
    if (f.endsWith('.txt')) copyFileSync(join(ROOT, 'seeds', f), join(d.workspace, f));
  const zhuzhou = readFileSync(join(ROOT, 'seeds', ZHUZHOU_2022), 'utf8');
  writeFileSync(join(d.workspace, WORD_REPORT), await exportDocx(parseReport(new TextDoc('x', zhuzhou))));
  mkdirSync(join(d.workspace, '.vscode'), { recursive: true });
  writeFileSync(
    join(d.workspace, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'workbench.enableExperiments': false,
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );
}

function workbenchUrl(origin: string, port: number, d: RunDirs, opts: { dev?: boolean; tests?: boolean }): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload: [string, string][] = [];
  if (opts.dev) payload.push(['extensionDevelopmentPath', remote(ROOT)]);
  if (opts.tests) payload.push(['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))]);
  return `${origin}/?folder=${encodeURIComponent(d.workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

async function shot(page: Page, d: RunDirs, name: string): Promise<void> {
  const file = join(d.shots, `${name}.png`);
  await page.screenshot({ path: file });
  mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
  copyFileSync(file, join(OUTPUT, 'screenshots', `${name}.png`));
}

async function extensionSuite(
  browser: PwBrowser,
  origin: string,
  port: number,
  d: RunDirs,
  reportFile: string,
): Promise<void> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  const exit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  await page.exposeFunction('codeAutomationLog', () => undefined);
  await page.goto(workbenchUrl(origin, port, d, { dev: true, tests: true }));
  const code = await Promise.race([
    exit,
    new Promise<number>((_, rej) =>
      setTimeout(() => rej(new Error('the extension test suite did not finish in 180 s')), 180_000),
    ),
  ]);
  await page.close();
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      results: { title: string; state: string; error?: string; ms?: number }[];
    };
    for (const r of report.results)
      log(
        `    ${r.state === 'passed' ? '✔' : '✘'} ${r.title}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}${r.error ? `\n${r.error.replace(/^/gm, '        ')}` : ''}`,
      );
  } else {
    log('    (the suite wrote no report)');
  }
  if (code !== 0) throw new Error(`extension test suite exited with ${code}`);
}

/** What the status bar should count for a workspace file, from the same core the server runs. */
function expectedCounts(
  d: RunDirs,
  name: string,
): { warnings: number; errors: number; all: number; afterRenumber: number } {
  const text = readFileSync(join(d.workspace, name), 'utf8');
  const check = (t: string) => {
    const doc = new TextDoc('x', t);
    return runChecks(parseReport(doc), { positionAt: (o) => doc.positionAt(o) });
  };
  const found = check(text);
  const renumbered = check(applyEdits(text, renumberDocument(parseReport(new TextDoc('x', text)))));
  return {
    warnings: found.filter((f) => f.severity === 'warning').length,
    errors: found.filter((f) => f.severity === 'error').length,
    all: found.length,
    afterRenumber: renumbered.filter((f) => f.severity === 'warning').length,
  };
}

async function userJourney(browser: PwBrowser, origin: string, port: number, d: RunDirs): Promise<void> {
  const expected = expectedCounts(d, ZHUZHOU_2022);
  const page = await browser.contexts()[0].newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(workbenchUrl(origin, port, d, { dev: true }));
  await waitForWorkbench(page);
  // The suite ran on this workspace in the same browser: its editors come back, possibly in other groups.
  await closeRestoredEditors(page);
  // First squiggles: the first report of a new window (the extension and its server start), then another one. The
  // click comes two seconds after the workbench shows, as a drafter's would, not while VS Code is still starting.
  await page.waitForTimeout(2000);
  const cold = await timedOpen(page, ZHUZHOU_2022, '株洲市人民代表大会常务委员会工作报告');
  const warm = await timedOpen(page, '2022-衢州市人大常委会工作报告.txt', '衢州市人大常委会主任');
  timings.push({ name: 'first squiggles, cold (extension and server start)', ...cold });
  timings.push({ name: 'first squiggles, warm (another report)', ...warm });
  log(
    `  first squiggles: cold ${cold.squiggles} ms (text ${cold.text} ms), warm ${warm.squiggles} ms (text ${warm.text} ms)`,
  );
  await openFromExplorer(page, ZHUZHOU_2022);

  await step(`Problems: the status bar counts the ${expected.warnings} warnings (repeats and numbering)`, async () => {
    await until(
      `${expected.warnings} warnings`,
      () => problemCounts(page),
      (c) => c?.warnings === expected.warnings,
      45_000,
    );
  });

  await step('Outline view lists the chapters of the open report', async () => {
    const header = page.locator('.pane-header', { hasText: /outline|大纲/i }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const rows = await until(
      'outline rows',
      () => outlineRows(page),
      (r) => r.some((x) => x.includes('(一)持续加强理论武装')),
      30_000,
    );
    // The tree renders only the rows in view: check the first ones, in order and at their nesting level.
    const wanted = ['1 2022年工作回顾', '2 (四)从严开展备案审查', '2 三、严格实行正确监督', '3 (一)持续加强理论武装'];
    const at = wanted.map((w) => rows.findIndex((r) => r.startsWith(w)));
    assert(
      at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])),
      `Outline shows ${wanted.join(' > ')} in order; got ${JSON.stringify(rows.slice(0, 8))}`,
    );
    await shot(page, d, '1-outline');
  });

  await step('Problems panel lists the section, paragraph and sentence repeats', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    // The list renders only the rows in view, in line order: the first findings of the report.
    await until(
      'problem rows',
      async () => rows.allTextContents(),
      (t) =>
        ['numbering.gap', 'numbering.order', 'repeat.sentence', 'repeat.paragraph'].every((c) =>
          t.some((x) => x.includes(c)),
        ),
      30_000,
    );
    await shot(page, d, '2-problems');
  });

  await step('Chinese on screen: our commands in the palette, the findings in Problems', async () => {
    const input = await openPalette(page);
    // Each command found by its Chinese title (the list shows the first rows only).
    for (const title of ['导出为 Word', '新建下一年度草稿', '重新编号全文', '工作报告']) {
      await input.fill(`>${title}`);
      await until(
        `工作报告: …${title}… in the palette`,
        () => page.locator('.quick-input-list .monaco-list-row').allInnerTexts(),
        (r) => r.some((x) => x.startsWith('工作报告: ') && x.includes(title)),
        15_000,
      );
    }
    await shot(page, d, '0-palette-zh');
    await page.keyboard.press('Escape');
    const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
    assert(
      problems.some((t) => /编号|重复/.test(t)) && !problems.some((t) => /repeats the|Out of order|is missing/.test(t)),
      `findings in Chinese: ${problems.slice(0, 4).join(' | ')}`,
    );
  });

  await step('hovering a repeated paragraph shows the other copy', async () => {
    await goToLine(page, 55);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page
      .locator('.monaco-hover', { hasText: /与第 43 行比较/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await shot(page, d, '3-hover');
    await page.keyboard.press('Escape');
  });

  await step('the language status item shows 字数 · 段落 and the problem count', async () => {
    await page.locator('[id="status.languageStatus"]').first().click();
    const hover = page.locator('.monaco-hover', { hasText: /字数/ }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    const stats = reportStats(parseReport(new TextDoc('x', readFileSync(join(d.workspace, ZHUZHOU_2022), 'utf8'))));
    const counts = [stats.characters.toLocaleString('en-US'), String(stats.paragraphs)];
    assert(text.includes(`字数 ${counts[0]} · 段落 ${counts[1]}`), `status shows ${counts.join(' / ')}: ${text}`);
    assert(new RegExp(`问题 ${expected.all} 个`).test(text), `status shows ${expected.all} problems: ${text}`);
    await shot(page, d, '4-language-status');
    await page.keyboard.press('Escape');
  });

  await step('a quick fix from the editor removes the repeat (one warning fewer)', async () => {
    await goToLine(page, 54);
    await page.keyboard.press('F8');
    await page.locator('.marker-widget').first().waitFor({ timeout: 10_000 });
    await shot(page, d, '3-problem-peek');
    await page.keyboard.press('Escape');
    await goToLine(page, 55);
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /重复段落/ }).first();
    await item.waitFor({ timeout: 15_000 });
    await shot(page, d, '4-quick-fix');
    // The preferred fix is focused; Enter applies it, as a user would.
    assert((await item.getAttribute('class'))?.includes('focused'), 'the repeat fix is the focused (preferred) action');
    await page.keyboard.press('Enter');
    await until(
      'one warning fewer',
      () => problemCounts(page),
      (c) => c?.warnings === expected.warnings - 1,
      30_000,
    );
    await page.keyboard.press('Control+Z');
    await until(
      'all warnings back after undo',
      () => problemCounts(page),
      (c) => c?.warnings === expected.warnings,
      30_000,
    );
  });

  await step('the renumber command lists its changes, and clears the numbering warnings when confirmed', async () => {
    await runCommand(page, '工作报告: 重新编号全文');
    assert(expected.afterRenumber < expected.warnings, 'the seed has numbering warnings to clear');
    // Nothing changes before the drafter confirms in the notification that lists the changes.
    const confirm = page.locator('.notifications-toasts .monaco-button', { hasText: /^(重新编号|Renumber)$/ }).first();
    await confirm.waitFor({ timeout: 20_000 });
    await shot(page, d, '5-renumber-summary');
    assert((await problemCounts(page))?.warnings === expected.warnings, 'nothing renumbered before the click');
    await confirm.click();
    await until(
      'only the repeats and the plan part out of order left',
      () => problemCounts(page),
      (c) => c?.warnings === expected.afterRenumber,
      30_000,
    );
    await shot(page, d, '5-renumbered');
    await goToLine(page, 1); // the focus went to the notification: back to the editor for the undo
    await page.keyboard.press('Control+Z');
    await until(
      'all warnings back after undo',
      () => problemCounts(page),
      (c) => c?.warnings === expected.warnings,
      30_000,
    );
  });

  /** The comparison panel's webview frame, once its text matches `ready`. */
  const panelFrame = async (ready: RegExp) => {
    let seen = '';
    try {
      return await until(
        'the panel webview',
        async () => {
          for (const f of page.frames()) {
            const t = await f
              .locator('#app')
              .innerText({ timeout: 200 })
              .catch(() => '');
            if (/Similar passages|相似段落/.test(t)) seen = t;
            if (/Similar passages|相似段落/.test(t) && ready.test(t)) return f;
          }
          return undefined;
        },
        (f) => !!f,
        45_000,
      );
    } catch (e) {
      throw new Error(`${(e as Error).message}; the panel said: ${seen.slice(0, 400)}`, { cause: e });
    }
  };

  await step('the comparison panel opens beside the report, which keeps the focus; chapters on one line', async () => {
    await runCommand(page, 'Work Report: Open Comparison with Past Reports');
    await page
      .locator('.editor-group-container .tabs-container .tab', { hasText: /Compare with Past Reports|与往年报告对照/ })
      .first()
      .waitFor({ timeout: 20_000 });
    const groups = await page.locator('.editor-group-container').count();
    assert(groups >= 2, `the panel opens beside the report, in a group of its own: ${groups} group(s)`);
    assert(
      (await page
        .locator('.editor-group-container.active .tabs-container .tab.active', { hasText: ZHUZHOU_2022 })
        .count()) > 0,
      'the report keeps the focus',
    );
    const frame = await panelFrame(/往年报告/);
    const tabs = await frame!.getByRole('tab').allInnerTexts();
    assert(
      ['相似段落', '数据对照', '结构对照'].every((t) => tabs.some((x) => x.includes(t))),
      `the panel's tabs in Chinese: ${tabs.join(' | ')}`,
    );
    await frame!.getByRole('tab', { name: /数据对照/ }).click();
    await frame!.locator('table').first().waitFor({ timeout: 15_000 });
    await shot(page, d, '6-compare-panel');
    await frame!.getByRole('tab', { name: /Structure|结构对照/ }).click();
    await frame!.locator('table.structure').waitFor({ timeout: 15_000 });
    const heights = await frame!
      .locator('table.structure tr')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    assert(
      heights.length > 3 && Math.max(...heights) <= Math.min(...heights) + 1,
      `each chapter on one line: row heights ${heights.join(' ')}`,
    );
    await shot(page, d, '6-compare-structure');
  });

  await step(
    'a 2023 draft saved from the 2022 report: each past report counted once, never the draft; a legend; a figure click selects the figure',
    async () => {
      const draft = '2023-株洲市人大常委会工作报告.txt';
      const text = readFileSync(join(d.workspace, ZHUZHOU_2022), 'utf8').replace(
        '2022年12月29日在株洲市第十六届人民代表大会第二次会议上',
        '2023年12月28日在株洲市第十六届人民代表大会第三次会议上',
      );
      writeFileSync(join(d.workspace, draft), text);
      await until(
        'the draft in the Explorer',
        async () => {
          await runCommand(page, 'File: Refresh Explorer');
          return page.locator('.explorer-folders-view .monaco-list-row', { hasText: draft }).count();
        },
        (n) => n > 0,
        30_000,
      );
      // The draft opens in the report's group, the panel stays beside it and follows.
      await runCommand(page, 'View: Focus First Editor Group');
      await openFromExplorer(page, draft);
      // The workspace's five seeds and the bundled five are the same five reports; the draft is not one of them.
      const frame = await panelFrame(/Compared with 2022|对照：2022|2022 株洲市/);
      await frame!.getByRole('tab', { name: /Similar passages|相似段落/ }).click();
      await until(
        'the library counted for the draft',
        () => frame!.locator('#app').innerText(),
        (t) => /library of 5 reports|报告库共 5 份/.test(t),
        30_000,
      ).finally(() => shot(page, d, '6b-draft-2023-similar'));
      await frame!.getByRole('tab', { name: /Figures by year|数据对照/ }).click();
      await frame!.locator('.legend').waitFor({ timeout: 15_000 });
      assert(
        /与上年相同：是否已更新？/.test(await frame!.locator('.legend').innerText()),
        'the legend explains the colours',
      );
      const row = frame!.locator('tr.row', { has: frame!.locator('td.same') }).first();
      await row.click();
      await until(
        'the figure selected in the draft',
        () => page.locator('.statusbar-item', { hasText: /selected|已选择/ }).count(),
        (n) => n > 0,
        15_000,
      );
      await shot(page, d, '6b-draft-2023-figures');
    },
  );

  await step('the walkthrough opens with its steps', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough');
    const input = page.locator('.quick-input-widget input');
    await input.fill('工作报告');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '起草年度工作报告' }).first().click();
    // The December, step by step.
    for (const step of [
      '打开一份报告',
      '导入上年的 Word 报告',
      '生成下一年度草稿',
      '逐项处理换年核对清单',
      '导出 Word 送审',
    ])
      await page.locator('.getting-started-step', { hasText: step }).first().waitFor({ timeout: 20_000 });
    await shot(page, d, '7-walkthrough');
  });

  await step(
    'a .docx clicked in the Explorer is offered as a work report; its view shows the outline and the findings',
    async () => {
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Show Explorer');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: WORD_REPORT }).first().click();
      const offer = page
        .locator('.notifications-toasts .monaco-button', { hasText: /作为工作报告打开|Open as Work Report/ })
        .first();
      await offer.waitFor({ timeout: 20_000 });
      await offer.click();
      await page.locator('.tabs-container .tab.active', { hasText: WORD_REPORT }).first().waitFor({ timeout: 20_000 });
      // The binary tab VS Code opened for the click is gone: one tab of that name, the report view.
      await until(
        'one tab of the .docx',
        () => page.locator('.tabs-container .tab', { hasText: WORD_REPORT }).count(),
        (n) => n === 1,
        15_000,
      );
      await page
        .locator('.monaco-editor .view-lines', { hasText: '株洲市人民代表大会常务委员会工作报告' })
        .first()
        .waitFor({ timeout: 20_000 });
      const rows = await until(
        "the Word view's outline",
        () => outlineRows(page),
        (r) => r.some((x) => /工作回顾/.test(x)),
      );
      assert(rows.length > 3, `outline rows: ${rows.join(' | ')}`);
      // The first repeat of the Word view's text, from the same core the server runs: shown there with its squiggle.
      const viewText = readDocx(readFileSync(join(d.workspace, WORD_REPORT)));
      assert(viewText.ok, 'the .docx reads');
      const doc = new TextDoc('x', viewText.text);
      const first = runChecks(parseReport(doc), { positionAt: (o) => doc.positionAt(o) }).find(
        (f) => f.code === 'repeat.paragraph',
      );
      assert(first, 'the view has a repeated paragraph');
      await goToLine(page, first.range.start.line + 1);
      await until(
        'a repeat squiggled in the Word view',
        () =>
          page
            .locator('.editor-instance.active .squiggly-warning, .editor-group-container.active .squiggly-warning')
            .count(),
        (n) => n > 0,
      );
      await shot(page, d, '8-word-view');
    },
  );

  await step(
    "next year's draft from the library's 2022 report: its checklist, three items fixed by quick fix, one marked",
    async () => nextYearJourney(page, d),
  );

  await step(
    "three offices' returned copies (made by LibreOffice) imported: 意见汇总 lists them, one marked 采纳, the table exported",
    async () => {
      try {
        await reviewsSteps(page, d, ZHUZHOU_2022, join(d.workspace, WORD_REPORT));
      } finally {
        await shot(page, d, '10-reviews');
      }
    },
  );
  await page.close();
}

/** The December journey's start: 新建下一年度草稿 from last year's report, then the 换年核对清单 worked through. */
async function nextYearJourney(page: Page, d: RunDirs): Promise<void> {
  try {
    await nextYearSteps(page, d);
  } catch (e) {
    await shot(page, d, '9-checklist-failed');
    throw e;
  }
}

async function nextYearSteps(page: Page, d: RunDirs): Promise<void> {
  // The draft an earlier step saved by hand goes: this one is made by the command, under the same name.
  await runCommand(page, 'View: Close All Editor Groups');
  rmSync(join(d.workspace, '2023-株洲市人大常委会工作报告.txt'), { force: true });
  await runCommand(page, 'View: Show Explorer');
  await runCommand(page, 'File: Refresh Explorer');
  // Quick Open, as a user who knows the name would (the Explorer row may still hold the earlier step's focus).
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(ZHUZHOU_2022);
  // The row of that file itself (a fuzzy match ranks the Word copy first).
  await page.locator('.quick-input-list .monaco-list-row', { hasText: ZHUZHOU_2022 }).first().click();
  await page
    .locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${ZHUZHOU_2022}"]`)
    .first()
    .waitFor({ timeout: 20_000 });
  await runCommand(page, '工作报告: 新建下一年度草稿');
  // The active report, the same term's next session, the save dialog's suggested name beside it: Enter each time.
  for (let i = 0; i < 3; i++) {
    await page.locator('.quick-input-widget').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
  }
  const draft = join(d.workspace, '2023-株洲市人大常委会工作报告.txt');
  await until(
    'the draft written',
    async () => existsSync(draft),
    (x) => x,
    20_000,
  );
  const pane = page.locator('.pane', {
    has: page.locator('.pane-header', { hasText: /Year-over Checklist|换年核对清单/ }),
  });
  const counts = async () => {
    const m = /(\d+) to check \/ (\d+) checked|待核对 (\d+) \/ 已核对 (\d+)/.exec(
      (await pane
        .locator('.pane-header')
        .first()
        .innerText()
        .catch(() => '')) ?? '',
    );
    return m ? { open: Number(m[1] ?? m[3]), checked: Number(m[2] ?? m[4]) } : undefined;
  };
  const first = await until('the checklist of the draft', counts, (c) => !!c && c.open >= 30, 60_000);
  // Room for the list: the Outline and the Timeline folded, as a drafter working through the list would.
  for (const name of [/^\s*outline|大纲/i, /^\s*timeline|时间线/i]) {
    const header = page.locator('.pane-header', { hasText: name }).first();
    if ((await header.count()) && (await header.getAttribute('aria-expanded')) === 'true') await header.click();
  }
  const checklistHeader = pane.locator('.pane-header').first();
  if ((await checklistHeader.getAttribute('aria-expanded')) !== 'true') await checklistHeader.click();
  // The tree renders the rows in view: scroll it until the row is there.
  const rowOf = async (text: RegExp) => {
    const list = pane.locator('.monaco-list').first();
    const box = await list.boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(200);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const row = pane.locator('.monaco-list-row', { hasText: text }).first();
      if (await row.count()) return row;
      for (const t of await pane.locator('.monaco-list-row').allInnerTexts()) seen.add(t.slice(0, 12));
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(80);
    }
    throw new Error(`no checklist row ${text}; rows seen: ${[...seen].join(' | ')}`);
  };
  // Three items fixed by their quick fix: each row opens its place, Ctrl+. offers the fix first, Enter applies it.
  // Two leftover years and the counter 连续4年 (not the figure 4次).
  for (const row of [/^2022(?![0-9])/, /^2022(?![0-9])/, /^4(?:The same as last year|与上年报告相同)/]) {
    const before = (await counts())!.open;
    await (await rowOf(row)).click();
    // The row selects the place in the editor; the keyboard goes to the editor, as a user's next click would.
    await runCommand(page, 'View: Focus Active Editor Group');
    await page.keyboard.press('Control+.');
    // The fix (改为… / Write…) is the focused, preferred action; Enter applies it, as a user would.
    await page
      .locator('.action-widget .monaco-list-row.focused', { hasText: /改为|Write/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await until('one item fewer, none checked', counts, (c) => !!c && c.open === before - 1 && c.checked === 0, 30_000);
  }
  // One marked as checked from the view (its value really stayed the same).
  const row = await rowOf(/^9次/);
  await row.hover();
  await row.locator('.action-label').first().click();
  await until('one checked', counts, (c) => !!c && c.open === first!.open - 4 && c.checked === 1, 30_000);
  await shot(page, d, '9-checklist');
}

async function vsixJourney(d: RunDirs, env: NodeJS.ProcessEnv): Promise<void> {
  const vsix = join(d.root, 'work-report.vsix');
  // The same command a user runs: a production build, then vsce.
  execFileSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`    .vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
  const code = await vsCodeServerCli(d, env, ['--install-extension', vsix, '--force']);
  if (code !== 0) throw new Error(`--install-extension exited with ${code} (see vscode-cli.log)`);
  const server = await startVsCodeServer(d, env);
  started.push(server.managed);
  const browser = await startChromium({ ...d, chrome: join(d.root, 'chrome-vsix') }, env);
  started.push(browser.managed);
  const pw = await chromium.connectOverCDP(browser.wsEndpoint);
  try {
    const page = await pw.contexts()[0].newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(workbenchUrl(server.origin, server.port, d, {}));
    await waitForWorkbench(page);
    await openFromExplorer(page, '2022-衢州市人大常委会工作报告.txt');
    const header = page.locator('.pane-header', { hasText: /outline|大纲/i }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    try {
      await until(
        'outline from the installed .vsix',
        () => outlineRows(page),
        (r) => r.some((x) => x.includes('过去一年的主要工作')),
        45_000,
      );
    } finally {
      await shot(page, d, '8-installed-vsix-outline');
    }
    // This server has no language pack: VS Code is English, the findings are Chinese (the setting's default), and a
    // Chinese search finds our commands.
    await (await openPalette(page)).fill('>导出');
    await until(
      'Export as Word found by 导出 in an English VS Code',
      () => page.locator('.quick-input-list .monaco-list-row').allInnerTexts(),
      (r) => r.some((x) => x.includes('导出为 Word') && x.includes('Export as Word')),
      15_000,
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await until(
      'a Chinese finding in the Problems of an English VS Code',
      () => page.locator('.markers-panel .monaco-list-row').allInnerTexts(),
      // A finding's row: its message, then work-report(code) [Ln, Col]; the message has Chinese and no English word.
      (t) =>
        t.some((x) => {
          const message = x.split('\n')[0];
          return x.includes('norm.punctuation') && /全角/.test(message) && !/[A-Za-z]{4,}/.test(message);
        }),
      45_000,
    ).finally(() => shot(page, d, '8-installed-vsix-problems-en-ui'));
  } finally {
    await pw.close().catch(() => undefined);
    await browser.managed.stop();
    await server.managed.stop();
  }
}

function assert(cond: unknown, what: string): asserts cond {
  if (!cond) throw new Error(`expected: ${what}`);
}

async function main(): Promise<number> {
  if (
    !existsSync(join(ROOT, 'dist', 'client.js')) ||
    !existsSync(join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'))
  ) {
    log('build first: npm run build');
    return 2;
  }
  ensureHarness();
  rmSync(OUTPUT, { recursive: true, force: true });
  const d = makeRunDirs(join(OUTPUT, `run-${Date.now()}`));
  await prepareWorkspace(d);
  const reportFile = join(d.root, 'extension-suite.json');
  const env = isolatedEnv(d, { WORK_REPORT_E2E_REPORT: reportFile });
  const onSignal = () => {
    void Promise.all(started.map((m) => m.stop())).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // The suite and the journey run in zh-CN, as a drafter's VS Code; the .vsix journey runs in English.
    const server = await startVsCodeServer(d, env, installTestLanguagePack(d));
    started.push(server.managed);
    log(`VS Code server (pid ${server.managed.pid}) on ${server.origin}, in zh-CN`);
    const browser = await startChromium(d, env);
    started.push(browser.managed);
    const pw = await chromium.connectOverCDP(browser.wsEndpoint);
    log('comparison panel page in the browser:');
    await step('the panel renders the comparison, keyboard-accessible, and hostile text stays text', () =>
      panelPageTest(pw, d.root, async (name, page) => {
        await page.screenshot({ path: join(d.shots, `${name}.png`), fullPage: true });
        mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
        copyFileSync(join(d.shots, `${name}.png`), join(OUTPUT, 'screenshots', `${name}.png`));
      }),
    );
    log('extension test suite in the real extension host:');
    await step('extension test suite', () => extensionSuite(pw, server.origin, server.port, d, reportFile));
    log('user journey in the workbench:');
    await userJourney(pw, server.origin, server.port, d);
    await pw.close().catch(() => undefined);
    await browser.managed.stop();
    await server.managed.stop();
    log('packaged extension:');
    await step('the .vsix installs into a clean server and shows the outline', () => vsixJourney(d, env));
  } catch (e) {
    results.push({ name: 'e2e run', ok: false, error: String(e instanceof Error ? e.stack : e) });
    log(`run failed: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    await Promise.all(started.map((m) => m.stop()));
  }
  if (timings.length) writeFileSync(join(OUTPUT, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
  const failed = results.filter((r) => !r.ok).length;
  log(`screenshots: ${join(OUTPUT, 'screenshots')}`);
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

void main().then((code) => process.exit(code));
