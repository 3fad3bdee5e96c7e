/**
 * 意见汇总 (in the Explorer, beside 换年核对清单): what the offices said on the draft sent for comments (征求意见),
 * imported from their returned Word files — by chapter, then by office; those that could not be placed in the draft
 * last, under 未能对应到草稿. A click opens the place; 采纳 / 不采纳 (with a reason) record the decision beside the
 * draft; 导出意见采纳情况表 writes the table. The server reads, places and records; the client only asks.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';
import {
  DECIDE_REVIEW_COMMAND,
  ExportReviewTableRequest,
  ImportReviewsRequest,
  LANGUAGE_ID,
  ReviewsRequest,
  type ReviewEntry,
  type ReviewsResult,
  type Verdict,
} from '../../shared/protocol';
import { sayWritten } from './word';

export const REVIEWS_VIEW = 'workReport.reviews';

type Node =
  | { group: string; units: Map<string, ReviewEntry[]>; unmapped: boolean }
  | { unit: string; entries: ReviewEntry[] }
  | { entry: ReviewEntry; uri: string };

const VERDICT: Record<Verdict, string> = { accepted: '采纳', rejected: '不采纳' };

class ReviewsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  list: ReviewsResult | undefined;
  uri: string | undefined;

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId !== LANGUAGE_ID) return; // keep the last draft's list while another editor has focus
    this.uri = doc.uri.toString();
    this.list = (await this.client.sendRequest(ReviewsRequest, { uri: this.uri })) ?? undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.list || !this.uri) return [];
    if (!node) {
      const groups = new Map<string, { units: Map<string, ReviewEntry[]>; unmapped: boolean }>();
      for (const e of this.list.entries) {
        const unmapped = !e.range;
        const name = unmapped ? this.list.unmappedLabel : e.chapter || t('Title block');
        const g = groups.get(name) ?? groups.set(name, { units: new Map(), unmapped }).get(name)!;
        g.units.set(e.unit, [...(g.units.get(e.unit) ?? []), e]);
      }
      return [...groups].map(([group, g]) => ({ group, ...g }));
    }
    if ('group' in node) return [...node.units].map(([unit, entries]) => ({ unit, entries }));
    if ('unit' in node) return node.entries.map((entry) => ({ entry, uri: this.uri! }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const all = [...node.units.values()].flat();
      const row = new vscode.TreeItem(node.group, vscode.TreeItemCollapsibleState.Expanded);
      row.description = t('{0} open / {1}', all.filter((e) => !e.decision).length, all.length);
      if (node.unmapped) row.iconPath = new vscode.ThemeIcon('question');
      return row;
    }
    if ('unit' in node) {
      const row = new vscode.TreeItem(node.unit, vscode.TreeItemCollapsibleState.Expanded);
      row.iconPath = new vscode.ThemeIcon('organization');
      row.description = t('{0} open / {1}', node.entries.filter((e) => !e.decision).length, node.entries.length);
      return row;
    }
    const { entry: e, uri } = node;
    const row = new vscode.TreeItem(e.opinion || e.message);
    row.description = e.decision ? `${VERDICT[e.decision]}${e.reason ? `：${e.reason}` : ''}` : undefined;
    const when = e.date ? e.date.replace('T', ' ').replace(/:\d\d(\.\d+)?Z?$/, '') : '';
    row.tooltip = new vscode.MarkdownString(
      [
        `**${e.message}**`,
        `${t('Original')}：${e.original}`,
        `${e.file}${when ? ` · ${when}` : ''}${e.author && e.author !== e.unit ? ` · ${e.author}` : ''}`,
      ]
        .map((l) => l.replace(/[\\`*_[\]<>]/g, '\\$&'))
        .join('\n\n'),
    );
    row.iconPath = new vscode.ThemeIcon(
      e.decision === 'accepted'
        ? 'pass'
        : e.decision === 'rejected'
          ? 'circle-slash'
          : e.kind === 'comment'
            ? 'comment'
            : 'diff',
    );
    row.contextValue = e.decision ? 'reviewDecided' : 'reviewOpen';
    const r = e.range;
    if (r)
      row.command = {
        title: t('Go to'),
        command: 'vscode.open',
        arguments: [
          vscode.Uri.parse(uri),
          { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) },
        ],
      };
    return row;
  }
}

export function registerReviews(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new ReviewsProvider(client);
  const view = vscode.window.createTreeView(REVIEWS_VIEW, { treeDataProvider: provider });
  const refresh = async () => {
    await provider.refresh();
    const l = provider.list;
    view.description = l?.total ? t('{0} open / {1}', l.open, l.total) : undefined;
  };
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  };
  const activeDraft = (): vscode.TextDocument | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === LANGUAGE_ID) return doc;
    void vscode.window.showInformationMessage(t('Open the draft the comments are on first.'));
    return undefined;
  };

  /** `files`: the returned copies, from a script or a test; else the user picks them (several at once). */
  const importReviews = async (files?: unknown) => {
    const doc = activeDraft();
    if (!doc) return undefined;
    const given = Array.isArray(files) ? files.filter((f): f is vscode.Uri => f instanceof vscode.Uri) : [];
    const picked = given.length
      ? given
      : await vscode.window.showOpenDialog({
          canSelectMany: true,
          defaultUri: doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : undefined,
          openLabel: t('Import'),
          title: t("Reviewers' returned copies of {0}", doc.uri.path.split('/').pop()!),
          filters: { [t('Word documents')]: ['docx', 'docm'] },
        });
    if (!picked?.length) return undefined;
    const r = await client.sendRequest(ImportReviewsRequest, {
      uri: doc.uri.toString(),
      files: picked.map((u) => u.toString()),
    });
    if (!r.ok) void vscode.window.showErrorMessage(r.message);
    else {
      void vscode.window.showInformationMessage(r.message);
      for (const p of r.problems) void vscode.window.showWarningMessage(p);
      await vscode.commands.executeCommand(`${REVIEWS_VIEW}.focus`);
    }
    await refresh();
    return r;
  };

  const decide = async (node: Node | undefined, verdict: Verdict | null) => {
    if (!node || !('entry' in node)) return;
    let reason = '';
    if (verdict) {
      const answer = await vscode.window.showInputBox({
        title: `${VERDICT[verdict]}：${node.entry.message}`,
        prompt: verdict === 'rejected' ? t('Why it is not taken (for the table)') : t('How it is taken (optional)'),
        value: node.entry.reason,
      });
      if (answer === undefined) return; // cancelled
      reason = answer;
    }
    await vscode.commands.executeCommand(DECIDE_REVIEW_COMMAND, node.uri, node.entry.key, verdict, reason);
    await refresh();
  };

  /** `requested`: a .docx to write, from a script or a test; else the user names it. */
  const exportTable = async (requested?: unknown) => {
    const doc = activeDraft();
    if (!doc) return undefined;
    const target =
      requested instanceof vscode.Uri && requested.scheme === 'file' && /\.docx$/i.test(requested.path)
        ? requested
        : await vscode.window.showSaveDialog({
            defaultUri:
              doc.uri.scheme === 'file'
                ? doc.uri.with({ path: `${doc.uri.path.replace(/(\.report)?\.(txt|md)$/i, '')}-意见采纳情况表.docx` })
                : undefined,
            filters: { [t('Word documents')]: ['docx'] },
          });
    if (!target) return undefined;
    const r = await client.sendRequest(ExportReviewTableRequest, {
      uri: doc.uri.toString(),
      target: target.toString(),
    });
    sayWritten(r, target);
    return r;
  };

  context.subscriptions.push(
    view,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === provider.uri)) soon();
    }),
    vscode.commands.registerCommand('workReport.importReviews', importReviews),
    vscode.commands.registerCommand('workReport.exportReviewTable', exportTable),
    vscode.commands.registerCommand('workReport.acceptReview', (node?: Node) => decide(node, 'accepted')),
    vscode.commands.registerCommand('workReport.rejectReview', (node?: Node) => decide(node, 'rejected')),
    vscode.commands.registerCommand('workReport.undoReviewDecision', (node?: Node) => decide(node, null)),
    vscode.commands.registerCommand('workReport.showReviews', async () => {
      await vscode.commands.executeCommand(`${REVIEWS_VIEW}.focus`);
      await refresh();
    }),
  );
  void refresh();
}
