import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'work-report.work-report';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const seed = (name: string) => vscode.Uri.joinPath(folder(), name);
const ZHUZHOU_2022 = '2022-株洲市人大常委会工作报告.txt';
const QUZHOU_2022 = '2022-衢州市人大常委会工作报告.txt';

/** Polls instead of sleeping: returns as soon as `get` yields a value that `ok` accepts. */
async function until<T>(what: string, get: () => T | Thenable<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await get();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(seed(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const repeats = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => String(d.code).startsWith('repeat.'));
const summary = (ds: vscode.Diagnostic[]) => ds.map((d) => `${d.range.start.line} ${d.code}`).sort();
/** The 2022 Zhuzhou seed: a sentence run, a verbatim paragraph, and its section 五 pasted twice more. */
const ZHUZHOU_FINDINGS = ['52 repeat.sentence', '54 repeat.paragraph', '76 repeat.section', '96 repeat.section'];

describe('work-report in a real VS Code', () => {
  it('opens a seed report as the work-report language and activates the extension', async () => {
    const doc = await open(QUZHOU_2022);
    assert.strictEqual(doc.languageId, 'work-report');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    await until(
      'activation',
      () => ext.isActive,
      (v) => v,
    );
  });

  it('serves the outline: parts, chapters and lead-ins of the Quzhou report', async () => {
    const doc = await open(QUZHOU_2022);
    const symbols = await until(
      'document symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri),
      (s) => !!s && s.length > 0,
    );
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['过去一年的主要工作', '2023年主要任务'],
    );
    assert.strictEqual(symbols[0].children.length, 6);
    assert.strictEqual(symbols[0].children[0].name, '一、坚持党的全面领导,政治引领得到新提升');
    assert.deepStrictEqual(
      [symbols[0].kind, symbols[0].children[0].kind, symbols[0].children[0].children[0].kind],
      [vscode.SymbolKind.Module, vscode.SymbolKind.Namespace, vscode.SymbolKind.Key],
      'part, chapter, lead-in',
    );
    assert.ok(['chapter', '章'].includes(symbols[0].children[0].detail), symbols[0].children[0].detail);
    assert.strictEqual(symbols[0].children[0].children[0].name, '强化党的创新理论武装');
    assert.strictEqual(symbols[1].children[4].name, '五、着力提高服务大局能力,以更严的要求加强自身建设');
  });

  it('folds each section', async () => {
    const doc = await open(QUZHOU_2022);
    const folds = await until(
      'folding ranges',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri),
      (f) => !!f && f.length > 0,
    );
    assert.ok(
      folds.some((f) => f.start === 5 && f.end === 9),
      `chapter 一 folds over lines 5–9: ${JSON.stringify(folds.slice(0, 4))}`,
    );
  });

  it('reports the repeats of the 2022 Zhuzhou report in the Problems list, hovers them, and none for Quzhou', async () => {
    const zz = await open(ZHUZHOU_2022);
    const found = await until(
      'repeat diagnostics',
      () => repeats(zz.uri),
      (d) => d.length === 4,
    );
    assert.deepStrictEqual(summary(found), ZHUZHOU_FINDINGS);
    const paragraph = found.find((d) => d.code === 'repeat.paragraph')!;
    assert.strictEqual(paragraph.source, 'work-report');
    assert.strictEqual(paragraph.relatedInformation?.[0].location.range.start.line, 42);
    // The harness runs VS Code in zh-CN (test/e2e/languagePack.ts); the findings are Chinese.
    assert.strictEqual(vscode.env.language, 'zh-cn');
    assert.strictEqual(paragraph.message, '本段与第 43 行的段落重复。');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      zz.uri,
      new vscode.Position(54, 2),
    );
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /与第 43 行比较/);
    const qz = await open(QUZHOU_2022);
    await until(
      'Quzhou diagnostics to settle',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', qz.uri),
      (s) => !!s?.length,
    );
    assert.deepStrictEqual(repeats(qz.uri), []);
  });

  it('applies the quick fix: only the repeated paragraph goes, and its diagnostic with it', async () => {
    const copy = vscode.Uri.joinPath(folder(), '副本-株洲市人大常委会工作报告.txt');
    await vscode.workspace.fs.copy(seed(ZHUZHOU_2022), copy, { overwrite: true });
    const doc = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const all = await until(
      'diagnostics on the copy',
      () => repeats(copy),
      (d) => d.length === 4,
    );
    const first = all.find((d) => d.code === 'repeat.paragraph')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      copy,
      first.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => /重复段落|repeated paragraph/i.test(a.title));
    const show = actions.find((a) => /另一处|other copy/i.test(a.title));
    assert.ok(show?.command, 'a code action shows the other copy');
    assert.ok(fix?.edit, 'a quick fix with an edit is offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const lines = before.split('\n');
    const expected = [...lines.slice(0, first.range.start.line), ...lines.slice(first.range.start.line + 2)].join('\n');
    assert.strictEqual(doc.getText(), expected, 'the paragraph and one blank line are removed, nothing else');
    await until(
      'one fewer repeat',
      () => repeats(copy),
      (d) => d.length === 3,
    );
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.selection.start.line, 42, 'the other copy is revealed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(copy);
  });

  it("opens the walkthrough's sample as a real file in a scratch folder, with its repeats flagged", async () => {
    await vscode.commands.executeCommand('workReport.openSample');
    const doc = vscode.window.activeTextEditor!.document;
    assert.strictEqual(doc.uri.scheme, 'file');
    assert.match(doc.uri.path, /\/samples\/2022-株洲市人大常委会工作报告\.txt$/);
    assert.strictEqual(doc.languageId, 'work-report');
    await until(
      'diagnostics on the sample',
      () => repeats(doc.uri),
      (d) => d.length === 4,
    );
    assert.deepStrictEqual(summary(repeats(doc.uri)), ZHUZHOU_FINDINGS);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('renumbers the whole document (only numbers change), then moves the run that is only out of order', async () => {
    const copy = vscode.Uri.joinPath(folder(), '副本2-株洲市人大常委会工作报告.txt');
    await vscode.workspace.fs.copy(seed(ZHUZHOU_2022), copy, { overwrite: true });
    const doc = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(doc);
    const numbering = () =>
      vscode.languages.getDiagnostics(copy).filter((d) => String(d.code).startsWith('numbering.'));
    await until('numbering diagnostics', numbering, (d) => d.length > 0);
    const before = doc.getText();
    // { confirm: false }: applied without the notification that lists the changes (a user confirms there).
    await vscode.commands.executeCommand('workReport.renumber', { confirm: false });
    // The plan part's 二、三、四、…一、 has every number once: renumbering leaves it to the move.
    await until(
      'only the plan part out of order',
      numbering,
      (d) => d.length === 1 && d[0].code === 'numbering.order' && d[0].range.start.line === 118,
    );
    const a = before.split('\n'),
      b = doc.getText().split('\n');
    assert.strictEqual(b.length, a.length);
    a.forEach((line, i) => {
      if (line !== b[i])
        assert.strictEqual(
          line.replace(/^(#+ )?[(（]?[一二三四五六七八九十]+[)）、]/, ''),
          b[i].replace(/^(#+ )?[(（]?[一二三四五六七八九十]+[)）、]/, ''),
          `line ${i}`,
        );
    });
    const [order] = numbering();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      copy,
      order.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const move = actions.find((x) => /^(按编号调整顺序|Move the sections back)/.test(x.title));
    assert.ok(move?.edit, actions.map((x) => x.title).join(' | '));
    assert.ok(!actions.some((x) => /^(重新编号本组|Renumber this list)/.test(x.title)), 'no renumbering offered');
    const moving = doc.getText();
    await vscode.workspace.applyEdit(move.edit);
    await until('no numbering diagnostics', numbering, (d) => d.length === 0);
    const sorted = (t: string) => t.split(/\r?\n/).sort().join('\n');
    assert.strictEqual(sorted(doc.getText()), sorted(moving), 'the move only moved lines');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(copy);
  });

  it('expands every contributed snippet in the real editor; the skeleton becomes a full outline', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { snippets: { path: string }[] };
    };
    const file = vscode.Uri.joinPath(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri,
      pkg.contributes.snippets[0].path,
    );
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<
      string,
      { body: string[] }
    >;
    for (const name of Object.keys(snippets)) {
      const doc = await vscode.workspace.openTextDocument({ language: 'work-report', content: '' });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'work-report', name });
      await until(
        `snippet ${name}`,
        () => doc.getText(),
        (t) => t.length > 10,
      );
      assert.ok(!/\$\{|\$\d/.test(doc.getText()), `${name}: placeholders left as text`);
      if (name === '报告框架') {
        const symbols = await until(
          'skeleton symbols',
          () =>
            vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri),
          (x) => !!x && x.length === 2,
        );
        assert.strictEqual(symbols[0].children.filter((c) => c.kind === vscode.SymbolKind.Namespace).length, 5);
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('completes the next number from the language server', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'work-report',
      content: '一、立法工作\n（一）科学立法\n（二）民主立法\n',
    });
    await vscode.window.showTextDocument(doc);
    const list = await until(
      'completions',
      () =>
        vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          new vscode.Position(3, 0),
        ),
      (l) => !!l && l.items.length > 0,
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('二、') && labels.includes('（三）'), JSON.stringify(labels.slice(0, 10)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('treats any file as a report on command', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: '一、坚持党的领导\n（一）加强政治建设\n（二）加强思想建设\n',
    });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workReport.treatAsReport');
    await until(
      'language switch',
      () => vscode.window.activeTextEditor?.document.languageId,
      (l) => l === 'work-report',
    );
    const active = vscode.window.activeTextEditor!.document;
    const symbols = await until(
      'symbols of the untitled report',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', active.uri),
      (s) => !!s?.length,
    );
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.children.length]),
      [['一、坚持党的领导', 2]],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it("checks every draft of the workspace on command: a draft never opened gets its findings, last years' reports none", async () => {
    const copy = seed('2023-未打开的工作报告.txt');
    const draft = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(seed(ZHUZHOU_2022)))
      .replace(
        '2022年12月29日在株洲市第十六届人民代表大会第二次会议上',
        '2023年12月28日在株洲市第十六届人民代表大会第三次会议上',
      );
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(draft));
    const past = seed('2019-株洲市人大常委会工作报告.txt');
    try {
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === copy.toString()), 'not open');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === past.toString()), 'not open');
      const r = await vscode.commands.executeCommand<{ past: number; draftingYear: number }>(
        'workReport.checkWorkspace',
      );
      assert.strictEqual(r.draftingYear, 2023);
      // The 2019 report and the 2022 ones no earlier test opened (an open report keeps its own findings).
      assert.ok(r.past >= 2, `past reports left out: ${r.past}`);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(past), [], 'the 2019 report is not checked');
      const found = await until(
        'findings of the unopened report',
        () => repeats(copy),
        (d) => d.length >= 4,
      );
      assert.deepStrictEqual(summary(found), ZHUZHOU_FINDINGS);
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
  });

  it("opens reports with word wrap on and word-based suggestions off (the extension's editor defaults)", async () => {
    const doc = await open(QUZHOU_2022);
    const cfg = vscode.workspace.getConfiguration('editor', { languageId: 'work-report', uri: doc.uri });
    assert.strictEqual(cfg.get('wordWrap'), 'on');
    assert.strictEqual(cfg.get('wordBasedSuggestions'), 'off');
  });

  it('opens the comparison panel beside the report, which keeps the focus; run again, the same panel', async () => {
    const doc = await open(ZHUZHOU_2022);
    const panels = () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('workReport.compare'));
    await vscode.commands.executeCommand('workReport.openComparison');
    const [tab] = await until('the comparison panel', panels, (p) => p.length === 1);
    const report = vscode.window.activeTextEditor;
    assert.strictEqual(report?.document.uri.toString(), doc.uri.toString(), 'the report keeps the focus');
    assert.notStrictEqual(tab.group.viewColumn, report?.viewColumn, 'beside the report, not over it');
    await vscode.commands.executeCommand('workReport.openComparison');
    assert.strictEqual(panels().length, 1);
    await vscode.window.tabGroups.close(tab);
  });
});

