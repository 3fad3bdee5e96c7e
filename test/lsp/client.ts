import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';

/** Starts `node dist/server.js --stdio` as any LSP editor would, and speaks JSON-RPC to it. */
export class StdioClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly stderr: string[] = [];
  /** Every textDocument/publishDiagnostics received, in order. */
  readonly publications: any[] = [];
  private readonly waiters = new Set<(p: any) => boolean>();

  /** `env`: added to this process's environment (WORK_REPORT_LIMITS, say). */
  constructor(env: Record<string, string> = {}) {
    this.proc = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: any) => {
      this.publications.push(p);
      for (const w of [...this.waiters]) if (w(p)) this.waiters.delete(w);
    });
    this.conn.listen();
  }

  /**
   * `pull: false` declares no textDocument.diagnostic (as Neovim 0.7–0.9, eglot, Helix do); `capabilities` is merged
   * over the default textDocument capabilities; `initializationOptions` as a client sends them.
   */
  async initialize(
    opts: {
      locale?: string;
      configuration?: boolean;
      rootPath?: string;
      pull?: boolean;
      textDocument?: Record<string, unknown>;
      window?: Record<string, unknown>;
      initializationOptions?: unknown;
    } = {},
  ): Promise<any> {
    const rootUri = opts.rootPath ? pathToFileURL(opts.rootPath).href : null;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale: opts.locale ?? 'zh-cn',
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      initializationOptions: opts.initializationOptions ?? { clientCommands: ['workReport.revealRange'] },
      capabilities: {
        workspace: { configuration: !!opts.configuration },
        window: opts.window ?? {},
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          ...(opts.pull === false ? {} : { diagnostic: { dynamicRegistration: false } }),
          ...opts.textDocument,
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first publishDiagnostics for `uri`, from now on, that satisfies `accept`. */
  published(uri: string, accept: (p: any) => boolean = () => true, timeoutMs = 5000): Promise<any> {
    return new Promise((resolve, reject) => {
      const waiter = (p: any) => {
        if (p.uri !== uri || !accept(p)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no publishDiagnostics for ${uri} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'work-report', version, text },
    });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
