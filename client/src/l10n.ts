/**
 * The extension's own strings in the language of the `workReport.language` setting. VS Code's l10n follows its
 * display language only; drafters write Chinese reports in an English VS Code too, so the default is Chinese
 * whatever the display language, and `auto` hands over to vscode.l10n.
 */
import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { SETTINGS_SECTION } from '../../shared/protocol';

export type LanguageSetting = 'zh-cn' | 'en' | 'auto';

const ZH: Record<string, string> = zhCn;

export function languageSetting(): LanguageSetting {
  const v = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('language');
  return v === 'en' || v === 'auto' ? v : 'zh-cn';
}

/** The BCP 47 tag of the language our strings are shown in (for the webview's lang attribute). */
export function shownLanguage(): string {
  const s = languageSetting();
  return s === 'auto' ? vscode.env.language : s;
}

/** `{0}`-style arguments, as vscode.l10n.t fills them. */
export function fill(template: string, args: readonly (string | number | boolean)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** A message of ours (its English text is the key of l10n/bundle.l10n.zh-cn.json) in the chosen language. */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const s = languageSetting();
  if (s === 'auto') return vscode.l10n.t(message, ...args);
  return fill(s === 'zh-cn' ? (ZH[message] ?? message) : message, args);
}
