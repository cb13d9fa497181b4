/**
 * PGlite's node filesystem, made durable: an acknowledged commit is on disk, not only in the page cache.
 *
 * As shipped, PGlite loses acknowledged writes to an OS crash or a power cut, for two reasons (measured
 * with strace over 100 acknowledged messages: 105 writes, 0 fsyncs; see electric-sql/pglite issue #1107):
 * - it starts PostgreSQL with `-F` (fsync off), so a commit never asks for its WAL to be flushed;
 * - emscripten's NODEFS has no `fsync` stream operation and its `fdatasync` does nothing, so even a
 *   PostgreSQL that asked would be told "done" with nothing flushed.
 *
 * `durableStartParams` drops `-F` and sets `wal_sync_method=fsync` (the one flush call that reaches the
 * stream operations), and `DurableNodeFS` gives NODEFS an `fsync` that calls the host's `fsync(2)` on the
 * file's native descriptor. PostgreSQL's own rules then hold: a commit returns once its WAL is flushed
 * (`synchronous_commit=on`), and a checkpoint flushes the data files before it lets old WAL go.
 */
import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** The host flush a durable PGlite calls: `fsync(2)` on a native file descriptor. */
export type HostFsync = (fd: number) => void;

/** The emscripten stream a stream operation receives: `nfd` is the host's descriptor (NODEFS). */
interface NodeStream {
  readonly nfd?: number;
}

/** PGlite's start parameters with fsync on: PGlite's defaults without `-F`, WAL flushed with fsync(). */
export function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'wal_sync_method=fsync'];
}

/**
 * NODEFS with an `fsync` stream operation that reaches the disk. `hostFsync` is the flush it calls
 * (`fs.fsyncSync`; tests pass one that also counts).
 */
export class DurableNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly hostFsync: HostFsync = fsyncSync,
  ) {
    super(dataDir);
  }

  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const { emscriptenOpts } = await super.init(...args);
    const hostFsync = this.hostFsync;
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          // Before NODEFS is mounted: every node it makes shares this stream_ops object.
          (mod: { NODEFS: { stream_ops: Record<string, unknown> } }) => {
            mod.NODEFS.stream_ops['fsync'] = (stream: NodeStream): number => {
              if (stream.nfd !== undefined) hostFsync(stream.nfd);
              return 0;
            };
          },
          ...(emscriptenOpts.preRun ?? []),
        ],
      },
    };
  }
}
