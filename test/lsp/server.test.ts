import * as assert from 'assert';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { beyondFixAll, beyondNorms, ROOT, sharedSeed } from '../helpers';
import { StdioClient } from './client';

const SEED000 = 'file:///drafts/2022-株洲市人大常委会工作报告.txt';
const SEED004 = 'file:///drafts/2022-衢州市人大常委会工作报告.txt';

describe('language server over stdio', function () {
  let client: StdioClient;
  before(async () => {
    client = new StdioClient();
    const init = await client.initialize();
    assert.strictEqual(init.capabilities.textDocumentSync, 2, 'incremental sync');
    assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(init.serverInfo, { name: 'work-report', version }, "package.json's version");
    assert.ok(
      init.capabilities.documentSymbolProvider &&
        init.capabilities.foldingRangeProvider &&
        init.capabilities.workspaceSymbolProvider,
    );
    await client.open(SEED000, sharedSeed('000'));
    await client.open(SEED004, sharedSeed('004'));
  });
  after(() => client.stop());

  it('answers documentSymbol with the hierarchical outline', async () => {
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri: SEED004 } });
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['过去一年的主要工作', '2023年主要任务'],
    );
    const chapters = symbols[0].children;
    assert.strictEqual(chapters.length, 6);
    assert.strictEqual(chapters[0].name, '一、坚持党的全面领导,政治引领得到新提升');
    assert.strictEqual(chapters[0].detail, '章');
    assert.deepStrictEqual(
      chapters[0].children.map((c: any) => c.name),
      ['强化党的创新理论武装', '坚持市委对人大工作的全面领导', '贯彻落实党委重大决策部署'],
    );
    assert.deepStrictEqual(chapters[0].range.start, { line: 6, character: 0 });
    assert.deepStrictEqual(chapters[0].range.end.line, 10);
    assert.deepStrictEqual(chapters[0].selectionRange, {
      start: { line: 6, character: 0 },
      end: { line: 6, character: 20 },
    });
  });

  it('answers foldingRange per section and for the title block', async () => {
    const ranges = await client.request<any[]>('textDocument/foldingRange', { textDocument: { uri: SEED004 } });
    assert.ok(
      ranges.some((r) => r.startLine === 0 && r.endLine === 3 && r.kind === 'region'),
      'title block',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 4 && r.endLine === 39),
      'part 1',
    );
    assert.ok(
      ranges.some((r) => r.startLine === 6 && r.endLine === 10),
      'chapter 一',
    );
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });

  it('answers textDocument/diagnostic with the repeats of seed 000 and nothing on seed 004', async () => {
    const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
    assert.strictEqual(report.kind, 'full');
    const repeats = report.items.filter((d: any) => d.code.startsWith('repeat.'));
    assert.deepStrictEqual(
      repeats.map((d: any) => `${d.range.start.line} ${d.code}`),
      ['75 repeat.sentence', '77 repeat.paragraph', '99 repeat.section', '119 repeat.section'],
    );
    assert.strictEqual(report.items.filter((d: any) => d.code.startsWith('numbering.')).length, 8);
    const d = repeats[1];
    assert.deepStrictEqual(
      [d.code, d.source, d.severity, d.range.start.line],
      ['repeat.paragraph', 'work-report', 2, 77],
    );
    assert.strictEqual(d.relatedInformation[0].location.range.start.line, 61);
    const clean = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED004 } });
    assert.deepStrictEqual(beyondNorms(clean.items), []);
    assert.ok(
      clean.items.some((x: any) => x.code === 'norm.punctuation'),
      'seed 004 writes 各位代表: and half-width commas',
    );
  });

  it('offers quick fixes whose edits delete only the repeat, and one that shows the other copy', async () => {
    const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
    const repeats = report.items.filter((d: any) => d.code.startsWith('repeat.'));
    const d = repeats[1];
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: d.range,
      context: { diagnostics: [d] },
    });
    assert.deepStrictEqual(
      beyondFixAll(actions).map((a) => a.title),
      [
        '删除重复段落（与第 62 行相同）',
        '查看另一处（第 62 行）',
        '重新编号全文（只改编号，改动 7 处；1 组编号齐全只是顺序颠倒，不改）',
      ],
    );
    assert.strictEqual(actions[0].kind, 'quickfix');
    assert.strictEqual(actions[0].isPreferred, true);
    const [edit] = actions[0].edit.changes[SEED000];
    assert.deepStrictEqual(edit, {
      range: { start: { line: 77, character: 0 }, end: { line: 79, character: 0 } },
      newText: '',
    });
    assert.deepStrictEqual(actions[1].command, {
      title: '查看另一处（第 62 行）',
      command: 'workReport.revealRange',
      arguments: [SEED000, d.relatedInformation[0].location.range],
    });
    const section = repeats[3];
    const sectionActions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: section.range,
      context: { diagnostics: [section] },
    });
    assert.deepStrictEqual(
      beyondFixAll(sectionActions).map((a) => a.title),
      [
        '删除这一节（第 120–130 行）',
        '删除这一节的全部 2 个重复副本',
        '查看另一处（第 80 行）',
        '重新编号全文（只改编号，改动 7 处；1 组编号齐全只是顺序颠倒，不改）',
      ],
    );
    assert.strictEqual(sectionActions[1].edit.changes[SEED000].length, 2);
  });

  it('offers nothing for a stale diagnostic whose text has changed', async () => {
    const stale = {
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } },
      code: 'repeat.paragraph',
      source: 'work-report',
      message: 'x',
      data: { line: 3, firstLine: 1 },
    };
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: stale.range,
      context: { diagnostics: [stale], only: ['quickfix'] },
    });
    assert.deepStrictEqual(actions, []);
  });

  it('offers renumbering on a numbering finding, and the whole-document source action', async () => {
    const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
    const order = report.items.find((d: any) => d.code === 'numbering.order');
    assert.deepStrictEqual(order.range, { start: { line: 51, character: 3 }, end: { line: 51, character: 5 } });
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: order.range,
      context: { diagnostics: [order] },
    });
    assert.deepStrictEqual(
      beyondFixAll(actions).map((a) => a.title),
      [
        '重新编号本组（6 项）',
        '重新编号全文（改动 7 处）',
        '重新编号全文（只改编号，改动 7 处；1 组编号齐全只是顺序颠倒，不改）',
      ],
    );
    const edits = actions[0].edit.changes[SEED000];
    assert.ok(
      edits.every((e: any) => e.range.start.line === e.range.end.line && /^[一二三四五六七八九十]+、$/.test(e.newText)),
      JSON.stringify(edits),
    );
    assert.deepStrictEqual(
      edits.map((e: any) => `${e.range.start.line}:${e.newText}`),
      ['39:一、', '63:三、', '79:四、', '119:六、'],
    );
    // Asked for the source action only, with the finding in context (as VS Code's renumber command asks): no quick
    // fixes, which VS Code would drop with a warning.
    const source = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: order.range,
      context: { diagnostics: [order], only: ['source.renumber.workReport'] },
    });
    assert.deepStrictEqual(
      source.map((a) => [a.title, a.kind]),
      [['重新编号全文（只改编号，改动 7 处；1 组编号齐全只是顺序颠倒，不改）', 'source.renumber.workReport']],
    );
  });

  it('offers moving the sections back, and no renumbering, where a run is only out of order', async () => {
    const report = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
    const order = report.items.find((d: any) => d.code === 'numbering.order' && d.range.start.line === 141);
    assert.match(order.message, /本组编号齐全，是各节的位置颠倒了/);
    const actions = await client.request<any[]>('textDocument/codeAction', {
      textDocument: { uri: SEED000 },
      range: order.range,
      context: { diagnostics: [order], only: ['quickfix'] },
    });
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred]),
      [['按编号调整顺序（移动 1 节）', 'quickfix', true]],
    );
    // One workspace edit of this document: the moved pieces, whole lines, in original positions.
    const edits = actions[0].edit.changes[SEED000];
    const lines = sharedSeed('000').split('\n');
    assert.deepStrictEqual(
      edits.map((e: any) => [
        e.range.start,
        e.range.end.line,
        e.range.end.character === lines[e.range.end.line].length,
      ]),
      [131, 133, 135, 137, 141].map((l, i) => [{ line: l, character: 0 }, [131, 133, 135, 139, 141][i], true]),
    );
    assert.deepStrictEqual(
      edits.map((e: any) => e.newText.split('\n')[0].slice(0, 10)),
      [
        lines[137].slice(0, 10),
        lines[141].slice(0, 10),
        lines[131].slice(0, 10),
        lines[133].slice(0, 10),
        lines[135].slice(0, 10),
      ],
    );
  });

  it('hovers a figure with its metric', async () => {
    const line = sharedSeed('000').split('\n')[31];
    const hover = await client.request<any>('textDocument/hover', {
      textDocument: { uri: SEED000 },
      position: { line: 31, character: line.indexOf('9次') },
    });
    assert.match(hover.contents.value, /\*\*9次\*\* · 数值 9次 · 指标「常委会会议」/);
  });

  it('hovers a repeat with the other copy, differences marked', async () => {
    const hover = await client.request<any>('textDocument/hover', {
      textDocument: { uri: SEED000 },
      position: { line: 77, character: 3 },
    });
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /与第 62 行比较/);
    assert.match(hover.contents.value, /文字完全相同/);
    const none = await client.request<any>('textDocument/hover', {
      textDocument: { uri: SEED004 },
      position: { line: 8, character: 3 },
    });
    assert.strictEqual(none, null);
  });

  it('follows incremental edits: a repeat typed in appears, its removal clears it', async () => {
    const uri = 'file:///drafts/新建工作报告.txt';
    const para = '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
    await client.open(uri, `一、总体情况\n${para}\n`);
    let r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
    assert.strictEqual(r.items.length, 0);
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
          text: `二、再次说明\n${para}\n`,
        },
      ],
    });
    r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepStrictEqual(
      r.items.map((d: any) => `${d.range.start.line} ${d.code}`),
      ['3 repeat.paragraph'],
    );
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['一、总体情况', '二、再次说明'],
    );
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }],
    });
    r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepStrictEqual(r.items, []);
  });

  it('finds workspace symbols in open documents', async () => {
    const found = await client.request<any[]>('workspace/symbol', { query: '党的全面领导' });
    assert.ok(found.some((s) => s.location.uri === SEED004 && s.name.startsWith('一、坚持党的全面领导')));
  });
});

