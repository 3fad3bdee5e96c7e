/**
 * The library of past reports on the server side: which files, read and decoded safely, turned into entries once
 * per content (a JSON cache in the extension's storage, keyed by content hash), and kept in a LibraryIndex.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { contentHash, decodeBytes, LibraryIndex, libraryEntry, parseReport, TextDoc, type LibraryEntry } from '../core';
import { globToRegExp } from '../config/rcFile';
import { isReportFileName, pathToUri, WorkspaceIndex } from './workspaceIndex';

const CACHE_FILE = 'library-cache-v2.json';
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A library larger than this is cut, with a message: the index is sized for thousands of reports, not millions. */
const MAX_LIBRARY_FILES = 20_000;

type CachedEntry = Omit<LibraryEntry, 'paragraphs'> & { paragraphs: { line: number; text: string; prints: string }[] };

function pack(e: LibraryEntry): CachedEntry {
  return { ...e, paragraphs: e.paragraphs.map((p) => ({ line: p.line, text: p.text, prints: Buffer.from(p.prints.buffer, p.prints.byteOffset, p.prints.byteLength).toString('base64') })) };
}

function unpack(e: CachedEntry): LibraryEntry {
  return {
    ...e,
    paragraphs: e.paragraphs.map((p) => {
      const b = Buffer.from(p.prints, 'base64');
      // Copy out of the (pooled) buffer: a Uint32Array view needs 4-byte alignment and must not pin the pool.
      const prints = new Uint32Array(b.length / 4);
      new Uint8Array(prints.buffer).set(b);
      return { line: p.line, text: p.text, prints };
    }),
  };
}

export interface LibrarySources { roots: string[]; paths: string[]; samples?: string }

export class LibraryStore {
  readonly index = new LibraryIndex();
  private cache = new Map<string, LibraryEntry>();
  private loaded = false;
  private readonly walker: WorkspaceIndex;

  constructor(private readonly storageDir: string | undefined, private readonly log: (m: string) => void) {
    this.walker = new WorkspaceIndex(log, MAX_LIBRARY_FILES);
  }

  /** Every report file the settings name: folders (walked), glob patterns, files; the bundled samples. */
  async files(src: LibrarySources): Promise<string[]> {
    const out = new Set<string>();
    const roots = src.paths.length ? [] : src.roots;
    for (const p of src.paths) {
      if (/[*?]/.test(p)) {
        const base = p.slice(0, p.search(/[*?]/)).replace(/[^/\\]*$/, '') || '.';
        const re = globToRegExp(p.replace(/\\/g, '/'));
        for (const f of await this.walker.files([base])) if (re.test(f.replace(/\\/g, '/'))) out.add(f);
      } else {
        try {
          const st = await fs.stat(p);
          if (st.isDirectory()) roots.push(p); else if (st.isFile()) out.add(p);
        } catch { this.log(`library: ${p} not found`); }
      }
    }
    for (const f of await this.walker.files(roots)) out.add(f);
    if (src.samples) for (const f of await this.walker.files([src.samples])) out.add(f);
    return [...out].filter((f) => isReportFileName(path.basename(f)) || src.paths.includes(f));
  }

  /** Rebuilds the index from the files; unchanged contents come from the cache. A bad file is skipped with a message. */
  async build(src: LibrarySources, onProgress?: (done: number, total: number) => void): Promise<{ files: number; parsed: number; skipped: string[] }> {
    await this.loadCache();
    const files = await this.files(src);
    const entries: LibraryEntry[] = [];
    const skipped: string[] = [];
    let parsed = 0;
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      try {
        const st = await fs.stat(file);
        if (st.size > MAX_FILE_BYTES) { skipped.push(`${file}: larger than 5 MB`); continue; }
        const decoded = decodeBytes(await fs.readFile(file));
        if (!decoded.ok) { skipped.push(`${file}: ${decoded.reason}`); continue; }
        const id = contentHash(decoded.text);
        const uri = pathToUri(file);
        let entry = this.cache.get(id);
        if (!entry) {
          entry = libraryEntry(parseReport(new TextDoc(uri, decoded.text)), uri, path.basename(file));
          this.cache.set(id, entry);
          parsed++;
        }
        entries.push(entry.uri === uri ? entry : { ...entry, uri });
      } catch (e) {
        skipped.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      onProgress?.(i + 1, files.length);
    }
    this.index.setEntries(entries);
    for (const s of skipped) this.log(`library: skipped ${s}`);
    if (parsed) await this.saveCache(new Set(entries.map((e) => e.id)));
    return { files: files.length, parsed, skipped };
  }

  private async loadCache(): Promise<void> {
    if (this.loaded || !this.storageDir) return;
    this.loaded = true;
    try {
      const data = JSON.parse(await fs.readFile(path.join(this.storageDir, CACHE_FILE), 'utf8')) as { entries: CachedEntry[] };
      for (const e of data.entries) this.cache.set(e.id, unpack(e));
    } catch {
      // no cache yet, or an unreadable one: rebuilt from the files
    }
  }

  private async saveCache(keep: Set<string>): Promise<void> {
    if (!this.storageDir) return;
    try {
      await fs.mkdir(this.storageDir, { recursive: true });
      const entries = [...this.cache.values()].filter((e) => keep.has(e.id)).map(pack);
      const tmp = path.join(this.storageDir, `${CACHE_FILE}.${process.pid}.tmp`);
      await fs.writeFile(tmp, JSON.stringify({ entries }));
      await fs.rename(tmp, path.join(this.storageDir, CACHE_FILE));
    } catch (e) {
      this.log(`library: cache not written: ${String(e)}`);
    }
  }
}
