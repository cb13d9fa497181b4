/**
 * Files that appear whole, for `data-dir-lock.ts`: created atomically with their content (written to a
 * temporary file, then hard-linked into place, which fails when the file exists), replaced by rename (a
 * reader sees the old content or the new, never half of it), and removed only if unchanged.
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

/** Creates `path` holding `text`, complete the moment it appears (through `temporary`); false if it exists. */
export function createFileWhole(path: string, text: string, temporary: string): boolean {
  writeFileSync(temporary, text);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: exclusive create, then the content.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createExclusive(path, text);
    throw error;
  } finally {
    unlinkQuietly(temporary);
  }
}

function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Replaces `path` with `text` through `temporary`; false (nothing changed) when the write fails. */
export function replaceFileWhole(path: string, text: string, temporary: string): boolean {
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return true;
  } catch {
    unlinkQuietly(temporary);
    return false;
  }
}

/**
 * Removes `path` if it still holds `expected`: moves it to `aside` (atomic, so two removers cannot both
 * take the same file), then puts back what it moved if that was not `expected` (another process replaced
 * it in between).
 */
export function removeUnlessChanged(path: string, expected: string, aside: string): void {
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== expected) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  unlinkQuietly(aside);
}

/** The file's text, or undefined when there is no such file. */
export function readTextIfAny(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