describe('comparison requests over stdio, with the bundled seeds as the library', () => {
  it("answers workReport/compare and workReport/similar for a draft made from last year's report", async () => {
    const client = new StdioClient();
    const notified = new Promise<any>((resolve) => client.conn.onNotification('workReport/libraryChanged', resolve));
    try {
      await client.initialize();
      const base = require('fs').readFileSync(
        require('path').join(process.cwd(), 'seeds', '2019-株洲市人大常委会工作报告.txt'),
        'utf8',
      ) as string;
      const draft = base.replace(
        '2020年1月8日在株洲市第十五届人民代表大会第四次会议上',
        '2021年1月8日在株洲市第十五届人民代表大会第五次会议上',
      );
      const uri = 'file:///drafts/2020-株洲市人大常委会工作报告.txt';
      await client.open(uri, draft);
      assert.deepStrictEqual(await notified, { reports: 5 });
      const c = await client.request<any>('workReport/compare', { uri });
      assert.strictEqual(c.reports, 5);
      assert.strictEqual(c.summary.lastYear.info.year, 2019);
      assert.ok(c.summary.reusedShare > 0.95);
      assert.ok(
        c.figures.some((r: any) => r.metric === '常委会会议' && r.past.map((p: any) => p.year).join() === '2019,2022'),
      );
      assert.strictEqual(c.structure.past.year, 2019);
      const line = draft.split('\n').findIndex((l) => l.startsWith('刚刚过去的一年'));
      const s = await client.request<any>('workReport/similar', { uri, line });
      assert.strictEqual(s.matches[0].report.year, 2019);
      assert.strictEqual(s.matches[0].similarity, 1);
      assert.match(s.matches[0].uri, /seeds\/2019-/);
      const lines = draft.split('\n');
      const overview = lines.findIndex((l) => l.includes('全年共召开常委会会议10次'));
      const hover = await client.request<any>('textDocument/hover', {
        textDocument: { uri },
        position: { line: overview, character: lines[overview].indexOf('10次') },
      });
      assert.match(hover.contents.value, /往年：2019 10次 · 2022 9次/);
      const completion = await client.request<any[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: overview, character: lines[overview].indexOf('全年共') + 3 },
      });
      const meeting = completion.find((c) => c.label === '召开常委会会议10次');
      assert.ok(meeting, JSON.stringify(completion.slice(0, 5).map((c) => c.label)));
      assert.deepStrictEqual(
        [meeting.textEdit.newText, meeting.insertTextFormat, meeting.detail],
        ['召开常委会会议${1:10}次', 2, '2019年为 10次'],
      );
    } finally {
      await client.stop();
    }
  });
});

