/**
 * Next year's draft, the drafter's way, through the real CLI and the real server: the 2023 draft made from the 2022
 * Zhuzhou report both ways (the same text), its year-over checklist with the 2022 report as the library — every
 * leftover listed, nothing else — then each item fixed or marked as checked until the list is empty, and the marks
 * still there after a restart, for the server and the CLI alike.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { ROOT } from '../helpers';
import { StdioClient } from './client';

const CLI = join(ROOT, 'dist', 'cli.js');
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe("next year's draft and its checklist (CLI and server)", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-next-'));
  const lib = join(dir, 'library');
  mkdirSync(lib);
  const lastFile = join(lib, '2022-株洲市人大常委会工作报告.txt');
  copyFileSync(join(ROOT, 'seeds', '2022-株洲市人大常委会工作报告.txt'), lastFile);
  const draftFile = join(dir, '2023-株洲市人大常委会工作报告.txt');
  const uri = pathToFileURL(draftFile).href;
  const last = readFileSync(lastFile, 'utf8').split('\n');
  let version = 1;

  it('next-year writes the draft beside the report, never over an existing file', () => {
    const r = cli('next-year', lastFile, '-o', draftFile);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /已写出下一年度草稿.*改动 3 处/);
    assert.match(readFileSync(draftFile, 'utf8'), /——2023年12月X日在株洲市第十六届人民代表大会第三次会议上/);
    const again = cli('next-year', lastFile, '-o', draftFile);
    assert.strictEqual(again.code, 2);
    assert.match(again.err, /已存在：不覆盖/);
    assert.ok(!existsSync(join(lib, '2023-株洲市人大常委会工作报告.txt')));
  });

  it('the CLI checklist lists every leftover, and only leftovers (exit 1 while any is open)', () => {
    const r = cli('checklist', draftFile, '--library', lib, '--json');
    assert.strictEqual(r.code, 1, r.err);
    const list = JSON.parse(r.out);
    const byCode: Record<string, number> = {};
    for (const i of list.items) byCode[i.code] = (byCode[i.code] ?? 0) + 1;
    // The subtitle's day to fill; the review's six years; three counters (连续4年, 连续第五年, 连续第六年); and all 27
    // figures of the review written in digits, each still 2022's.
    assert.deepStrictEqual(byCode, { 'draft.placeholder': 1, 'stale.year': 6, 'stale.figure': 27, 'stale.counter': 3 });
    assert.strictEqual(list.items[0].code, 'draft.placeholder');
    const draft = readFileSync(draftFile, 'utf8').split('\n');
    for (const i of list.items.slice(1))
      assert.strictEqual(draft[i.range.start.line], last[i.range.start.line], `not a leftover: ${i.message}`);
    // `check --library` gives the same stale.* findings.
    const check = JSON.parse(cli('check', draftFile, '--library', lib, '--format', 'json').out);
    const stale = check[0].diagnostics.filter((d: any) => /^stale\./.test(d.code)).length;
    assert.strictEqual(stale, 36);
  });

  it('the server lists the same; fixed or marked, the list empties; the marks survive a restart', async () => {
    const start = async () => {
      const client = new StdioClient();
      await client.initialize({ initializationOptions: { samplesPath: lib, clientCommands: [] } });
      return client;
    };
    const listOf = async (client: StdioClient, want: (l: any) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const l = await client.request<any>('workReport/checklist', { uri });
        if (l && want(l)) return l;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the checklist never came');
    };
    let client = await start();
    let text = readFileSync(draftFile, 'utf8');
    try {
      // The server's draft is the CLI's.
      const made = await client.request<any>('workReport/nextYear', {
        uri: pathToFileURL(lastFile).href,
        text: last.join('\n'),
      });
      assert.strictEqual(made.text, readFileSync(draftFile, 'utf8'));
      assert.strictEqual(made.name, '2023-株洲市人大常委会工作报告.txt');
      await client.open(uri, text);
      let list = await listOf(client, (l) => l.items.length === 37);
      assert.deepStrictEqual([list.open, list.checked], [37, 0]);
      // Three items fixed by their quick fixes: the two counters' next numbers and one year.
      for (const code of ['stale.counter', 'stale.counter', 'stale.year']) {
        const item = list.items.find((i: any) => i.code === code);
        const actions = await client.request<any[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: item.range,
          context: { diagnostics: [{ range: item.range, code, message: item.message, source: 'work-report' }] },
        });
        const fix = actions.find((a) => a.edit)!;
        const e = fix.edit.changes[uri][0];
        const lines = text.split('\n');
        const l = lines[e.range.start.line];
        lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
        text = lines.join('\n');
        await client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ text }],
        });
        list = await listOf(client, (x) => x.items.length < list.items.length);
      }
      assert.strictEqual(list.open, 34);
      // The subtitle's day filled in.
      text = text.replace('2023年12月X日', '2023年12月28日');
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ text }],
      });
      list = await listOf(client, (x) => !x.items.some((i: any) => i.code === 'draft.placeholder'));
      // Every other item marked as checked (as if each value really stayed the same).
      for (const item of list.items) {
        const ok = await client.request('workspace/executeCommand', {
          command: 'workReport.markChecked',
          arguments: [uri, item.code, item.start],
        });
        assert.strictEqual(ok, true);
      }
      list = await listOf(client, (x) => x.open === 0);
      assert.strictEqual(list.checked, 33);
      const shown = await client.request<any>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(!shown.items.some((d: any) => /^(stale|draft)\./.test(d.code)), 'marked items are not shown');
      await client.stop();
      // A restart: the marks are read again from beside the draft.
      client = await start();
      await client.open(uri, text);
      list = await listOf(client, (x) => x.checked === 33);
      assert.strictEqual(list.open, 0);
    } finally {
      await client.stop();
    }
    assert.ok(existsSync(join(dir, '.workreport-checked.json')));
    // The CLI honours the same marks: the saved draft's checklist is done.
    writeFileSync(draftFile, text);
    const r = cli('checklist', draftFile, '--library', lib);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /待核对 0 \/ 已核对 33/);
  });
});
