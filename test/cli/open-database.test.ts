/**
 * A terminal command on a data directory another process holds (`openCommandDatabase`): one line naming
 * the holder, exit 1, and the holder's lock untouched; once it is free the command opens it, and closing
 * the database frees it again.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { EXIT_DATA_DIR_IN_USE, openCommandDatabase } from '../../cli/open-database.js';
import { acquireDataDirLock, LOCK_FILE } from '../../db/data-dir-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'runloop-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runloop import on a held data directory says who holds it and exits 1; opens it once free', async () => {
  let err = '';
  const io = { stdout: () => {}, stderr: (t: string) => (err += t), stdin: Readable.from([]) };
  const service = acquireDataDirLock(dir, 'service');
  service.announce('http://127.0.0.1:3000');
  expect(await openCommandDatabase('import', { dataDir: dir }, io)).toBe(EXIT_DATA_DIR_IN_USE);
  expect(err).toMatch(
    new RegExp(
      `^runloop import: the data directory ${dir} is in use by the runloop service \\(pid ${process.pid},`,
    ),
  );
  expect(err).toContain('talk to it at http://127.0.0.1:3000 or stop it first\n');
  expect(err.split('\n')).toHaveLength(2);
  expect(service.holder.url).toBe('http://127.0.0.1:3000');

  service.release();
  const database = await openCommandDatabase('import', { dataDir: dir }, io);
  if (typeof database === 'number') throw new Error(`refused: ${err}`);
  await database.ping();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  await database.close();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
});
