/**
 * The comparison panel's page in a real browser, outside VS Code: dist/panel.js (built from client/webview/panel.ts)
 * and media/panel.css with a stub of the webview API, fed with data computed by the core (the seeds as library, a 2020 draft made from the 2019 report),
 * then with hostile text from a library report. Nothing from a document may run or become markup.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { LibraryIndex, libraryEntry, parseReport, TextDoc, textsInMemory } from '../../server/src/core';

const ROOT = process.cwd();
const PANEL_WIDTH = 560;
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function data() {
  const seeds = [
    '2019-株洲市人大常委会工作报告.txt',
    '2022-株洲市人大常委会工作报告.txt',
    '2022-衢州市人大常委会工作报告.txt',
  ];
  const lib = new LibraryIndex(
    textsInMemory(new Map(seeds.map((f) => [`file:///seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8')]))),
  );
  lib.setEntries(
    seeds.map((f) =>
      libraryEntry(
        parseReport(new TextDoc(`file:///seeds/${f}`, readFileSync(join(ROOT, 'seeds', f), 'utf8'))),
        `file:///seeds/${f}`,
        f,
      ),
    ),
  );
  const draft = readFileSync(join(ROOT, 'seeds', seeds[0]), 'utf8')
    .replace(
      '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
      '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
    )
    .replace('刚刚过去的一年,是新中国成立70周年', '刚刚过去的一年,是全面建成小康社会和“十三五”规划收官之年')
    .replace('主任会议16次', '主任会议18次');
  const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
  const model = parseReport(new TextDoc(uri, draft));
  const line = model.lines.findIndex((l) => l.text.startsWith('刚刚过去的一年'));
  return {
    uri,
    compare: {
      reports: lib.size,
      summary: lib.summary(model, uri),
      figures: lib.figures(model, uri),
      structure: lib.structure(model, uri),
    },
    similar: { line, text: model.lines[line].text, matches: lib.similar(model.lines[line].text, 5, uri) },
  };
}

const STRINGS = {
  similar: '相似段落',
  figures: '数据对照',
  structure: '结构对照',
  noReport: '打开一份工作报告，即可与往年报告对照。',
  noMatch: '往年报告中没有相似的段落。',
  reused: '本稿 {0} 的文字见于往年报告（比较了 {1} 段，报告库共 {2} 份）。',
  verbatim: '原样沿用 {0} 报告的段落：',
  metric: '指标',
  draft: '本稿',
  same: '与上年相同',
  jump: '变化较大',
  lastYear: '对照 {0}',
  added: '新增',
  removed: '删去',
  moved: '调整了顺序',
  kept: '保留',
  line: '第 {0} 行',
  similarity: '相似度 {0}',
  noLibrary: '报告库中没有本地的往年报告。',
  repeated: '重复粘贴',
  changeLibrary: '更换往年报告',
  sameLegend: '与上年相同：请核实是否已更新',
  jumpLegend: '较上年变化超过一半',
};

export async function panelPageTest(
  browser: Browser,
  outDir: string,
  shot: (name: string, page: import('playwright-core').Page) => Promise<void>,
): Promise<void> {
  const dir = join(outDir, 'panel-page');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'dist', 'panel.js'), join(dir, 'panel.js'));
  copyFileSync(join(ROOT, 'media', 'panel.css'), join(dir, 'panel.css'));
  // The same CSP as the extension's webview; theme variables as VS Code's dark theme sets them.
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self' 'nonce-test';">
<style>:root{--vscode-foreground:#ccc;--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-background:#1e1e1e;--vscode-panel-border:#444;--vscode-descriptionForeground:#999;--vscode-focusBorder:#007fd4;--vscode-diffEditor-insertedTextBackground:rgba(155,185,85,.3);--vscode-diffEditor-removedTextBackground:rgba(255,0,0,.25);--vscode-list-hoverBackground:#2a2d2e;--vscode-editorWarning-foreground:#cca700;--vscode-editorInfo-foreground:#3794ff;--vscode-gitDecoration-addedResourceForeground:#81b88b;--vscode-gitDecoration-deletedResourceForeground:#c74e39;--vscode-gitDecoration-modifiedResourceForeground:#e2c08d} body{background:#1e1e1e}</style>
<link rel="stylesheet" href="panel.css"></head><body><div id="app"></div>
<script nonce="test">window.__posted=[];window.acquireVsCodeApi=()=>({postMessage:(m)=>window.__posted.push(m),getState:()=>window.__state,setState:(s)=>{window.__state=s;}});</script>
<script src="panel.js"></script></body></html>`,
  );
  const page = await browser.contexts()[0].newPage();
  // The panel opens beside the editor: half the editor area of a 1366-pixel laptop screen, the side bar shown.
  await page.setViewportSize({ width: PANEL_WIDTH, height: 820 });
  await page.goto('file://' + join(dir, 'index.html'));
  const d = data();
  const send = (m: unknown) =>
    page.evaluate(
      (msg) => (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage(msg, '*'),
      m,
    );
  await send({ type: 'strings', strings: STRINGS });
  await send({ type: 'compare', uri: d.uri, data: d.compare });
  await send({ type: 'similar', uri: d.uri, data: d.similar });
  await page.getByText('本稿 ').first().waitFor();
  const text = await page.locator('#app').innerText();
  if (!/本稿 \d+% 的文字见于往年报告/.test(text) || !/2019 株洲市 人大常委会 · 第 \d+ 行 · 相似度 \d+%/.test(text))
    throw new Error(`similar tab: ${text.slice(0, 300)}`);
  if ((await page.locator('ins').count()) === 0) throw new Error('the diff marks no inserted text');
  // 主任会议16次 → 18次: the old figure struck whole, the new one beside it — never 1, then 6 struck and 8 added.
  const figure = await page
    .locator('.match')
    .first()
    .evaluate((m) =>
      [...m.querySelectorAll('del')].map((d) => `${d.textContent}|${d.nextElementSibling?.textContent ?? ''}`),
    );
  if (!figure.includes('16|18')) throw new Error(`the changed figure: ${JSON.stringify(figure)}`);
  await shot('panel-similar', page);
  // Keyboard: Enter on a match asks the extension to open it.
  await page.locator('.match').first().focus();
  await page.keyboard.press('Enter');
  const posted = await page.evaluate(() => (globalThis as unknown as { __posted: unknown[] }).__posted);
  const open = posted.find((m) => (m as { type: string }).type === 'open') as { uri: string; line: number } | undefined;
  if (!open || !/seeds\/20\d\d-/.test(open.uri) || !Number.isInteger(open.line))
    throw new Error(`open message: ${JSON.stringify(posted)}`);
  await page.getByRole('tab', { name: '数据对照' }).click();
  const table = await page.locator('table').innerText();
  if (!/常委会会议[\s\S]*10[\s\S]*9[\s\S]*10/.test(table)) throw new Error(`figures tab: ${table.slice(0, 200)}`);
  await shot('panel-figures', page);
  await page.getByRole('tab', { name: '结构对照' }).click();
  await page.getByText('对照 2019 株洲市 人大常委会').waitFor();
  await shot('panel-structure', page);
  // Each chapter on one line: the two title columns side by side, equally wide; a title cut short reads whole in
  // its tooltip.
  const layout = await page.locator('table.structure').evaluate((t) => {
    const rows = [...t.querySelectorAll('tr')].map((r) => r.getBoundingClientRect().height);
    const cells = [...t.querySelectorAll('tr')[0].querySelectorAll('td')].map((c) => c.getBoundingClientRect().width);
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(t);
    const cut = [...t.querySelectorAll('td')].filter((c) => c.scrollWidth > c.clientWidth);
    return {
      rows: rows.length,
      lowest: Math.min(...rows),
      highest: Math.max(...rows),
      line: parseFloat(style.fontSize) * 2,
      table: t.getBoundingClientRect().width,
      cells,
      cutWithoutTooltip: cut.filter((c) => c.getAttribute('title') !== c.textContent).length,
    };
  });
  if (
    layout.rows < 5 ||
    layout.highest > layout.lowest + 1 ||
    layout.highest > layout.line ||
    Math.abs(layout.cells[0] - layout.cells[2]) > 1 ||
    layout.cells[0] < layout.table * 0.35 ||
    layout.cutWithoutTooltip
  )
    throw new Error(`structure layout: ${JSON.stringify(layout)}`);
  // Hostile text from a library report: rendered as text, never run.
  const hostile = JSON.parse(JSON.stringify(d.similar));
  hostile.matches[0].report = { ...hostile.matches[0].report, place: HOSTILE };
  hostile.matches[0].diff = [
    { op: 'equal', text: HOSTILE },
    { op: 'insert', text: '</div><b>加粗?</b>' },
  ];
  await page.getByRole('tab', { name: '相似段落' }).click();
  await send({ type: 'similar', uri: d.uri, data: hostile });
  await page.getByText('<img src=x onerror').first().waitFor();
  const pwned = await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned);
  const injected = await page.locator('#app img, #app script, #app b').count();
  if (pwned !== undefined || injected)
    throw new Error(`hostile text became markup (pwned=${pwned}, elements=${injected})`);
  await shot('panel-hostile-text', page);
  // State survives a reload (hide/show): the tab and data come back from the webview state.
  const state = await page.evaluate(() => (globalThis as unknown as { __state: unknown }).__state);
  if (!state || (state as { tab: string }).tab !== 'similar') throw new Error('state not kept');
  await page.close();
}
