import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_CHECKS } from '../../server/src/core';
import { messageKeys, msg } from '../../server/src/messages';
import { ROOT } from '../helpers';

interface Term {
  en: string;
  /** The Chinese of the term; where it has more than one, any of them. */
  zh: string | string[];
  avoid: string[];
  /** Match the English with its case (Word the program, not a word). */
  case?: boolean;
}
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const GLOSSARY: Term[] = json('l10n/glossary.json').terms;

/** Every (English, Chinese) pair of text the extension, the server and the CLI show. */
function pairs(): { where: string; en: string; zh: string }[] {
  const out: { where: string; en: string; zh: string }[] = [];
  const en = json('package.nls.json');
  const zh = json('package.nls.zh-cn.json');
  for (const k of Object.keys(en)) out.push({ where: `package.nls ${k}`, en: en[k], zh: zh[k] ?? '' });
  for (const [k, v] of Object.entries(json('l10n/bundle.l10n.zh-cn.json') as Record<string, string>))
    out.push({ where: `l10n bundle "${k}"`, en: k, zh: v });
  const args = ['a.txt', 'x', 'y', 'z', 'w'];
  for (const k of messageKeys()) {
    const f = (l: 'zh' | 'en') => (msg(l, k) as (...a: unknown[]) => string)(...args);
    out.push({ where: `messages.ts ${k}`, en: f('en'), zh: f('zh') });
  }
  for (const c of ALL_CHECKS) {
    out.push({ where: `${c.code} description`, ...c.description });
    out.push({ where: `${c.code} docs.finds`, ...c.docs.finds });
    if (c.docs.fixes) out.push({ where: `${c.code} docs.fixes`, ...c.docs.fixes });
  }
  return out;
}

describe('glossary: one vocabulary in both languages (l10n/glossary.json)', () => {
  const all = pairs();

  it('reads every table', () => {
    assert.ok(all.length > 150, `${all.length} pairs`);
  });

  it('where the English uses a term, the Chinese uses its Chinese', () => {
    const wrong: string[] = [];
    for (const t of GLOSSARY) {
      const word = new RegExp(`\\b${t.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, t.case ? '' : 'i');
      const zh = [t.zh].flat();
      for (const p of all)
        if (word.test(p.en) && !zh.some((z) => p.zh.includes(z))) wrong.push(`${p.where}: “${t.en}” but no ${zh[0]}`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('the words to avoid appear in neither language', () => {
    const found: string[] = [];
    for (const t of GLOSSARY)
      for (const a of t.avoid)
        for (const p of all) if (p.en.includes(a) || p.zh.includes(a)) found.push(`${p.where}: ${a}`);
    assert.deepStrictEqual(found, []);
  });
});
