import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the analysis core', () => {
  it('keeps nothing about a model or a document at module level: layers live on the model, analyses in the service', () => {
    const held: string[] = [];
    for (const f of sources(join(ROOT, 'server', 'src', 'core'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(
        /^(?:export )?(?:const|let) \w+(?::[^=]+)? = new (?:Weak)?Map<(ReportModel|ReportDocument|ReportAnalysis)\b/gm,
      ))
        held.push(`${f}: ${m[0]}`);
    }
    assert.deepStrictEqual(held, []);
  });

  it('imports nothing from vscode or the language server libraries', () => {
    const files = sources(join(ROOT, 'server', 'src', 'core'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.ok(
        !/from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/.test(text),
        `${f} imports an editor library`,
      );
      assert.ok(
        !/from\s+['"]\.\.\/\.\.\/(lsp|node)\//.test(text) && !/from\s+['"]\.\.\/(lsp|node)\//.test(text),
        `${f} imports from the server shell`,
      );
    }
  });
});

/**
 * The layers, lowest first: a module imports only from its own layer or lower ones. Inside the core: text and
 * documents; the model; what is computed from a model (figures, numbering runs, repeats, typo.char's model,
 * configuration); the library;
 * the checks; the editor features; the core's index. Outside it: io and config files below the CLI and the server's
 * lsp/ and node/; the client talks to the server only through shared/ (the protocol and the panel's messages).
 */
const CORE_LAYERS: Record<string, number> = {
  text: 0,
  'document.ts': 0,
  'decode.ts': 0,
  'reportFiles.ts': 0,
  'severity.ts': 0,
  'limits.ts': 0,
  'localized.ts': 0,
  model: 1,
  figures: 2,
  numbering: 2,
  repeat: 2,
  typos: 2,
  'config.ts': 2,
  word: 2,
  'reportText.ts': 2,
  pdf: 0,
  library: 3,
  review: 3,
  checks: 4,
  features: 5,
  'service.ts': 5,
  'nextYear.ts': 5,
  'checklist.ts': 5,
  'handIn.ts': 5,
  'index.ts': 6,
};

/** Whether every import of `spec` in `file` is `import type` / `export type`. */
function typeOnly(file: string, spec: string): boolean {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => /^(?:import|export)\b/.test(l) && l.includes(`'${spec}'`));
  return lines.length > 0 && lines.every((l) => /^(?:import|export) type\b/.test(l));
}

function relativeImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)].map(
    (m) => m[1],
  );
}

describe('layering', () => {
  const core = join(ROOT, 'server', 'src', 'core');
  const layerOf = (absolute: string): number => {
    const rel = absolute.slice(core.length + 1);
    const top = rel.includes('/') ? rel.split('/')[0] : rel.endsWith('.ts') ? rel : `${rel}.ts`;
    const layer = CORE_LAYERS[top];
    assert.notStrictEqual(layer, undefined, `no layer for ${rel}`);
    return layer;
  };
  it('no module of the core imports from a higher layer', () => {
    const wrong: string[] = [];
    for (const f of sources(core)) {
      for (const imp of relativeImports(f)) {
        const target = join(f, '..', imp);
        if (!target.startsWith(core + '/')) {
          wrong.push(`${f} → ${imp} (outside the core)`);
          continue;
        }
        if (layerOf(target) > layerOf(f)) wrong.push(`${f.slice(core.length + 1)} → ${target.slice(core.length + 1)}`);
      }
    }
    assert.deepStrictEqual(wrong, []);
  });
  it('io and config files know nothing of the server, the CLI or the client; the client reaches the server through shared/ only', () => {
    const server = join(ROOT, 'server', 'src');
    for (const dir of ['io', 'config']) {
      for (const f of sources(join(server, dir))) {
        for (const imp of relativeImports(f))
          assert.ok(!/\/(lsp|node|cli)(\/|$)/.test(join(f, '..', imp).slice(server.length)), `${f} → ${imp}`);
      }
    }
    // The client (extension and panel page) reaches the server only through shared/; shared/ takes only types
    // from the core (its requests' results), so nothing of the server is bundled into the client by it.
    for (const f of [...sources(join(ROOT, 'client', 'src')), ...sources(join(ROOT, 'client', 'webview'))]) {
      for (const imp of relativeImports(f)) {
        const target = join(f, '..', imp);
        assert.ok(
          !target.startsWith(join(ROOT, 'server') + '/') || typeOnly(f, imp),
          `${f} → ${imp}: the client imports the server through shared/ only`,
        );
      }
    }
    for (const f of sources(join(ROOT, 'shared'))) {
      for (const imp of relativeImports(f)) {
        const target = join(f, '..', imp);
        assert.ok(
          target === join(server, 'core') && typeOnly(f, imp),
          `${f} → ${imp}: shared/ takes only types from the core`,
        );
      }
    }
  });
});

describe('import cycles', () => {
  it('no module of the server, the CLI or the core takes part in a cycle of imports, type-only ones included', () => {
    const server = join(ROOT, 'server', 'src');
    const files = sources(server);
    const known = new Set(files);
    const resolve = (from: string, spec: string) =>
      [`${join(from, '..', spec)}.ts`, join(from, '..', spec, 'index.ts')].find((c) => known.has(c));
    const graph = new Map(
      files.map((f) => [
        f,
        [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)]
          .map((m) => resolve(f, m[1]))
          .filter((x): x is string => !!x),
      ]),
    );
    // Depth-first search with colours: grey on the stack, black done; a grey target closes a cycle.
    const colour = new Map<string, 'grey' | 'black'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      colour.set(f, 'grey');
      for (const g of graph.get(f) ?? []) {
        if (colour.get(g) === 'grey')
          cycles.push([...path.slice(path.indexOf(g)), g].map((x) => x.slice(server.length + 1)).join(' → '));
        else if (!colour.has(g)) visit(g, [...path, g]);
      }
      colour.set(f, 'black');
    };
    for (const f of files) if (!colour.has(f)) visit(f, [f]);
    assert.deepStrictEqual(cycles, []);
  });
});
