import type { InitializeParams } from 'vscode-languageserver';
import type { InitOptions } from './protocol';
import { REVEAL_RANGE_COMMAND } from './protocol';

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

/** A snippet's text as plain text: placeholders keep their default, tab stops and variables vanish, escapes resolve. */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1])) { out += snippet[++i]; continue; }
    if (ch === '$') {
      const m = /^\$(?:(\d+)|\{(\d+)(?::|\|)?|([A-Za-z_]\w*)|\{([A-Za-z_]\w*):?)/.exec(snippet.slice(i));
      if (m) {
        i += m[0].length - 1;
        if (m[0].startsWith('${')) {
          // Keep the default (up to the matching brace; choices keep the first one).
          let depth = 1;
          let inner = '';
          for (i++; i < snippet.length && depth > 0; i++) {
            if (snippet[i] === '\\' && i + 1 < snippet.length) { inner += snippet[i] + snippet[i + 1]; i++; continue; }
            if (snippet[i] === '{') depth++;
            if (snippet[i] === '}' && --depth === 0) break;
            inner += snippet[i];
          }
          const isChoice = m[0].endsWith('|');
          out += snippetToPlainText(isChoice ? inner.replace(/\|$/, '').split(',')[0] : inner);
        }
        continue;
      }
    }
    out += ch;
  }
  return out;
}
