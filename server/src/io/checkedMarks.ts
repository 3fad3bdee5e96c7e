/**
 * Where marks of "checked" (已核对) live: `.workreport-checked.json` in the draft's folder, one list per file name —
 * beside the draft, so the editor, the CLI and a colleague's copy of the folder read the same record, and small
 * enough to read on every check (capped like a configuration file).
 */
import { basename, dirname, join } from 'path';
import { LIMITS, type Mark } from '../core';
import { readRegularFileSync } from './regularFile';
import { writeFileAtomic, type WriteResult } from './safeWrite';

export const MARKS_FILE = '.workreport-checked.json';

type MarksFile = { checked: Record<string, Mark[]> };

export function marksPath(draft: string): string {
  return join(dirname(draft), MARKS_FILE);
}

function isMark(x: unknown): x is Mark {
  const m = x as Mark;
  return (
    !!m &&
    typeof m.code === 'string' &&
    typeof m.text === 'string' &&
    typeof m.before === 'string' &&
    typeof m.after === 'string'
  );
}

/** Every list of the folder's marks file; a missing, oversized or damaged file is an empty record. */
function readAll(draft: string): MarksFile {
  const r = readRegularFileSync(marksPath(draft), LIMITS.rcFileBytes);
  if (!r.ok) return { checked: {} };
  try {
    const data = JSON.parse(r.bytes.toString('utf8')) as Partial<MarksFile>;
    const checked: Record<string, Mark[]> = {};
    for (const [name, list] of Object.entries(data.checked ?? {}))
      if (Array.isArray(list)) checked[name] = list.filter(isMark);
    return { checked };
  } catch {
    return { checked: {} };
  }
}

/** The marks of one draft. */
export function readMarks(draft: string): Mark[] {
  return readAll(draft).checked[basename(draft)] ?? [];
}

/** Replaces one draft's marks, the folder's other drafts' kept (written atomically). */
export function writeMarks(draft: string, marks: Mark[]): WriteResult {
  const all = readAll(draft);
  all.checked[basename(draft)] = marks;
  return writeFileAtomic(marksPath(draft), Buffer.from(JSON.stringify(all, null, 2) + '\n', 'utf8'), {
    create: true,
    replaceLink: true,
  });
}
