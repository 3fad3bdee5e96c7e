/** Which files make the library, and how large each may be: what the settings name, and the bundled samples. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { isPastReportFileName, isPdfFileName, isWordFileName, LIMITS } from '../core';
import { globBase, globMatcher, isGlob } from '../config/glob';
import { WorkspaceIndex } from './workspaceIndex';

/** A library larger than this is cut, with a message: the index is sized for thousands of reports, not millions. */
const MAX_LIBRARY_FILES = 20_000;
const MAX_FILE_BYTES = LIMITS.reportFileBytes;
/** A Word document carries its photos: only its XML parts are inflated, so a larger file costs no more. */
const MAX_WORD_FILE_BYTES = LIMITS.binaryFileBytes;

/** Word documents and PDFs: read only on a reader worker, where a hostile one can be stopped. */
export const isBinary = (file: string) => isWordFileName(file) || isPdfFileName(file);
export const maxBytesOf = (file: string) => (isBinary(file) ? MAX_WORD_FILE_BYTES : MAX_FILE_BYTES);

export interface LibrarySources {
  roots: string[];
  paths: string[];
  samples?: string;
}

export class LibraryFiles {
  private readonly walker: WorkspaceIndex;

  constructor(private readonly log: (m: string) => void) {
    this.walker = new WorkspaceIndex(log, MAX_LIBRARY_FILES, isPastReportFileName);
  }

  /** Every report file the settings name: folders (walked), glob patterns, files; the bundled samples. */
  async list(src: LibrarySources): Promise<string[]> {
    const out = new Set<string>();
    const roots = src.paths.length ? [] : src.roots;
    for (const p of src.paths) {
      if (isGlob(p)) {
        const matches = globMatcher(p);
        for (const f of await this.walker.files([globBase(p)])) if (matches(f)) out.add(f);
      } else {
        try {
          const st = await fs.stat(p);
          if (st.isDirectory()) roots.push(p);
          else if (st.isFile()) out.add(p);
        } catch {
          this.log(`library: ${p} not found`);
        }
      }
    }
    for (const f of await this.walker.files(roots)) out.add(f);
    if (src.samples) for (const f of await this.walker.files([src.samples])) out.add(f);
    return [...out].filter((f) => isPastReportFileName(path.basename(f)) || src.paths.includes(f));
  }
}
