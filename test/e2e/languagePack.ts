/**
 * A Chinese (zh-cn) language pack made for the test, so that the real editor runs in zh-CN offline. VS Code shows a
 * display language only when a language pack for it is installed (languagepacks.json in the user data folder);
 * without one it falls back to English whatever the browser or --locale say, and no extension — ours included —
 * ever sees zh-cn. This pack translates nothing of VS Code's own (its strings stay English), but it makes the locale
 * zh-cn for the workbench and the extension host: our package.nls.zh-cn.json and l10n bundle are what is on screen,
 * as for a drafter whose VS Code is in Chinese.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { RunDirs } from './processes';

export const TEST_LOCALE = 'zh-cn';

/** Writes the pack and registers it where the VS Code server looks; returns the server's --locale arguments. */
export function installTestLanguagePack(d: RunDirs): string[] {
  const dir = join(d.root, 'language-pack-zh-cn');
  mkdirSync(dir, { recursive: true });
  const translations = join(dir, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [TEST_LOCALE]: {
      hash: 'work-report-test-zh-cn',
      extensions: [{ extensionIdentifier: { id: 'work-report.test-language-pack-zh-cn' }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: '中文(简体)',
    },
  };
  writeFileSync(join(d.userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
  return ['--locale', TEST_LOCALE];
}
