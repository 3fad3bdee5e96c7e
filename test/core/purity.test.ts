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
  it('imports nothing from vscode or the language server libraries', () => {
    const files = sources(join(ROOT, 'server', 'src', 'core'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.ok(!/from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"]/.test(text), `${f} imports an editor library`);
      assert.ok(!/from\s+['"]\.\.\/\.\.\/(lsp|node)\//.test(text) && !/from\s+['"]\.\.\/(lsp|node)\//.test(text), `${f} imports from the server shell`);
    }
  });
});
