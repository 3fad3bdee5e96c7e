import * as path from 'path';
import * as vscode from 'vscode';
import { languageSetting, t } from './l10n';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, REVEAL_RANGE_COMMAND, SETTINGS_SECTION, WORD_VIEW_SCHEME } from '../../shared/protocol';
import { registerChecklist } from './checklist';
import { registerCommands } from './commands';
import { registerNextYear } from './nextYear';
import { registerReviews } from './reviews';
import { ComparePanel } from './panel';
import { trackStartup } from './startupTimings';
import { registerStatusItem } from './statusItem';
import { registerTasks } from './tasks';
import { showWalkthroughOnce } from './walkthrough';
import { registerWord } from './word';
import { registerWorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;

/** Wiring only: start the language server, register the commands and the status item. Analysis lives in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(t('Work Report'));
  context.subscriptions.push(output);
  const started = trackStartup(context, output);
  registerCommands(context, output);
  registerTasks(context);

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: WORD_VIEW_SCHEME },
    ],
    outputChannel: output,
    initializationOptions: {
      storagePath: context.globalStorageUri.fsPath,
      samplesPath: context.asAbsolutePath('seeds'),
      clientCommands: [REVEAL_RANGE_COMMAND],
      language: languageSetting(),
    },
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      // The server re-reads the project configuration, and re-indexes the library, when these change.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.workreportrc.json'),
        vscode.workspace.createFileSystemWatcher('**/.workreport-checked.json'),
        vscode.workspace.createFileSystemWatcher('**/.workreport-review.json'),
        vscode.workspace.createFileSystemWatcher('**/*工作报告*.{txt,md}'),
        vscode.workspace.createFileSystemWatcher('**/*.report.{txt,md}'),
        vscode.workspace.createFileSystemWatcher('**/*工作报告*.{docx,docm,pdf}'),
        vscode.workspace.createFileSystemWatcher('**/*.report.{docx,docm,pdf}'),
      ],
    },
  };
  // The id 'workReport' makes the client honour the `workReport.trace.server` setting.
  client = new LanguageClient('workReport', t('Work Report Language Server'), serverOptions, clientOptions);
  await client.start();
  started('serverReady');
  registerStatusItem(context, client);
  registerWorkspaceCheck(context, client);
  registerWord(context, client);
  registerChecklist(context, client);
  registerReviews(context, client);
  registerNextYear(context, client);
  showWalkthroughOnce(context);
  offerReloadOnLanguageChange(context);
  // The comparison panel's command, and its restoration with the window (onWebviewPanel:workReport.compare).
  new ComparePanel(context, client);
}

/** Findings, panel and status are all in the chosen language only after a reload, as with VS Code's own language. */
function offerReloadOnLanguageChange(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(`${SETTINGS_SECTION}.language`)) return;
      const reload = t('Reload Window');
      const answer = await vscode.window.showInformationMessage(
        t('The language of the work report tools changes after the window is reloaded.'),
        reload,
      );
      if (answer === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
