// Writing a report or an export in place without ever leaving it half-written, and without being
// steered elsewhere: the new content goes to a temporary file with a random name in the target's
// folder, created exclusively (an existing file or a planted symlink at that name makes the open
// fail instead of being followed), synced, given the target's mode and owner, then renamed over
// the target. On any failure the temporary file is removed and the target is as it was.
// A symlinked report is written at the link's target; the link stays. A read-only report is not
// written at all.

import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { accessSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Locale, pick } from '../core/text/i18n';
import { UserError } from './inputFiles';

/** A write that did not happen; the file named is unchanged. */
export class WriteError extends UserError {
  constructor(
    message: string,
    readonly path: string,
    readonly readOnly: boolean,
  ) {
    super(message);
  }
}

/** node:crypto costs every start of the CLI a few milliseconds: required here, when a file is written. */
function randomHex(): string {
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(8).toString('hex');
}

const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

function reason(e: NodeJS.ErrnoException, locale: Locale): string {
  switch (e.code) {
    case 'EFBIG':
      return pick(locale, { zh: '文件超过系统允许的大小', en: 'file too large for the system' });
    case 'ENOSPC':
    case 'EDQUOT':
      return pick(locale, { zh: '磁盘空间不足', en: 'no space left on the disk' });
    case 'EACCES':
    case 'EPERM':
      return pick(locale, { zh: '没有写入权限', en: 'permission denied' });
    case 'EROFS':
      return pick(locale, { zh: '只读文件系统', en: 'read-only file system' });
    default:
      return e.message;
  }
}

/** True when the file exists and may not be written: no write bit at all (root too), or access says no. */
function isReadOnly(path: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export function writeFileAtomic(path: string, content: string | Uint8Array, locale: Locale = 'zh'): void {
  let target = path;
  let existing: { mode: number; uid: number; gid: number } | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
    const st = statSync(target);
    existing = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(pick(locale, { zh: `无法写入 ${path}（${reason(e as NodeJS.ErrnoException, locale)}），未修改`, en: `cannot write ${path} (${reason(e as NodeJS.ErrnoException, locale)}); unchanged` }), path, false);
    // A new file (or a link to a missing file, which is then created at the link's target).
    if (target !== path) target = path;
  }
  if (existing && isReadOnly(target, existing.mode)) {
    throw new WriteError(pick(locale, { zh: `${path}：只读，未修改`, en: `${path}: read-only, not changed` }), path, true);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomHex()}.baogao.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, CREATE_EXCLUSIVE, 0o600);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    if (existing) {
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
        try {
          fchownSync(fd, existing.uid, existing.gid); // root fixing someone's report leaves it theirs
        } catch {
          /* a file system without owners */
        }
      }
      fchmodSync(fd, existing.mode);
    } else {
      fchmodSync(fd, 0o666 & ~process.umask());
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* it was never created */
    }
    const err = e as NodeJS.ErrnoException;
    throw new WriteError(pick(locale, { zh: `无法写入 ${path}（${reason(err, locale)}），未修改`, en: `cannot write ${path} (${reason(err, locale)}); unchanged` }), path, false);
  }
}
