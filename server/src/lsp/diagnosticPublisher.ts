/**
 * Diagnostics for clients that cannot pull (Neovim before 0.10, Emacs eglot, Helix, Kate, Sublime LSP): after an open
 * or a change the document's findings are published, debounced per document and tagged with the version they were
 * computed for; a result for a version the user has already typed past is dropped; a closed document is cleared.
 * They come from the same cached computation as pull requests, so both kinds of client see the same findings.
 */
import type { Diagnostic } from 'vscode-languageserver';

export interface PublishTarget {
  /** The findings of the document's current version; undefined when the document is gone. */
  compute(uri: string): Promise<{ version: number; items: Diagnostic[] } | undefined>;
  /** The document's current version, to drop results computed for an older one. */
  versionOf(uri: string): number | undefined;
  send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
}

export class DiagnosticPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly target: PublishTarget,
    private readonly delayMs = 150,
  ) {}

  /** Publishes the document's findings once typing pauses. */
  schedule(uri: string, delayMs = this.delayMs): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delayMs),
    );
  }

  async publish(uri: string): Promise<void> {
    try {
      const r = await this.target.compute(uri);
      if (!r || this.target.versionOf(uri) !== r.version) return; // closed, or edited since: a newer run follows
      this.target.send(uri, r.version, r.items);
    } catch {
      // The checks isolate their own failures; a document closed mid-computation lands here.
    }
  }

  /** The document was closed: forget pending work and clear what the client shows. */
  clear(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.target.send(uri, undefined, []);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
