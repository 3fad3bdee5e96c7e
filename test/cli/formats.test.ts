/** `check` output for CI systems and editors: text read by Vim's own errorformat, SARIF against its schema, GitHub annotations, stdin, folder rules. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT, SHARED, sharedSeedPath } from '../helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
function run(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: opts.input,
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, LANG: 'zh_CN.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const seed = sharedSeedPath;
/** A report with nothing to find, not even a half-width comma: Shanghai's 2026 report. */
const CLEAN = join(SHARED, 'corpus', 'provincial_gwr_2026', '2026_上海市_政府工作报告.txt');

/** What `check --json` says, flattened to `line col code` (1-based), the reference for the other formats. */
function reference(file: string): string[] {
  const j = JSON.parse(run(['check', file, '--json']).out);
  return j[0].diagnostics.map((d: any) => `${d.range.start.line + 1} ${d.range.start.character + 1} ${d.code}`);
}

describe('check --format text: FILE:LINE:COL: SEVERITY: MESSAGE [CODE]', () => {
  it("is read by Neovim's default errorformat into the quickfix list, every field in place", function () {
    this.timeout(30000);
    const dir = mkdtempSync(join(tmpdir(), 'wr-efm-'));
    const out = join(dir, 'check.txt');
    const r = run(['check', seed('000')]);
    assert.strictEqual(r.code, 1, r.err);
    writeFileSync(out, r.out);
    const qf = join(dir, 'qf.json');
    const nvim = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-c',
        `cgetfile ${out}`,
        '-c',
        `call writefile([json_encode(getqflist())], '${qf}')`,
        '-c',
        'qa!',
      ],
      { encoding: 'utf8', timeout: 20000 },
    );
    assert.strictEqual(
      nvim.error,
      undefined,
      "Debian's neovim is needed (apt-get install neovim; .ci/run installs it)",
    );
    const items: any[] = JSON.parse(readFileSync(qf, 'utf8'));
    const want = reference(seed('000'));
    assert.strictEqual(items.length, want.length);
    assert.ok(
      items.every((i) => i.valid === 1),
      'every line recognised',
    );
    assert.deepStrictEqual(
      items.map((i) => `${i.lnum} ${i.col} ${/\[([\w.-]+)\]$/.exec(i.text)?.[1]}`),
      want,
    );
    assert.ok(
      items.every((i) => /^ (warning|error|info|hint): /.test(i.text)),
      items[0].text,
    );
  });

  it('says nothing for a clean report, and counts columns in UTF-16 code units', () => {
    assert.strictEqual(run(['check', CLEAN]).out, '');
    const dir = mkdtempSync(join(tmpdir(), 'wr-col-'));
    const f = join(dir, '工作报告.txt');
    const para = '𠀋全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部。';
    writeFileSync(f, `一、总体情况\n${para}\n二、再次说明\n  ${para}\n`);
    const lines = run(['check', f]).out.trim().split('\n');
    assert.deepStrictEqual(lines, [`${f}:4:3: warning: 本段与第 2 行的段落重复。 [repeat.paragraph]`]);
  });
});

describe('check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with the rules and every finding of the JSON output', () => {
    const r = run(['check', seed('000'), CLEAN, '--format', 'sarif'], { cwd: SHARED });
    assert.strictEqual(r.code, 1, r.err);
    const log = JSON.parse(r.out);
    const Ajv = require('ajv');
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true, validateSchema: false });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const run0 = log.runs[0];
    assert.strictEqual(run0.tool.driver.name, 'work-report');
    const ruleIds = run0.tool.driver.rules.map((x: any) => x.id);
    assert.ok(['repeat.paragraph', 'numbering.order', 'figure.ratio', 'stale.year'].every((c) => ruleIds.includes(c)));
    assert.ok(run0.tool.driver.rules.every((x: any) => x.shortDescription.text.length >= 4));
    const want = reference(seed('000'));
    assert.deepStrictEqual(
      run0.results.map((x: any) => {
        const reg = x.locations[0].physicalLocation.region;
        return `${reg.startLine} ${reg.startColumn} ${x.ruleId}`;
      }),
      want,
    );
    const para = run0.results.find((x: any) => x.ruleId === 'repeat.paragraph');
    assert.strictEqual(para.level, 'warning');
    assert.strictEqual(run0.tool.driver.rules[para.ruleIndex].id, 'repeat.paragraph');
    assert.deepStrictEqual(para.locations[0].physicalLocation.artifactLocation, {
      uri: 'seeds/000_c52fe57955686e89.txt',
      uriBaseId: 'SRCROOT',
    });
    assert.strictEqual(para.relatedLocations[0].physicalLocation.region.startLine, 62);
  });

  it('is a valid log with no results for a clean report', () => {
    const log = JSON.parse(run(['check', CLEAN, '--format=sarif']).out);
    assert.deepStrictEqual(log.runs[0].results, []);
    assert.strictEqual(log.version, '2.1.0');
  });
});