describe('language server settings, locale and workspace', () => {
  it('honours workReport.severity pulled from the client, and English messages', async () => {
    const client = new StdioClient();
    client.conn.onRequest('workspace/configuration', (params: any) =>
      params.items.map(() => ({ severity: { 'repeat.paragraph': 'error' } })),
    );
    try {
      await client.initialize({ locale: 'en', configuration: true });
      await client.open(SEED000, sharedSeed('000'));
      const r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
      const repeats = r.items.filter((d: any) => d.code.startsWith('repeat.'));
      assert.deepStrictEqual(
        repeats.map((d: any) => d.severity),
        [2, 1, 2, 2],
      );
      assert.match(repeats[1].message, /repeats the paragraph on line 62/);
    } finally {
      await client.stop();
    }
  });

  it('initializationOptions.language (the workReport.language setting) decides the language over the client locale', async () => {
    const messages = async (locale: string, language?: string) => {
      const client = new StdioClient();
      try {
        await client.initialize({
          locale,
          initializationOptions: language ? { language } : {},
        });
        await client.open(SEED000, sharedSeed('000'));
        const r = await client.request<any>('textDocument/diagnostic', { textDocument: { uri: SEED000 } });
        return r.items.find((d: any) => d.code === 'repeat.paragraph').message as string;
      } finally {
        await client.stop();
      }
    };
    // The default of the setting: Chinese findings in an English VS Code.
    assert.match(await messages('en', 'zh-cn'), /与第 62 行的段落重复/);
    assert.match(await messages('zh-cn', 'en'), /repeats the paragraph on line 62/);
    // auto, and other editors that send no language: the client's locale.
    assert.match(await messages('en', 'auto'), /repeats the paragraph on line 62/);
    assert.match(await messages('zh-cn', 'auto'), /与第 62 行的段落重复/);
    assert.match(await messages('en'), /repeats the paragraph on line 62/);
  });

  it('indexes report files of the workspace folder for workspace symbols, surviving a symlink loop and a binary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-ws-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', '2023-邵阳市人大常委会工作报告.txt'), sharedSeed('003'));
    writeFileSync(join(dir, '坏的工作报告.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'notes.txt'), '一、不是报告');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const client = new StdioClient();
    try {
      await client.initialize({ rootPath: dir });
      const found = await client.request<any[]>('workspace/symbol', { query: '坚持人民至上' });
      assert.strictEqual(found.length, 1);
      assert.match(found[0].location.uri, /sub\/2023-/);
      assert.strictEqual(found[0].location.range.start.line, 40);
      const none = await client.request<any[]>('workspace/symbol', { query: '不是报告' });
      assert.deepStrictEqual(none, []);
    } finally {
      await client.stop();
    }
  });
});
