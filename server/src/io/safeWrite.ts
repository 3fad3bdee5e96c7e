/**
 * Replacing a user's file without ever leaving it half-written: the new bytes go to a temporary file in the same
 * folder, are flushed to disk, and only then renamed over the original (an atomic step on one file system), with the
 * original's permissions. Through a symlink the target is replaced, not the link — unless `replaceLink` (a file the
 * product makes, such as an export: a link planted where it will be written is replaced, and what it points to left
 * alone). A read-only file is refused. An
 * optional backup never overwrites an earlier one (FILE.bak taken → FILE.bak.1 …). On any failure the original is
 * untouched and the temporary file removed.
 */
import { randomBytes } from 'crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'fs';
import { basename, dirname, join, resolve } from 'path';

export type WriteResult = { ok: true; backup?: string } | { ok: false; message: string };

const MAX_BACKUPS = 1000;

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}${err.syscall ? ` (${err.syscall})` : ''}` : String(e);
}

/** Copies `file` to the first free name of FILE.bak, FILE.bak.1, …; never replaces an existing one. */
function backupOf(file: string): string {
  for (let i = 0; i < MAX_BACKUPS; i++) {
    const name = i === 0 ? `${file}.bak` : `${file}.bak.${i}`;
    try {
      copyFileSync(file, name, constants.COPYFILE_EXCL);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`no free backup name after ${MAX_BACKUPS} tries`);
}

/** A path as the file system resolves it, links followed; for a file not there yet, its folder's. */
export function resolvedPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

const isLink = (file: string) => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * `create`: a file that does not exist yet is written new (mode 0644 less the umask), the same atomic way.
 * `replaceLink`: a symlink at `file` is replaced by the new file, never written through.
 */
export function writeFileAtomic(
  file: string,
  bytes: Uint8Array,
  opts: { backup?: boolean; create?: boolean; replaceLink?: boolean } = {},
): WriteResult {
  let target: string;
  let st: { mode: number; uid: number; gid: number; isFile(): boolean } | undefined;
  try {
    if (opts.replaceLink && isLink(file)) throw Object.assign(new Error('a link'), { code: 'ENOENT' });
    target = realpathSync(file);
    st = statSync(target);
  } catch (e) {
    if (!opts.create || (e as NodeJS.ErrnoException).code !== 'ENOENT')
      return { ok: false, message: `cannot read ${file}: ${reason(e)}` };
    target = file;
    // A new file: open() applies the umask to 0666, as any program creating a file would.
    st = { mode: 0o666, uid: -1, gid: -1, isFile: () => true };
    opts = { ...opts, backup: false };
  }
  if (!st.isFile()) return { ok: false, message: `${file} is not a regular file` };
  if ((st.mode & 0o222) === 0) return { ok: false, message: `${file} is read-only` };
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let backup: string | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, st.mode & 0o7777);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    if (st.uid >= 0) fchmodSync(fd, st.mode & 0o7777);
    if (st.uid >= 0)
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch {
        /* only root may give a file away; keep ours */
      }
    closeSync(fd);
    fd = undefined;
    if (opts.backup) backup = backupOf(target);
    renameSync(tmp, target);
    return { ok: true, ...(backup ? { backup } : {}) };
  } catch (e) {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    if (backup)
      try {
        unlinkSync(backup);
      } catch {
        /* keep it then */
      }
    return { ok: false, message: `cannot write ${file}: ${reason(e)}` };
  }
}
