import { promises as fs } from 'fs';
import * as path from 'path';
import { decodeReport, isReportFileName, LIMITS, parseReport, TextDoc, type ReportModel } from '../core';
import { readRegularFile } from '../io/regularFile';
import { pathToUri } from './uri';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** Report files read for workspace symbols; the library (LibraryStore) allows more. */
const MAX_FILES = 2000;

interface Entry {
  mtimeMs: number;
  size: number;
  model: ReportModel;
}

/** Parsed reports of the workspace folders, for workspace symbols; re-read only when a file changes. */
export class WorkspaceIndex {
  private readonly cache = new Map<string, Entry>();
  private readonly reported = new Set<string>();
  /** `accepts`: which file names are reports (the library takes Word documents too). */
  constructor(
    private readonly log: (msg: string) => void,
    private readonly maxFiles = MAX_FILES,
    private readonly accepts: (name: string) => boolean = isReportFileName,
  ) {}

  /** Report files under the roots (bounded, symlink loops and unreadable folders skipped). */
  async files(roots: string[], isCancelled: () => boolean = () => false): Promise<string[]> {
    const files: string[] = [];
    const seen = new Set<string>();
    for (const root of roots) await this.walk(root, 0, files, seen, isCancelled);
    return files;
  }

  /** `onProgress(done, total)` is called while files are read, so a caller can show progress for a cold index. */
  async models(
    roots: string[],
    isCancelled: () => boolean,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ReportModel[]> {
    const files: string[] = [];
    const seen = new Set<string>();
    for (const root of roots) await this.walk(root, 0, files, seen, isCancelled);
    const out: ReportModel[] = [];
    for (let i = 0; i < files.length; i++) {
      if (isCancelled()) break;
      const m = await this.load(files[i]);
      if (m) out.push(m);
      onProgress?.(i + 1, files.length);
    }
    return out;
  }

  /** How many of these files are not cached yet (a cold index is worth a progress report). */
  get cachedCount(): number {
    return this.cache.size;
  }

  private async walk(
    dir: string,
    depth: number,
    files: string[],
    seen: Set<string>,
    isCancelled: () => boolean,
  ): Promise<void> {
    if (depth > LIMITS.walkDepth || files.length >= this.maxFiles || isCancelled()) return;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // symlink loops
    seen.add(real);
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() || e.isSymbolicLink()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) {
          if (e.isSymbolicLink()) {
            try {
              if (!(await fs.stat(p)).isDirectory()) {
                if (this.accepts(e.name)) files.push(p);
                continue;
              }
            } catch {
              continue;
            }
          }
          await this.walk(p, depth + 1, files, seen, isCancelled);
        }
      } else if (this.accepts(e.name)) {
        // FIFOs, sockets and devices too: load() refuses them, and says so
        files.push(p);
        if (files.length >= this.maxFiles) return;
      }
    }
  }

  private async load(file: string): Promise<ReportModel | undefined> {
    try {
      const st = await fs.stat(file);
      const hit = this.cache.get(file);
      if (hit && st.isFile() && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.model;
      const r = await readRegularFile(file, LIMITS.reportFileBytes);
      if (!r.ok) {
        this.skip(file, r.message);
        return undefined;
      }
      const decoded = decodeReport(file, r.bytes);
      if (!decoded.ok) {
        this.skip(file, decoded.message);
        return undefined;
      }
      const model = parseReport(new TextDoc(pathToUri(file), decoded.text));
      this.cache.set(file, { mtimeMs: r.mtimeMs, size: r.size, model });
      return model;
    } catch (e) {
      this.skip(file, String(e));
      return undefined;
    }
  }

  /** Says once per file and reason why a file was passed over. */
  private skip(file: string, why: string): void {
    const key = `${file}\0${why}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.log(`workspace index: skipped ${file}: ${why}`);
  }
}
