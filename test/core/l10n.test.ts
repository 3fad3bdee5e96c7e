import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ALL_CHECKS } from '../../server/src/core';
import { messageKeys, msg } from '../../server/src/messages';
import { ROOT } from '../helpers';

const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));

describe('localisation: Chinese first, English available', () => {
  const en = json('package.nls.json');
  const zh = json('package.nls.zh-cn.json');

  it('every %key% in package.json exists in both package.nls files', () => {
    const keys = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20, `${keys.length} keys`);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(zh[k], `package.nls.zh-cn.json lacks ${k}`);
    }
  });

  it('both package.nls files have the same keys, and the Chinese ones are in Chinese', () => {
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(zh))
      assert.match(String(v), /[\u4e00-\u9fff]/, `zh-cn ${k} is not Chinese: ${v}`);
  });

  it('a Chinese search finds every command whatever the UI language: the English title carries the Chinese one', () => {
    const keys = Object.keys(en).filter((k) => k.startsWith('command.'));
    assert.ok(keys.length >= 10, `${keys.length} commands`);
    for (const k of keys) assert.ok(en[k].includes(zh[k]), `package.nls.json ${k} "${en[k]}" lacks "${zh[k]}"`);
  });

  it('every string the client shows (t / vscode.l10n.t) has a zh-cn translation', () => {
    const bundle = json('l10n/bundle.l10n.zh-cn.json');
    const dir = join(ROOT, 'client', 'src');
    const used = readdirSync(dir).flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/(?:l10n\.t|\bt)\(\s*'([^']+)'/g)].map((m) => m[1]),
    );
    assert.ok(used.length >= 50, `${used.length} strings`);
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
  });

  it('every check describes itself in both languages', () => {
    for (const c of ALL_CHECKS) {
      assert.match(c.description.zh, /[\u4e00-\u9fff]/, c.code);
      assert.ok(c.description.en.length > 0, c.code);
    }
  });
});

describe('settings and schema complete the diagnostic codes', () => {
  it('workReport.severity and .workreportrc.json severity name exactly the codes the checks have', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'workreportrc.schema.json'), 'utf8'));
    const want = ALL_CHECKS.map((c) => c.code).sort();
    assert.deepStrictEqual(
      [...pkg.contributes.configuration.properties['workReport.severity'].propertyNames.enum].sort(),
      want,
    );
    assert.deepStrictEqual([...schema.properties.severity.propertyNames.enum].sort(), want);
  });
});

describe('localisation of the server and the CLI: one table', () => {
  const table = { msg, messageKeys };

  it('every message of the table reads in Chinese for zh and in English for en', () => {
    const keys = table.messageKeys();
    assert.ok(keys.length >= 30, `${keys.length} messages`);
    for (const k of keys) {
      const args = ['file.txt', 'x', 'y', 'z', 'w'];
      const zh = (table.msg('zh', k) as (...a: unknown[]) => string)(...args);
      const en = (table.msg('en', k) as (...a: unknown[]) => string)(...args);
      assert.match(zh, /[\u4e00-\u9fff]/, `${k} (zh): ${zh}`);
      assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `${k} (en): ${en}`);
    }
  });

  it('no module of the server or the CLI chooses a language itself', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === 'core'
            ? []
            : sources(join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const choosing = sources(join(ROOT, 'server', 'src')).filter((f) =>
      /locale === 'en'|locale === 'zh'/.test(readFileSync(f, 'utf8')),
    );
    assert.deepStrictEqual(choosing, []);
  });

  it('a Word document the CLI cannot read is explained in Chinese', () => {
    assert.strictEqual(
      table.msg('zh', 'wordReason')('a password-protected document (or an old .doc)'),
      '有密码保护，或是旧版 .doc（请另存为无密码的 .docx）',
    );
    assert.strictEqual(table.msg('en', 'wordReason')('a password-protected document'), 'a password-protected document');
  });
});
