/**
 * A real LSP client nobody here wrote: Debian's Neovim (0.7.2 on bookworm, installed by .ci/run), headless, against
 * the built server. It cannot pull diagnostics, declares no snippet support and writes lower-case URI escapes;
 * what is asserted is what Neovim itself received and did (test/lsp/neovim/driver.lua).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { docsClientSetup, ROOT, sharedSeed } from '../helpers';

const NON_BMP = '𠀋';

describe('Neovim headless as the client', function () {
  this.timeout(60000);
  let r: any;
  let original: string[];

  before(() => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.strictEqual(
      version.error,
      undefined,
      "Debian's neovim is needed (apt-get install neovim; .ci/run installs it)",
    );
    const dir = mkdtempSync(join(tmpdir(), 'wr-nvim-'));
    // Seed 000 with a non-BMP character at the start of the line whose repeated sentences start mid-line.
    original = sharedSeed('000').split('\n');
    const lines = [...original];
    lines[75] = NON_BMP + lines[75];
    const file = join(dir, '2022-株洲市人大常委会工作报告.txt');
    writeFileSync(file, lines.join('\n'));
    writeFileSync(join(dir, '2022-衢州市人大常委会工作报告.txt'), sharedSeed('004'));
    const out = join(dir, 'result.json');
    const driver = join(ROOT, 'test', 'lsp', 'neovim', 'driver.lua');
    const set = (k: string, v: string) => ['-c', `let g:${k} = ${JSON.stringify(v)}`];
    const p = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        ...set('wr_server', join(ROOT, 'dist', 'server.js')),
        ...set('wr_root', dir),
        ...set('wr_file', file),
        ...set('wr_out', out),
        '-c',
        `luafile ${driver}`,
      ],
      { encoding: 'utf8', timeout: 50000, cwd: dir },
    );
    assert.ok(!p.error, String(p.error));
    r = JSON.parse(readFileSync(out, 'utf8'));
    assert.strictEqual(r.error, undefined, `${r.error}\n${p.stderr}`);
  });

  it('receives pushed diagnostics with their codes, no pull provider advertised', () => {
    assert.strictEqual(r.capabilities.diagnosticProvider, false);
    assert.match(r.uri, /%e5/, 'Neovim spells the URI with lower-case escapes');
    const repeats = r.diagnostics.filter((d: any) => d.code.startsWith('repeat.'));
    assert.deepStrictEqual(
      repeats.map((d: any) => `${d.lnum} ${d.code}`),
      ['75 repeat.sentence', '77 repeat.paragraph', '99 repeat.section', '119 repeat.section'],
    );
    assert.strictEqual(r.diagnostics.filter((d: any) => d.code.startsWith('numbering.')).length, 8);
  });

  it('places a finding after a non-BMP character where the text is (UTF-16 columns converted by Neovim)', () => {
    const sentence = r.diagnostics.find((d: any) => d.code === 'repeat.sentence');
    // Neovim turns the server's UTF-16 column into a byte column: right only if the server counted the non-BMP
    // character as two code units.
    const bytesBefore = Buffer.byteLength(NON_BMP + original[75].slice(0, 216), 'utf8');
    assert.strictEqual(sentence.col, bytesBefore);
    assert.strictEqual(sentence.text_at, original[75].slice(216, 228));
  });

  it('gets the nested outline', () => {
    assert.deepStrictEqual(r.symbols.map((s: any) => s.name).slice(0, 1), ['2022年工作回顾']);
    const chapters = r.symbols[0].children;
    assert.ok(chapters.length >= 5);
    assert.ok(
      chapters.some((c: any) => c.children?.length > 0),
      'sections nest under chapters',
    );
  });

  it("finds workspace symbols once each, the open file under Neovim's own URI", () => {
    const keys = r.workspaceSymbols.map(
      (s: any) => `${decodeURIComponent(s.location.uri)}#${s.location.range.start.line}#${s.name}`,
    );
    assert.ok(keys.length > 20);
    assert.strictEqual(new Set(keys).size, keys.length, 'no symbol twice');
    const zhuzhou = r.workspaceSymbols.filter((s: any) => decodeURIComponent(s.location.uri).includes('株洲'));
    assert.ok(
      zhuzhou.length > 0 && zhuzhou.every((s: any) => s.location.uri === r.uri),
      'the open report is the open buffer, not its file again',
    );
    assert.ok(
      r.workspaceSymbols.some((s: any) => decodeURIComponent(s.location.uri).includes('衢州')),
      'the other report is read from disk',
    );
  });

  it('is offered plain-text completions (Neovim 0.7 declares no snippet support)', () => {
    const items = Array.isArray(r.completion) ? r.completion : r.completion.items;
    assert.ok(items.length > 0);
    assert.ok(
      items.every((c: any) => c.insertTextFormat === 1 && !/\$\{?\d/.test(c.textEdit.newText)),
      JSON.stringify(items.slice(0, 3)),
    );
    assert.ok(
      items.some((c: any) => /^[一二三四五六七八九十]+、$/.test(c.textEdit.newText)),
      JSON.stringify(items.map((c: any) => c.label)),
    );
  });

  it("applies the quick fix through Neovim's workspace edit, and the repeat is gone from the next publication", () => {
    assert.ok(
      r.actions.every((a: any) => a.command !== 'workReport.revealRange'),
      'no client-only command for a client without it',
    );
    assert.match(r.applied.title, /^删除重复段落/);
    assert.strictEqual(r.applied.linesBefore - r.applied.linesAfter, 2);
    assert.strictEqual(r.afterEdit.repeatGone, true);
  });
});

describe("docs/editors.md's Neovim 0.7–0.9 configuration, as written", () => {
  it('opens a report as workreport, starts the server and shows its diagnostics', function () {
    this.timeout(30000);
    const { dir, init, file } = docsClientSetup(
      /```lua\n(-- Neovim 0\.7–0\.9\n[\s\S]*?)```/,
      'init.lua',
      'wr-nvim-docs-',
    );
    const out = join(dir, 'out.json');
    const probe =
      `lua vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 20); ` +
      `vim.fn.writefile({vim.fn.json_encode({ft = vim.bo.filetype, n = #vim.diagnostic.get(0)})}, '${out}'); vim.cmd('qall!')`;
    const p = spawnSync('nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', file, '-c', probe], {
      encoding: 'utf8',
      timeout: 25000,
      cwd: dir,
    });
    assert.ok(!p.error, String(p.error));
    const r = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepStrictEqual(r, { ft: 'workreport', n: 15 });
  });
});
