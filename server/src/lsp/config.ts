import { dirname } from 'path';
import { documentConfig, type DocumentConfig } from '../core/config';
import { findRcFile, isIgnored, type RcFile } from '../config/rcFile';
import type { Connection } from 'vscode-languageserver';
import { SETTINGS_SECTION, type WorkReportSettings } from '../../../shared/protocol';
import { uriToPath } from './uri';

/** Resolves a document's configuration (core/config.ts), with each folder's `.workreportrc.json` read once. */
export class ConfigResolver {
  private readonly rcByDir = new Map<string, RcFile | undefined>();

  /** Forget what was read (a `.workreportrc.json` changed). */
  clear(): void {
    this.rcByDir.clear();
  }

  resolve(uri: string, severity: Record<string, string>): DocumentConfig {
    const path = uriToPath(uri);
    let rc: RcFile | undefined;
    if (path) {
      const dir = dirname(path);
      if (!this.rcByDir.has(dir)) this.rcByDir.set(dir, findRcFile(dir));
      rc = this.rcByDir.get(dir);
    }
    return documentConfig(path, rc, isIgnored, { severity });
  }
}

/** The editor's settings of a document (workspace/configuration, section workReport), asked once per document. */
export class EditorSettings {
  private readonly cache = new Map<string, Promise<WorkReportSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  of(uri: string): Promise<WorkReportSettings> {
    if (!this.supported()) return Promise.resolve({ severity: {} });
    let s = this.cache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (c: Partial<WorkReportSettings> | null) => ({ severity: { ...(c?.severity ?? {}) } }),
        () => ({ severity: {} }),
      );
      this.cache.set(uri, s);
    }
    return s;
  }

  /** Forget one document's settings (closed), or all (the settings changed). */
  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }
}
