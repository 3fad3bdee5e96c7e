import {
  CodeActionKind,
  PositionEncodingKind,
  TextDocumentSyncKind,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver';
import {
  DIAGNOSTIC_SOURCE,
  ANNOTATE_WORD_COMMAND,
  EXPORT_WORD_COMMAND,
  MARK_CHECKED_COMMAND,
  DECIDE_REVIEW_COMMAND,
  FIX_ALL_ACTION_KIND,
  RENUMBER_ACTION_KIND,
  REVEAL_RANGE_COMMAND,
  SHOW_DOCUMENT_COMMAND,
  type InitOptions,
} from '../../../shared/protocol';

/** What the connected editor can do, read once from `initialize`; features degrade to what it declares. */
export interface ClientFeatures {
  /** textDocument/diagnostic: the client pulls. Otherwise the server publishes (textDocument/publishDiagnostics). */
  pullDiagnostics: boolean;
  /** Completion items may carry snippets (`${1:…}`); otherwise they are plain text. */
  snippets: boolean;
  /** window/showDocument (LSP 3.16), which a server command can use to reveal a place. */
  showDocument: boolean;
  /** The client registers workReport.revealRange itself (our VS Code client says so in initializationOptions). */
  revealCommand: boolean;
  configuration: boolean;
  workDoneProgress: boolean;
}

/** Until `initialize` says otherwise: pull diagnostics and snippets, nothing optional. */
export const FEATURES_BEFORE_INITIALIZE: ClientFeatures = {
  pullDiagnostics: true,
  snippets: true,
  showDocument: false,
  revealCommand: false,
  configuration: false,
  workDoneProgress: false,
};

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const c = params.capabilities;
  const init = (params.initializationOptions ?? {}) as InitOptions;
  return {
    pullDiagnostics: !!c.textDocument?.diagnostic,
    snippets: !!c.textDocument?.completion?.completionItem?.snippetSupport,
    showDocument: !!c.window?.showDocument?.support,
    revealCommand: Array.isArray(init.clientCommands) && init.clientCommands.includes(REVEAL_RANGE_COMMAND),
    configuration: !!c.workspace?.configuration,
    workDoneProgress: !!c.window?.workDoneProgress,
  };
}

/** What the server offers, shaped by what the client declared. */
export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  return {
    // Positions count UTF-16 code units, the encoding every client must support (LSP 3.17).
    positionEncoding: PositionEncodingKind.UTF16,
    textDocumentSync: TextDocumentSyncKind.Incremental,
    documentSymbolProvider: { label: '工作报告' },
    foldingRangeProvider: true,
    workspaceSymbolProvider: true,
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['《', '—', '、', '共', '（', '('] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_ACTION_KIND, FIX_ALL_ACTION_KIND] },
    // A client that pulls gets pull only; one that cannot is sent publishDiagnostics instead.
    ...(features.pullDiagnostics
      ? {
          diagnosticProvider: {
            identifier: DIAGNOSTIC_SOURCE,
            interFileDependencies: false,
            workspaceDiagnostics: false,
          },
        }
      : {}),
    executeCommandProvider: {
      commands: [
        ANNOTATE_WORD_COMMAND,
        EXPORT_WORD_COMMAND,
        MARK_CHECKED_COMMAND,
        DECIDE_REVIEW_COMMAND,
        ...(!features.revealCommand && features.showDocument ? [SHOW_DOCUMENT_COMMAND] : []),
      ],
    },
  };
}