describe('check --format github', () => {
  it('writes workflow commands with escaped properties', () => {
    const r = run(['check', seed('000'), '--format', 'github']);
    const lines = r.out.trim().split('\n');
    assert.strictEqual(lines.length, reference(seed('000')).length);
    const para = lines.find((l) => l.includes('title=repeat.paragraph'));
    assert.match(
      para!,
      /^::warning file=[^,]*000_c52fe57955686e89\.txt,line=78,col=1,endLine=\d+,endColumn=\d+,title=repeat\.paragraph::本段与第 62 行的段落重复。$/,
    );
  });
});

describe('check - (standard input) and folders', () => {
  it('reads stdin, names it by --stdin-filename, and finds .workreportrc.json from there', () => {
    const text = readFileSync(seed('000'), 'utf8');
    let r = run(['check', '-'], { input: text });
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^-:78:1: warning: 本段与第 62 行的段落重复。 \[repeat\.paragraph\]$/m);
    const dir = mkdtempSync(join(tmpdir(), 'wr-stdin-'));
    writeFileSync(join(dir, '.workreportrc.json'), JSON.stringify({ severity: { 'repeat.paragraph': 'off' } }));
    r = run(['check', '-', '--stdin-filename', join(dir, '草稿.txt'), '--json'], { input: text });
    const j = JSON.parse(r.out);
    assert.strictEqual(j[0].file, join(dir, '草稿.txt'));
    assert.ok(!j[0].diagnostics.some((d: any) => d.code === 'repeat.paragraph'));
    assert.ok(j[0].diagnostics.some((d: any) => d.code === 'repeat.section'));
    assert.strictEqual(run(['check', '-', '-'], { input: text }).code, 2);
  });

  it('a folder stands for its reports: documentation files and ignored files are never checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-folder-'));
    copyFileSync(seed('000'), join(dir, '2022-株洲.txt'));
    copyFileSync(join(SHARED, 'corpus', 'SOURCES.md'), join(dir, 'SOURCES.md'));
    for (const doc of ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'CONTRIBUTING.md', 'readme-zh.txt'])
      writeFileSync(join(dir, doc), '一、说明\n三、说明\n');
    mkdirSync(join(dir, 'old'));
    copyFileSync(seed('000'), join(dir, 'old', '旧稿.txt'));
    writeFileSync(join(dir, '.workreportrc.json'), JSON.stringify({ ignore: ['old/**'] }));
    const j = JSON.parse(run(['check', dir, '--json']).out);
    assert.deepStrictEqual(j.map((f: any) => f.file.slice(dir.length + 1)).sort(), ['2022-株洲.txt', 'old/旧稿.txt']);
    assert.deepStrictEqual(
      j.find((f: any) => f.file.endsWith('旧稿.txt')).diagnostics,
      [],
      'ignored: listed without findings',
    );
  });
});

describe('the $work-report problem matcher (package.json)', () => {
  it('reads every line the CLI writes: file, line, column, severity, message and code', () => {
    const pattern = require(join(ROOT, 'package.json')).contributes.problemMatchers.find(
      (m: any) => m.name === 'work-report',
    ).pattern;
    const re = new RegExp(pattern.regexp);
    const lines = run(['check', seed('000')])
      .out.trim()
      .split('\n');
    const want = reference(seed('000'));
    const got = lines.map((l) => {
      const m = re.exec(l);
      assert.ok(m, l);
      assert.ok(m[pattern.file].endsWith('000_c52fe57955686e89.txt'));
      assert.ok(['warning', 'info'].includes(m[pattern.severity]), m[pattern.severity]);
      assert.ok(!m[pattern.message].endsWith(']'), m[pattern.message]);
      return `${m[pattern.line]} ${m[pattern.column]} ${m[pattern.code]}`;
    });
    assert.deepStrictEqual(got, want);
  });
});
