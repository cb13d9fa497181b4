/** The operator's line when DATA_DIR is held (server and terminal commands), and the URL a holder announces. */
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, type DataDirHolder } from '../../db/data-dir-lock.js';
import { cliDataDirInUseLine, listeningUrl, serverDataDirInUseLine } from '../../server/data-dir-in-use.js';

const service: DataDirHolder = {
  pid: 123,
  hostname: 'vm',
  startedAt: '2026-12-01T20:00:00.000Z',
  role: 'service',
  token: 't',
};
const held = (holder: DataDirHolder, sameHost = true) =>
  new DataDirInUseError('/srv/data', '/srv/data/runloop.lock', holder, sameHost);

describe('DATA_DIR in use', () => {
  it('the server names the holder and its URL, and says what to do', () => {
    expect(serverDataDirInUseLine(held({ ...service, url: 'http://127.0.0.1:3000' }))).toBe(
      'runloop: DATA_DIR /srv/data is in use by the runloop service (pid 123, since 2026-12-01T20:00:00.000Z)' +
        ' at http://127.0.0.1:3000; stop it first or set another DATA_DIR',
    );
  });

  it('the chat says where to talk to the running service', () => {
    expect(cliDataDirInUseLine('chat', held({ ...service, url: 'http://127.0.0.1:3000' }))).toBe(
      'runloop chat: the data directory /srv/data is in use by the runloop service' +
        ' (pid 123, since 2026-12-01T20:00:00.000Z); talk to it at http://127.0.0.1:3000 or stop it first',
    );
    expect(cliDataDirInUseLine('import', held(service))).toContain(
      'talk to it over its HTTP API once it listens, or stop it first',
    );
    expect(cliDataDirInUseLine('import', held({ ...service, role: 'chat' }))).toContain(
      'in use by runloop chat (pid 123, since 2026-12-01T20:00:00.000Z); finish there or stop it first',
    );
  });

  it('a holder on another host is named with it, and the lock file to delete once it is gone', () => {
    const line = serverDataDirInUseLine(held({ ...service, hostname: 'box-2' }, false));
    expect(line).toContain('(pid 123 on box-2, since');
    expect(line).toMatch(/\(if it no longer runs there, delete \/srv\/data\/runloop\.lock\)$/);
  });
});

describe('listeningUrl', () => {
  it.each([
    [{ address: '127.0.0.1', family: 'IPv4', port: 3000 }, 'http://127.0.0.1:3000'],
    [{ address: '0.0.0.0', family: 'IPv4', port: 3000 }, 'http://127.0.0.1:3000'],
    [{ address: '::', family: 'IPv6', port: 80 }, 'http://[::1]:80'],
    [{ address: '::1', family: 'IPv6', port: 8080 }, 'http://[::1]:8080'],
    [{ address: '192.168.1.5', family: 'IPv4', port: 3000 }, 'http://192.168.1.5:3000'],
  ])('%j → %s', (address, url) => expect(listeningUrl(address)).toBe(url));

  it('has none for a pipe or a server not listening', () => {
    expect(listeningUrl('/tmp/runloop.sock')).toBeUndefined();
    expect(listeningUrl(null)).toBeUndefined();
  });
});