describe('Word documents in a real VS Code', () => {
  const WORD = '株洲-2022-工作报告-Word.docx';

  it('opens a .docx as a work report: a read-only view with the outline and the findings of its text', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('workReport.openWord', seed(WORD));
    const doc = editor.document;
    assert.strictEqual(doc.uri.scheme, 'work-report-word');
    assert.strictEqual(doc.languageId, 'work-report');
    assert.match(doc.getText(), /^株洲市人民代表大会常务委员会工作报告$/m);
    const symbols = await until(
      'outline of the Word view',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri),
      (s) => !!s && s.length > 0,
    );
    assert.ok(
      symbols.some((s) => /工作回顾/.test(s.name)),
      symbols.map((s) => s.name).join(' | '),
    );
    const found = await until(
      'findings in the Word view',
      () => repeats(doc.uri),
      (ds) => ds.length >= 3,
    );
    assert.ok(
      found.some((d) => d.code === 'repeat.section'),
      summary(found).join(', '),
    );
  });

  it('imports with no file named (the palette), from the report view and from the .docx tab itself', async () => {
    for (const [name, open] of [
      ['视图导入-工作报告.docx', (u: vscode.Uri) => vscode.commands.executeCommand('workReport.openWord', u)],
      ['标签导入-工作报告.docx', (u: vscode.Uri) => vscode.commands.executeCommand('vscode.open', u)],
    ] as const) {
      const copy = seed(name);
      await vscode.workspace.fs.copy(seed(WORD), copy, { overwrite: true });
      await open(copy);
      const draft = await vscode.commands.executeCommand<vscode.TextEditor>('workReport.importWord');
      assert.strictEqual(draft?.document.uri.toString(), seed(name.replace(/\.docx$/, '.txt')).toString(), name);
      assert.match(draft.document.getText(), /^株洲市人民代表大会常务委员会工作报告$/m);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('imports the .docx as a .txt draft beside it, and exports a report back to Word', async () => {
    const draft = await vscode.commands.executeCommand<vscode.TextEditor>('workReport.importWord', seed(WORD));
    assert.strictEqual(draft.document.uri.toString(), seed(WORD.replace(/\.docx$/, '.txt')).toString());
    assert.strictEqual(draft.document.languageId, 'work-report');
    await vscode.window.showTextDocument(draft.document);
    const target = seed('导出-工作报告.docx');
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('workReport.exportWord', target);
    assert.ok(result?.ok, JSON.stringify(result));
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.ok(bytes.length > 10_000 && bytes[0] === 0x50 && bytes[1] === 0x4b, `a .docx of ${bytes.length} bytes`);
    // It reads back as the same report: opened as a work report, the same outline as the draft.
    const back = await vscode.commands.executeCommand<vscode.TextEditor>('workReport.openWord', target);
    const names = async (uri: vscode.Uri) =>
      (
        await until(
          'symbols',
          () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri),
          (s) => !!s && s.length > 0,
        )
      ).map((s) => s.name);
    assert.deepStrictEqual(await names(back.document.uri), await names(draft.document.uri));
  });
});
