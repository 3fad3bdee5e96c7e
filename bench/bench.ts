/**
 * `npm run bench`: where we stand. Each figure is the median of repeated runs; ratios compare with a baseline run
 * in the same process (one pass that splits lines and folds every character — the least any analysis must do),
 * so the machine's speed and noise largely cancel. Results are printed as tables and written to bench/results.json,
 * and docs/benchmarks.md is rendered from them (bench/report.ts).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import {
  ALL_CHECKS,
  contentHash,
  createReportService,
  extractFigures,
  parseReport,
  resetMemos,
  runChecks,
  TextDoc,
  type ReportService,
} from '../server/src/core';
import { LibraryStore } from '../server/src/lsp/library';
import { comparisonKey } from '../server/src/core/text/chars';
import { corpusFiles, draft35k, ROOT, seeds, type Input } from './inputs';
import { PATHOLOGICAL } from './pathological';
import { fmt, median, time } from './timing';
import { hostileLibraryBench } from './hostile';
import { sessionBench } from './session';
import { wordBench } from './word';
import { renderBenchmarksFile, writeBenchResults } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs: RUNS };

/** Parse and check as the server does; `service` keeps the document's previous version (else a fresh one). */
function analyse(name: string, text: string, service: ReportService = createReportService()): number {
  const doc = new TextDoc(name, text);
  const a = service.analysis(doc);
  return a.check({ positionAt: (o) => doc.positionAt(o) }).length + a.model.flat.length;
}

function baseline(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += comparisonKey(line).length;
  return n;
}

function perReport(): void {
  const inputs: Input[] = seeds();
  const corpus = corpusFiles();
  const largest = corpus.reduce<Input | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined);
  if (largest) inputs.push(largest);
  const rows = inputs.map(({ name, text }) => {
    // Cold: as when a report is first opened — no memo of its lines, no cache of its shingles.
    const full = time(() => {
      resetMemos();
      analyse(name, text);
    }, RUNS);
    const parse = time(() => {
      resetMemos();
      parseReport(new TextDoc(name, text));
    }, RUNS);
    const base = time(() => baseline(text), RUNS);
    return {
      input: name,
      chars: text.length,
      parseMs: +fmt(parse),
      checkMs: +fmt(full),
      baselineMs: +fmt(base),
      ratio: +(full / base).toFixed(1),
    };
  });
  console.log(`\n## Core: parse, and parse + all checks, per report when first opened (median of ${RUNS} cold runs)\n`);
  console.log('| input | chars | parse ms | parse+checks ms | baseline ms | ×baseline |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.input} | ${r.chars} | ${r.parseMs} | ${r.checkMs} | ${r.baselineMs} | ${r.ratio} |`);
  results.perReport = rows;
}

/** The editor's path: a full check of a 35k-character draft, then one typed character, with the document's cache warm. */
function perEdit(): void {
  const d = draft35k();
  const model = parseReport(new TextDoc('d', d.text));
  const lines = d.text.split('\n');
  const target = model.paragraphs[Math.floor(model.paragraphs.length / 2)].line;
  const variants = ['一', '二'].map((ch) =>
    lines.map((l, i) => (i === target ? l.slice(0, 10) + ch + l.slice(10) : l)).join('\n'),
  );
  const cold = time(() => {
    resetMemos();
    analyse('d', d.text);
  }, RUNS);
  const service = createReportService();
  analyse('d', d.text, service);
  let k = 0;
  const edit = time(() => analyse('d', variants[k++ % 2], service), RUNS * 2);
  const base = time(() => baseline(d.text), RUNS);
  const row = {
    input: d.name,
    chars: d.text.length,
    paragraphs: model.paragraphs.length,
    fullCheckMs: +fmt(cold),
    perEditMs: +fmt(edit),
    baselineMs: +fmt(base),
  };
  console.log(
    `\n## Editing a ${row.chars}-character draft (${row.paragraphs} paragraphs): full check, and one typed character with the cache warm\n`,
  );
  console.log('| full check ms (goal ≤ 5) | per edit ms (goal ≤ 2) | baseline ms | full ×baseline |');
  console.log('|---:|---:|---:|---:|');
  console.log(`| ${row.fullCheckMs} | ${row.perEditMs} | ${row.baselineMs} | ${(cold / base).toFixed(1)} |`);
  results.perEdit = row;
}

