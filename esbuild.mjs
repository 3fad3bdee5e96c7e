// Bundles the extension client, the language server, the CLI, the benchmark and the tests.
import * as esbuild from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { join } from 'path';

const watch = process.argv.includes('--watch');
// --production (npm run package): minified, no source maps, for the .vsix.
const production = process.argv.includes('--production');
// package.json's version, the one place it is written: the CLI's --version and the server's serverInfo read it
// (declared in server/src/types/version.d.ts).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { WORK_REPORT_VERSION: JSON.stringify(version) },
};
// typo.char's data (server/src/core/typos/typoData.json, 1 MB) is one file beside the bundles, read by each of them
// (server, CLI, library worker), not a copy inside each; tests carry it inline.
const TYPO_DATA = 'server/src/core/typos/typoData.json';
const typoDataBeside = {
  name: 'typo-data-beside',
  setup(build) {
    build.onResolve({ filter: /typoData\.json$/ }, () => ({ path: './typo-data.json', external: true }));
  },
};
// pdf.js and the docx writer are bundles of their own, required on first use (server/src/engines/load.ts);
// tests carry them inline.
const separate = { ...common, define: { ...common.define, ENGINES_INLINE: 'false' }, plugins: [typoDataBeside] };
const inline = { ...common, define: { ...common.define, ENGINES_INLINE: 'true' } };

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'e2e') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (name.endsWith('.test.ts') || name === 'fuzzMain.ts') out.push(p);
  }
  return out;
}

const builds = [
  {
    ...separate,
    entryPoints: { client: 'client/src/extension.ts' },
    outdir: 'dist',
    format: 'cjs',
    external: ['vscode'],
  },
  // The library build's worker threads run dist/library-worker.js, beside the server and the CLI.
  {
    ...separate,
    entryPoints: { server: 'server/src/node/main.ts', 'library-worker': 'server/src/node/libraryWorker.ts' },
    outdir: 'dist',
    format: 'cjs',
  },
  {
    ...separate,
    entryPoints: { cli: 'server/src/cli.ts' },
    outdir: 'dist',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...separate,
    entryPoints: { 'pdf-engine': 'server/src/engines/pdfjs.ts', 'docx-engine': 'server/src/core/word/docxEngine.ts' },
    outdir: 'dist',
    format: 'cjs',
  },
  // The comparison panel's page: a browser script (no Node), loaded by the webview from dist/.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: { panel: 'client/webview/panel.ts' },
    outdir: 'dist',
  },
  {
    ...separate,
    entryPoints: {
      bench: 'bench/bench.ts',
      eval: 'bench/evalMain.ts',
      'learn-formulations': 'bench/formulations/learnMain.ts',
      'typo-data-build': 'bench/typoData.ts',
    },
    outdir: 'dist',
    format: 'cjs',
  },
  { ...inline, entryPoints: testEntries('test'), outdir: 'out', outbase: '.', format: 'cjs', external: ['vscode'] },
  // The extension suite runs inside VS Code's extension host: vscode and mocha come from there and node_modules.
  {
    ...inline,
    entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/extension.test.ts'],
    outdir: 'out/test/e2e/suite',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  },
  {
    ...inline,
    entryPoints: { run: 'test/e2e/run.ts', electron: 'test/e2e/electron.ts', start: 'test/e2e/start.ts' },
    outdir: 'out/test/e2e',
    format: 'cjs',
    external: ['playwright-core', '@vscode/test-electron'],
  },
];

// Compiled tests of deleted sources must not linger and run.
rmSync('out', { recursive: true, force: true });
// The CMaps Chinese PDFs name (UniGB-UCS2-H…), read by pdf.js from beside the bundles that read PDFs.
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/cmaps', { recursive: true });
cpSync(TYPO_DATA, 'dist/typo-data.json');

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
