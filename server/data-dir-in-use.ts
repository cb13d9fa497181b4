/**
 * The operator's line when another process holds DATA_DIR (`DataDirInUseError`, db/data-dir-lock.ts):
 * for the server (stop the other one or use another DATA_DIR) and for the terminal commands (talk to the
 * running service at its URL instead). Words for the operator, not for a runner.
 */
import type { AddressInfo } from 'node:net';
import type { DataDirHolder, DataDirInUseError } from '../db/data-dir-lock.js';

/** "the runloop service (pid 123)", "runloop chat (pid 123 on otherhost)". */
export function describeHolder(holder: DataDirHolder, sameHost: boolean): string {
  const who = holder.role === 'service' ? 'the runloop service' : `runloop ${holder.role}`;
  const where = sameHost ? '' : ` on ${holder.hostname}`;
  return `${who} (pid ${holder.pid}${where}, since ${holder.startedAt})`;
}

/** The server's one line: `runloop: DATA_DIR /x is in use by the runloop service (pid 123, …); …`. */
export function serverDataDirInUseLine(error: DataDirInUseError): string {
  const at = error.holder.url ? ` at ${error.holder.url}` : '';
  return (
    `runloop: DATA_DIR ${error.dataDir} is in use by ${describeHolder(error.holder, error.sameHost)}${at}; ` +
    `stop it first or set another DATA_DIR${staleHint(error)}`
  );
}

/** A terminal command's one line (`runloop chat: …`): where to reach the running service instead. */
export function cliDataDirInUseLine(command: string, error: DataDirInUseError): string {
  const holder = error.holder;
  const instead =
    holder.role !== 'service'
      ? 'finish there or stop it first'
      : holder.url
        ? `talk to it at ${holder.url} or stop it first`
        : 'talk to it over its HTTP API once it listens, or stop it first';
  return (
    `runloop ${command}: the data directory ${error.dataDir} is in use by ` +
    `${describeHolder(holder, error.sameHost)}; ${instead}${staleHint(error)}`
  );
}

/** On another host the pid cannot be checked: say which file to remove once that process is gone. */
function staleHint(error: DataDirInUseError): string {
  return error.sameHost ? '' : ` (if it no longer runs there, delete ${error.lockPath})`;
}

/** The URL a local client reaches a listening server at: a wildcard address is reached on loopback. */
export function listeningUrl(address: AddressInfo | string | null): string | undefined {
  if (address === null || typeof address === 'string') return undefined;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const name = wildcard ? (address.family === 'IPv6' ? '::1' : '127.0.0.1') : address.address;
  return `http://${name.includes(':') ? `[${name}]` : name}:${address.port}`;
}