/** The same duplicate hunt over every corpus report: our CLI against jscpd, both as separate processes. */
/**
 * jscpd 5's binary, from its npm platform package: an optional dependency of ours for linux-x64, since the registry
 * holds no other platform's package and `npm ci` could not lock the jscpd package's full set.
 */
function jscpd5Binary(): string | undefined {
  try {
    return join(
      dirname(require.resolve('jscpd-linux-x64-gnu/package.json', { paths: [join(ROOT, 'node_modules')] })),
      'bin',
      'jscpd',
    );
  } catch {
    return undefined;
  }
}

/**
 * The folder check against jscpd, whole process: ours, jscpd 5 (Rust, the engine users pick today) and jscpd 4
 * (JavaScript), run in alternation so the machine's drift hits all three alike; median of 5.
 */
function duplicateHunt(): void {
  const files = corpusFiles();
  if (!files.length) {
    console.log('\n(../shared/corpus not found: duplicate hunt skipped)');
    return;
  }
  const cli = join(ROOT, 'dist', 'cli.js');
  const jscpd4 = join(ROOT, 'node_modules', 'jscpd', 'bin', 'jscpd');
  const jscpd5 = jscpd5Binary();
  const out4 = mkdtempSync(join(tmpdir(), 'bench-jscpd4-'));
  const out5 = mkdtempSync(join(tmpdir(), 'bench-jscpd5-'));
  const paths = files.map((f) => f.path);
  let ours = '';
  const tools: { name: string; run: () => void; xs: number[] }[] = [
    {
      name: 'ours',
      xs: [],
      run: () => {
        try {
          ours = execFileSync(process.execPath, [cli, 'check', '--json', ...paths], {
            encoding: 'utf8',
            maxBuffer: 64 << 20,
          });
        } catch (e) {
          ours = (e as { stdout: string }).stdout;
        }
      },
    },
    ...(jscpd5
      ? [
          {
            name: 'jscpd5',
            xs: [] as number[],
            run: () => {
              execFileSync(
                jscpd5,
                [
                  '-f',
                  'txt,markdown',
                  '--min-tokens',
                  '30',
                  '--reporters',
                  'json',
                  '--output',
                  out5,
                  '--silent',
                  ...paths,
                ],
                { stdio: 'ignore' },
              );
            },
          },
        ]
      : []),
    {
      name: 'jscpd4',
      xs: [],
      run: () => {
        execFileSync(
          process.execPath,
          [
            jscpd4,
            '--format',
            'markdown',
            '--formats-exts',
            'markdown:txt',
            '--min-tokens',
            '30',
            '--reporters',
            'json',
            '--output',
            out4,
            '--silent',
            ...paths,
          ],
          { stdio: 'ignore' },
        );
      },
    },
  ];
  for (let i = 0; i < 5; i++) {
    for (const t of tools) {
      const t0 = process.hrtime.bigint();
      t.run();
      t.xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const ms = (name: string) => {
    const t = tools.find((x) => x.name === name);
    return t ? Math.round(median(t.xs)) : null;
  };
  const inProcess = time(
    () => {
      resetMemos();
      for (const f of files) analyse(f.name, f.text);
    },
    5,
    1,
  );
  const found = JSON.parse(ours) as { file: string; diagnostics: { code: string }[] }[];
  const byCode: Record<string, number> = {};
  for (const f of found) for (const d of f.diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const clones = (dir: string) => {
    try {
      const jr = JSON.parse(readFileSync(join(dir, 'jscpd-report.json'), 'utf8')) as {
        duplicates: { firstFile: { name: string }; secondFile: { name: string } }[];
      };
      return {
        all: jr.duplicates.length,
        within: jr.duplicates.filter((x) => x.firstFile.name === x.secondFile.name).length,
      };
    } catch {
      return undefined;
    }
  };
  const c4 = clones(out4),
    c5 = clones(out5);
  rmSync(out4, { recursive: true, force: true });
  rmSync(out5, { recursive: true, force: true });
  const repeats = Object.entries(byCode)
    .filter(([c]) => c.startsWith('repeat.'))
    .reduce((n, [, k]) => n + k, 0);
  const row = {
    files: files.length,
    chars: files.reduce((n, f) => n + f.text.length, 0),
    oursMs: ms('ours'),
    jscpd5Ms: ms('jscpd5'),
    jscpd4Ms: ms('jscpd4'),
    ratioToJscpd5: jscpd5 ? +(ms('ours')! / ms('jscpd5')!).toFixed(2) : null,
    ratioToJscpd4: +(ms('ours')! / ms('jscpd4')!).toFixed(2),
    oursInProcessMs: Math.round(inProcess),
    oursFindings: byCode,
    oursRepeatFindings: repeats,
    oursFilesWithFindings: found.filter((f) => f.diagnostics.length).length,
    jscpd5Clones: c5?.all ?? null,
    jscpd5ClonesWithinOneFile: c5?.within ?? null,
    jscpd4Clones: c4?.all ?? null,
    jscpd4ClonesWithinOneFile: c4?.within ?? null,
  };
  console.log(
    `\n## Folder check over the corpus (${row.files} reports, ${row.chars} characters; whole process, alternating, median of 5)\n`,
  );
  console.log('| tool | time ms | ours ÷ tool | found |');
  console.log('|---|---:|---:|---|');
  console.log(
    `| work-report check --json (every check) | ${row.oursMs} | 1 | ${repeats} repeat findings; all: ${Object.entries(
      byCode,
    )
      .map(([c, n]) => `${n} ${c}`)
      .join(', ')}, in ${row.oursFilesWithFindings} reports |`,
  );
  if (c5)
    console.log(
      `| jscpd 5.3.3 (Rust; txt, markdown; min 30 tokens) | ${row.jscpd5Ms} | ${row.ratioToJscpd5} | ${c5.all} clones (${c5.within} within one report, ${c5.all - c5.within} across reports) |`,
    );
  if (c4)
    console.log(
      `| jscpd 4 (JavaScript; markdown tokens, min 30) | ${row.jscpd4Ms} | ${row.ratioToJscpd4} | ${c4.all} clones (${c4.within} within one report, ${c4.all - c4.within} across reports) |`,
    );
  console.log(
    `\nGoal: ours ÷ jscpd 5 < 1 (moonshot 0.33). In-process core time for all ${row.files}: ${row.oursInProcessMs} ms.`,
  );
  results.duplicateHunt = row;
}

/** Figure extraction and the figure checks alone, on the largest corpus report (issue: cost of the figure model). */
function figures(): void {
  const corpus = corpusFiles();
  const largest = corpus.reduce<Input | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined);
  if (!largest) return;
  const model = parseReport(new TextDoc(largest.name, largest.text));
  const checks = ALL_CHECKS.filter((c) => c.code.startsWith('figure.') || c.code.startsWith('stale.'));
  const extract = time(() => {
    resetMemos();
    extractFigures(parseReport(new TextDoc(largest.name, largest.text)));
  }, RUNS);
  const parse = time(() => {
    resetMemos();
    parseReport(new TextDoc(largest.name, largest.text));
  }, RUNS);
  const run = time(() => {
    resetMemos();
    const m = parseReport(new TextDoc(largest.name, largest.text));
    runChecks(m, { checks, positionAt: () => ({ line: 0, character: 0 }) });
  }, RUNS);
  const n = extractFigures(model).length;
  const row = { input: largest.name, figures: n, extractMs: +fmt(extract - parse), checksMs: +fmt(run - parse) };
  console.log(`\n## Figures on the largest report (${n} figures; median of ${RUNS} runs, parse time subtracted)\n`);
  console.log('| extraction ms | extraction + figure/stale checks ms |');
  console.log('|---:|---:|');
  console.log(`| ${row.extractMs} | ${row.checksMs} |`);
  results.figures = row;
}

/**
 * The comparison library at scale: the corpus replicated with perturbations (numbers changed, paragraphs dropped)
 * into N report files; cold index (read, parse, write the cache), warm start from the cache, a whole-draft query,
 * against the floor of reading and hashing the same files.
 */
async function library(n: number): Promise<void> {
  const corpus = corpusFiles();
  if (!corpus.length || !n) return;
  const dir = mkdtempSync(join(tmpdir(), 'bench-lib-'));
  const storage = mkdtempSync(join(tmpdir(), 'bench-lib-cache-'));
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000;
  for (let i = 0; i < n; i++) {
    const src = corpus[i % corpus.length];
    const lines = src.text.split('\n').filter(() => random() > 0.05);
    const text = lines.join('\n').replace(/\d+/g, (d) => (random() < 0.1 ? String(Number(d) + 1) : d));
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${src.name.replace(/.*\//, '')}`), text);
  }
  const files = readdirSync(dir).map((f) => join(dir, f));
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const t = async (fn: () => Promise<unknown> | unknown) => {
    const t0 = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const floor = await t(() => {
    for (const f of files) contentHash(readFileSync(f, 'utf8'));
  });
  // The server's own footprint: a fresh process that only builds the library, as the language server does.
  const storageChild = mkdtempSync(join(tmpdir(), 'bench-lib-cache-'));
  const child = JSON.parse(
    execFileSync(process.execPath, [__filename, 'library-cold', dir, storageChild], { encoding: 'utf8' }),
  ) as { rss: number; settledRss: number };
  rmSync(storageChild, { recursive: true, force: true });
  const rssBefore = process.memoryUsage().rss;
  const cold = new LibraryStore(storage, () => undefined);
  resetMemos();
  const coldMs = await t(() => cold.build({ roots: [dir], paths: [] }));
  const rss = process.memoryUsage().rss;
  const warm = new LibraryStore(storage, () => undefined);
  const warmMs = await t(() => warm.build({ roots: [dir], paths: [] }));
  const d = draft35k();
  const model = parseReport(new TextDoc('file:///draft.txt', d.text));
  const queryMs = time(
    () => {
      const lib = warm.index;
      lib.summary(model, 'file:///draft.txt');
      lib.figures(model, 'file:///draft.txt');
      lib.structure(model, 'file:///draft.txt');
    },
    5,
    1,
  );
  const similarMs = time(() => warm.index.similar(model.paragraphs[40].text, 5), RUNS);
  rmSync(dir, { recursive: true, force: true });
  rmSync(storage, { recursive: true, force: true });
  const row = {
    reports: warm.index.size,
    megabytes: +(bytes / 1e6).toFixed(1),
    floorMs: Math.round(floor),
    coldMs: Math.round(coldMs),
    warmMs: Math.round(warmMs),
    queryMs: +fmt(queryMs),
    similarMs: +fmt(similarMs),
    rssMB: Math.round(child.rss / 1e6),
    settledRssMB: Math.round(child.settledRss / 1e6),
    benchRssGrowthMB: Math.round((rss - rssBefore) / 1e6),
  };
  console.log(`\n## Library of ${row.reports} reports (${row.megabytes} MB, corpus replicated with perturbations)\n`);
  console.log(
    '| read + hash floor ms | cold index ms (goal ≤ 10,000) | × floor | warm start ms (goal ≤ 1,000) | whole-draft query ms (goal ≤ 50) | one paragraph ms | RSS MB, own process (goal ≤ 300) | 2 s later |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${row.floorMs} | ${row.coldMs} | ${(coldMs / floor).toFixed(1)} | ${row.warmMs} | ${row.queryMs} | ${row.similarMs} | ${row.rssMB} | ${row.settledRssMB} |`,
  );
  results.library = [...((results.library as unknown[] | undefined) ?? []), row];
}

/** Unmeasured keystrokes before the steady-state round trip is taken. */
const STEADY_AFTER = 300;

/** didChange → pulled diagnostics through a real server over stdio, against a bare request round trip. */
async function lspRoundTrip(): Promise<void> {
  const { StdioClient } = await import('../test/lsp/client');
  const client = new StdioClient();
  try {
    await client.initialize({ locale: 'zh-cn' });
    const d = draft35k();
    const uri = 'file:///bench/draft-工作报告.txt';
    const tiny = 'file:///bench/tiny-工作报告.txt';
    await client.open(uri, d.text);
    await client.open(tiny, '一、总体情况');
    // As VS Code pulls: naming the report it holds, so an unchanged one comes back as `unchanged`.
    let held = (await client.request<{ resultId?: string }>('textDocument/diagnostic', { textDocument: { uri } }))
      .resultId;
    const line = Math.floor(d.text.split('\n').length / 2);
    let version = 1;
    /** One typed character and its pull, then a bare request; their times and whether the report was unchanged. */
    const keystroke = async (i: number) => {
      const t0 = process.hrtime.bigint();
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [
          { range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: i % 2 ? '一' : '二' },
        ],
      });
      const report = await client.request<{ kind: string; resultId?: string }>('textDocument/diagnostic', {
        textDocument: { uri },
        ...(held ? { previousResultId: held } : {}),
      });
      held = report.resultId;
      const t1 = process.hrtime.bigint();
      await client.request('workReport/documentStats', { uri: tiny });
      const t2 = process.hrtime.bigint();
      return { rt: Number(t1 - t0) / 1e6, floor: Number(t2 - t1) / 1e6, unchanged: report.kind === 'unchanged' };
    };
    /** RUNS keystrokes after `warm` unmeasured ones. */
    const measure = async (warm: number) => {
      for (let i = 0; i < warm; i++) await keystroke(i);
      const xs: Awaited<ReturnType<typeof keystroke>>[] = [];
      for (let i = 0; i < RUNS; i++) xs.push(await keystroke(i));
      return xs;
    };
    // The first keystrokes meet a server whose code is not optimised yet; a drafter's is after a minute of typing.
    const first = await measure(5);
    const steady = await measure(STEADY_AFTER);
    const unchanged = [...first, ...steady].filter((x) => x.unchanged).length;
    const row = {
      chars: d.text.length,
      roundTripMs: +fmt(median(first.map((x) => x.rt))),
      steadyRoundTripMs: +fmt(median(steady.map((x) => x.rt))),
      floorMs: +fmt(median(steady.map((x) => x.floor))),
      unchangedReports: unchanged,
    };
    console.log(
      `\n## LSP round trip: didChange (one character) → textDocument/diagnostic on a ${row.chars}-character report (median of ${RUNS})\n`,
    );
    console.log(
      `| first keystrokes ms | after ${STEADY_AFTER} more ms | bare request ms (floor) | × floor, after | reports unchanged |`,
    );
    console.log('|---:|---:|---:|---:|---:|');
    console.log(
      `| ${row.roundTripMs} | ${row.steadyRoundTripMs} | ${row.floorMs} | ${(row.steadyRoundTripMs / row.floorMs).toFixed(1)} | ${unchanged} of ${2 * RUNS} |`,
    );
    results.lspRoundTrip = row;
  } finally {
    await client.stop();
  }
}

/** Pathological drafts at N and 4N: linear work shows a ratio near 4, quadratic near 16. Cold runs, median of 3. */
function scaling(): void {
  const rows = PATHOLOGICAL.map((p) => {
    const small = p.make(p.n),
      big = p.make(4 * p.n);
    const a = time(
      () => {
        resetMemos();
        analyse('p', small);
      },
      3,
      1,
    );
    const b = time(
      () => {
        resetMemos();
        analyse('p', big);
      },
      3,
      1,
    );
    return { input: p.name, n: p.n, chars: small.length, ms: +fmt(a), ms4: +fmt(b), ratio: +(b / a).toFixed(2) };
  });
  console.log(
    '\n## Pathological drafts at N and 4N (parse + all checks, cold, median of 3; linear ≈ 4, quadratic ≈ 16)\n',
  );
  console.log('| input | N | chars at N | ms at N | ms at 4N | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.input} | ${r.n} | ${r.chars} | ${r.ms} | ${r.ms4} | ${r.ratio} |`);
  results.scaling = rows;
}

/** The CLI, whole process, on the 50,000 identical paragraphs and on a 20 MB compilation of corpus reports (and its quarter). */
function largeInputs(): void {
  const files = corpusFiles();
  if (!files.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
  const cli = join(ROOT, 'dist', 'cli.js');
  let big = '';
  for (let i = 0; Buffer.byteLength(big) < 20e6; i++) big += files[i % files.length].text + '\n';
  const inputs: [string, string][] = [
    ['50,000 identical paragraphs', PATHOLOGICAL[0].make(50_000)],
    ['5 MB of corpus reports', big.slice(0, Math.floor(big.length / 4))],
    ['20 MB of corpus reports', big],
  ];
  const rows = inputs.map(([name, text]) => {
    const file = join(dir, 'input.txt');
    writeFileSync(file, text);
    const xs: { ms: number; rssMb: number }[] = [];
    // A child process runs the CLI's entry and reports its own peak resident set when done.
    const script =
      `const {runCli}=require(${JSON.stringify(cli)});runCli(['check',${JSON.stringify(file)},'--format','json'],{out(){},err(){}});` +
      `process.stdout.write(String(process.resourceUsage().maxRSS))`;
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const r = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      xs.push({ ms: Number(process.hrtime.bigint() - t0) / 1e6, rssMb: Math.round(Number(r) / 1024) });
    }
    return {
      input: name,
      mb: +(Buffer.byteLength(text) / 1e6).toFixed(1),
      ms: Math.round(median(xs.map((x) => x.ms))),
      maxRssMb: Math.max(...xs.map((x) => x.rssMb)),
    };
  });
  rmSync(dir, { recursive: true, force: true });
  console.log(
    '\n## Large inputs through the CLI (whole process, median of 3; goals: 50k identical ≤ 10 s under 1 GB, 20 MB ≤ 10 s)\n',
  );
  console.log('| input | MB | ms | max resident MB |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.input} | ${r.mb} | ${r.ms} | ${r.maxRssMb} |`);
  results.largeInputs = rows;
}

/** BENCH_ONLY=lsp,library runs those sections only (the names below); unset, all of them. */
const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim());
const wanted = (name: string) => !only || only.includes(name);

async function main(): Promise<void> {
  if (wanted('scaling')) scaling();
  if (wanted('large')) largeInputs();
  if (wanted('report')) perReport();
  if (wanted('edit')) perEdit();
  if (wanted('figures')) figures();
  if (wanted('lsp')) await lspRoundTrip();
  if (wanted('session')) await sessionBench(results, 3000);
  if (wanted('hostile')) await hostileLibraryBench(results, 30);
  if (wanted('library'))
    for (const n of (process.env.BENCH_LIBRARY ?? '1000,5000')
      .split(',')
      .map(Number)
      .filter((x) => x > 0))
      await library(n);
  if (wanted('folder')) duplicateHunt();
  // Last: it loads pdf.js and runs LibreOffice, whose heap and processes would weigh on the figures above.
  if (wanted('word')) await wordBench(results, RUNS);
  // A partial run prints its tables; results.json is the whole run's.
  if (only) return;
  // bench/results.json, and docs/benchmarks.md rendered from it.
  writeBenchResults(ROOT, results);
}

/** Child mode for the library's memory figure: build cold, print the resident set. */
async function libraryCold(dir: string, storage: string): Promise<void> {
  await new LibraryStore(storage, () => undefined).build({ roots: [dir], paths: [] });
  const rss = process.memoryUsage().rss;
  // Freed pages go back to the system shortly after a collection, not at once.
  await new Promise((r) => setTimeout(r, 2000));
  process.stdout.write(JSON.stringify({ rss, settledRss: process.memoryUsage().rss }));
}

if (process.argv[2] === 'library-cold') void libraryCold(process.argv[3], process.argv[4]);
// `node dist/bench.js report [FILE]`: docs/benchmarks.md again from a results file, nothing run.
else if (process.argv[2] === 'report') renderBenchmarksFile(ROOT, process.argv[3]);
else void main();
