/**
 * One data directory, one process (issue 14 §5). PGlite keeps its own copy of the database in memory, so
 * two processes opening the same DATA_DIR each see only their own writes and the second to close
 * overwrites the first. `acquireDataDirLock` creates `runloop.lock` in the directory atomically
 * (`lock-file.ts`) holding the holder's pid, host, boot, start time and role; the holder may add the URL it
 * listens at (`announce`). A lock whose process is gone is stale and taken over: same host and the pid not
 * alive or the lock written before the host last booted, or our own pid on a lock this process does not
 * hold (a restarted container reuses pids). Another host's lock is not (its pid cannot be checked here).
 * Released by `release()` and on process exit; a process killed outright leaves a stale lock.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  createFileWhole,
  readTextIfAny,
  removeUnlessChanged,
  replaceFileWhole,
  unlinkQuietly,
} from './lock-file.js';

/** File name of the lock inside the data directory. */
export const LOCK_FILE = 'runloop.lock';

/** What the lock file says about the process holding the directory. */
export interface DataDirHolder {
  readonly pid: number;
  readonly hostname: string;
  /** The host's boot (Linux `/proc/sys/kernel/random/boot_id`): a lock from before a restart is stale. */
  readonly bootId?: string;
  /** ISO 8601 time the holder took the lock. */
  readonly startedAt: string;
  /** What holds it: `service` (server/main.ts), `chat`, `import`… */
  readonly role: string;
  /** Where the holder listens, once it does (`http://127.0.0.1:3000`). */
  readonly url?: string;
  /** Random per lock: tells this holder's file from a later one with the same pid. */
  readonly token: string;
}

/** The directory is held by a live process; `holder` says which. */
export class DataDirInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    readonly holder: DataDirHolder,
    /** Whether the holder runs on this host (its pid was checked) or only says it runs elsewhere. */
    readonly sameHost: boolean,
  ) {
    super(`${dataDir} is locked by pid ${holder.pid} on ${holder.hostname} (${lockPath})`);
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly holder: DataDirHolder;
  /** Records where this process listens, for a second process to name. */
  announce(url: string): void;
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): void;
}

export interface DataDirLockDeps {
  readonly pid: number;
  readonly hostname: string;
  /** This boot of the host, where the system tells it (Linux); undefined elsewhere. */
  readonly bootId?: string;
  readonly now: () => Date;
  /** Whether a process with this pid runs on this host. */
  readonly isAlive: (pid: number) => boolean;
}

/** Whether `pid` runs here: signal 0 checks without sending; EPERM means it runs as another user. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Linux's id of this boot of the machine, or undefined where there is none. */
function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function defaultDeps(): DataDirLockDeps {
  const bootId = readBootId();
  return {
    pid: process.pid,
    hostname: hostname(),
    ...(bootId !== undefined ? { bootId } : {}),
    now: () => new Date(),
    isAlive: processIsAlive,
  };
}

/** Attempts before giving up when other processes keep racing for a stale lock. */
const MAX_ATTEMPTS = 5;

/**
 * Takes the lock of `dataDir` (which must exist) for `role`, or throws `DataDirInUseError` naming the live
 * holder. Other file system errors are thrown as they are.
 */
export function acquireDataDirLock(
  dataDir: string,
  role: string,
  deps: DataDirLockDeps = defaultDeps(),
): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  let holder: DataDirHolder = {
    pid: deps.pid,
    hostname: deps.hostname,
    ...(deps.bootId !== undefined ? { bootId: deps.bootId } : {}),
    startedAt: deps.now().toISOString(),
    role,
    token: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createFileWhole(path, serialise(holder), `${path}.${holder.pid}.${holder.token}.tmp`)) {
      heldHere.add(holder.token);
      const onExit = () => release();
      const release = () => {
        process.off('exit', onExit);
        heldHere.delete(holder.token);
        if (readHolder(path)?.holder?.token === holder.token) unlinkQuietly(path);
      };
      process.on('exit', onExit);
      return {
        path,
        get holder() {
          return holder;
        },
        announce(url) {
          holder = { ...holder, url };
          // Best effort: a lock without the URL still holds the directory.
          replaceFileWhole(path, serialise(holder), `${path}.${deps.pid}.${holder.token}.tmp`);
        },
        release,
      };
    }
    const found = readHolder(path);
    if (found === undefined) continue; // gone between the two calls: try again
    if (found.holder && !isStale(found.holder, deps))
      throw new DataDirInUseError(dataDir, path, found.holder, found.holder.hostname === deps.hostname);
    // Stale: deleted, unless another process took it over meanwhile (then the next attempt finds theirs).
    removeUnlessChanged(path, found.text, `${path}.${deps.pid}.${randomBytes(4).toString('hex')}.stale`);
  }
  const last = readHolder(path)?.holder;
  if (last) throw new DataDirInUseError(dataDir, path, last, last.hostname === deps.hostname);
  throw new Error(`could not take ${path} after ${MAX_ATTEMPTS} attempts`);
}

/**
 * Tokens of the locks this process holds: the file system is shared by the whole process, so this is too.
 * A lock with our pid is ours (a second open in this process is refused) or a dead process's that had it.
 */
const heldHere = new Set<string>();

function isStale(holder: DataDirHolder, deps: DataDirLockDeps): boolean {
  if (holder.pid === deps.pid) return !heldHere.has(holder.token);
  if (holder.hostname !== deps.hostname) return false;
  // Written before this host last started (a power cut): its pid may belong to another process by now.
  if (holder.bootId !== undefined && deps.bootId !== undefined && holder.bootId !== deps.bootId) return true;
  return !deps.isAlive(holder.pid);
}

/** The lock's text and holder (undefined holder: unreadable content); undefined when there is no lock. */
function readHolder(path: string): { text: string; holder: DataDirHolder | undefined } | undefined {
  const text = readTextIfAny(path);
  return text === undefined ? undefined : { text, holder: parseHolder(text) };
}

/** The holder in a lock file's text, or undefined when it is not one (a stale lock to take over). */
export function parseHolder(text: string): DataDirHolder | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!Number.isSafeInteger(v.pid) || (v.pid as number) <= 0) return undefined;
  if (typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return undefined;
  if (typeof v.role !== 'string' || typeof v.token !== 'string') return undefined;
  if (v.url !== undefined && typeof v.url !== 'string') return undefined;
  if (v.bootId !== undefined && typeof v.bootId !== 'string') return undefined;
  return {
    pid: v.pid as number,
    hostname: v.hostname,
    startedAt: v.startedAt,
    role: v.role,
    token: v.token,
    ...(typeof v.bootId === 'string' ? { bootId: v.bootId } : {}),
    ...(typeof v.url === 'string' ? { url: v.url } : {}),
  };
}

const serialise = (holder: DataDirHolder) => `${JSON.stringify(holder)}\n`;
