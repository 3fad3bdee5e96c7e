import type { InitializeParams } from 'vscode-languageserver';
import type { InitOptions } from '../../../shared/protocol';
import { REVEAL_RANGE_COMMAND } from '../../../shared/protocol';

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
