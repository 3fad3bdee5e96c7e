/**
 * The year-over checklist view (换年核对清单, in the Explorer beside the Outline): what the active report still holds
 * of last year's, by chapter, open items first; a click opens the place, "mark as checked" records it. The list
 * comes from the server (workReport/checklist) and follows the report's diagnostics.
 */
import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ChecklistRequest,
  LANGUAGE_ID,
  MARK_CHECKED_COMMAND,
  type Checklist,
  type ChecklistItem,
} from '../../shared/protocol';

export const CHECKLIST_VIEW = 'workReport.checklist';

type Node = { chapter: string; items: ChecklistItem[] } | { item: ChecklistItem; uri: string };

class ChecklistProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  list: Checklist | undefined;
  uri: string | undefined;

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId !== LANGUAGE_ID) return; // keep the last report's list while another editor has focus
    this.uri = doc.uri.toString();
    this.list = (await this.client.sendRequest(ChecklistRequest, { uri: this.uri })) ?? undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.list || !this.uri) return [];
    if (!node) {
      const chapters = new Map<string, ChecklistItem[]>();
      for (const i of this.list.items) chapters.set(i.chapter, [...(chapters.get(i.chapter) ?? []), i]);
      return [...chapters].map(([chapter, items]) => ({ chapter, items }));
    }
    if ('chapter' in node) {
      const uri = this.uri;
      return [...node.items].sort((a, b) => Number(a.checked) - Number(b.checked)).map((item) => ({ item, uri }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('chapter' in node) {
      const open = node.items.filter((i) => !i.checked).length;
      const row = new vscode.TreeItem(node.chapter || t('Title block'), vscode.TreeItemCollapsibleState.Expanded);
      row.description = t('{0} to check', open);
      return row;
    }
    const { item, uri } = node;
    const row = new vscode.TreeItem(item.text || item.code);
    row.description = item.message;
    row.tooltip = `${item.message} [${item.code}]`;
    row.iconPath = new vscode.ThemeIcon(
      item.checked ? 'pass' : item.code === 'draft.placeholder' ? 'edit' : 'circle-large-outline',
    );
    row.contextValue = item.checked || item.code === 'draft.placeholder' ? 'done' : 'open';
    const r = item.range;
    row.command = {
      title: t('Go to'),
      command: 'vscode.open',
      arguments: [
        vscode.Uri.parse(uri),
        {
          selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
          preserveFocus: false,
        },
      ],
    };
    return row;
  }
}

export function registerChecklist(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new ChecklistProvider(client);
  const view = vscode.window.createTreeView(CHECKLIST_VIEW, { treeDataProvider: provider });
  const refresh = async () => {
    await provider.refresh();
    const l = provider.list;
    view.description = l ? t('{0} to check / {1} checked', l.open, l.checked) : undefined;
  };
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  };
  context.subscriptions.push(
    view,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (
        e.uris.some(
          (u) =>
            u.toString() === provider.uri || u.toString() === vscode.window.activeTextEditor?.document.uri.toString(),
        )
      )
        soon();
    }),
    // The server's command (the language client registers it under its own id) run on a row of the view.
    vscode.commands.registerCommand('workReport.markCheckedItem', async (node?: Node) => {
      if (!node || !('item' in node)) return;
      await vscode.commands.executeCommand(MARK_CHECKED_COMMAND, node.uri, node.item.code, node.item.start);
      await refresh();
    }),
    vscode.commands.registerCommand('workReport.showChecklist', async () => {
      await vscode.commands.executeCommand(`${CHECKLIST_VIEW}.focus`);
      await refresh();
    }),
  );
  void refresh();
}
