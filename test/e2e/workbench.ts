/** Driving the VS Code web workbench like a user: Quick Open, the Outline view, the Problems panel, quick fixes. */
import type { Page } from 'playwright-core';

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  // Keyboard shortcuts do nothing until the page has focus.
  await page.click('.explorer-folders-view .monaco-list-row');
}

/** Opens a file of the workspace's top folder by clicking it in the Explorer, as a user would. */
export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page
    .locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${fileName}"]`)
    .first()
    .waitFor({ timeout: 20_000 });
  await activeEditorLines(page).click();
}

/** The text area of the editor that has focus: the workbench may have restored other groups beside it. */
function activeEditorLines(page: Page) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
}

/** Closes whatever editors and groups the workbench restored from an earlier session on the same workspace. */
export async function closeRestoredEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editor Groups');
  await page
    .locator('.editor-group-container .tabs-container .tab')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * The command palette's input, opened with F1. A key pressed while the workbench is still busy (a walkthrough
 * opening, a view taking the focus) can be lost: it is pressed again until the palette shows.
 */
export async function openPalette(page: Page) {
  const input = page.locator('.quick-input-widget input');
  for (let i = 0; ; i++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      return input;
    } catch (e) {
      if (i === 4) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

export async function runCommand(page: Page, label: string): Promise<void> {
  const input = await openPalette(page);
  await input.fill('>' + label);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
}

/** The rows the Outline view shows (expanded entries only, those in view), each as `level label`. */
export async function outlineRows(page: Page): Promise<string[]> {
  return page
    .locator('.outline-pane .monaco-list-row')
    .evaluateAll((rows) =>
      rows.map(
        (r) => `${r.getAttribute('aria-level') ?? '?'} ${(r.getAttribute('aria-label') ?? r.textContent ?? '').trim()}`,
      ),
    );
}

/** Error and warning counts from the status bar's problems item (⊗ N ⚠ M; with info markers a third number). */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number } | undefined> {
  const item = page.locator('[id="status.problems"]').first();
  if (!(await item.count())) return undefined;
  const numbers = ((await item.innerText()).match(/\d+/g) ?? []).map(Number);
  return numbers.length >= 2 ? { errors: numbers[0], warnings: numbers[1] } : undefined;
}

export async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await get();
    if (ok(last)) return last;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Ctrl+G: puts the cursor at the start of a (1-based) line of the active editor. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await activeEditorLines(page).click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`); // Ctrl+G opens Quick Open in its go-to-line mode (the ':' prefix)
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Opens a report from the Explorer and times, in the page's own clock, the user's click → the report's tab active
 * → its first squiggle (any severity) in that editor. A figure for the timings report, never asserted.
 */
export async function timedOpen(
  page: Page,
  fileName: string,
  firstText: string,
): Promise<{ editor: number; text: number; squiggles: number }> {
  const tab = `.editor-group-container.active .tabs-container .tab.active[aria-label*="${fileName}"]`;
  const squiggle = ['warning', 'info', 'error'].map((s) => `.editor-group-container.active .squiggly-${s}`).join(',');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor();
  // The probe runs in the page: it sees the tab and the squiggle the frame they are drawn.
  await page.evaluate(`(() => {
    const w = window;
    w.__wrTiming = {};
    const poll = () => {
      const now = performance.now();
      const t = w.__wrTiming;
      if (t.t0 !== undefined && t.editor === undefined && document.querySelector(${JSON.stringify(tab)})) t.editor = now;
      const lines = document.querySelector('.editor-group-container.active .view-lines');
      if (t.editor !== undefined && t.text === undefined && lines && lines.textContent.includes(${JSON.stringify(firstText)})) t.text = now;
      if (t.text !== undefined && document.querySelector(${JSON.stringify(squiggle)})) t.squiggles = now;
      if (t.squiggles === undefined) requestAnimationFrame(poll);
    };
    document.addEventListener('mousedown', () => { w.__wrTiming.t0 ??= performance.now(); w.__wrTiming.epoch = Date.now(); }, { capture: true, once: true });
    requestAnimationFrame(poll);
  })()`);
  await row.click();
  const t = await until(
    `squiggles in ${fileName}`,
    () =>
      page.evaluate('window.__wrTiming') as Promise<{ t0: number; editor?: number; text?: number; squiggles?: number }>,
    (v) => v.squiggles !== undefined,
    60_000,
  );
  return {
    editor: Math.round(t.editor! - t.t0),
    text: Math.round(t.text! - t.t0),
    squiggles: Math.round(t.squiggles! - t.t0),
  };
}
