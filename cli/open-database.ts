/**
 * The database a terminal command works on: DATABASE_URL, else the embedded one in DATA_DIR, which only one
 * process may hold. When the runloop service (or another command) holds it, one line on stderr says who
 * and where to talk to it instead, and the command exits 1.
 */
import { createDatabase, type DatabaseHandle } from '../db/client.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { cliDataDirInUseLine } from '../server/data-dir-in-use.js';
import type { CliIo } from './command.js';

/** Exit code when DATA_DIR is held by another process. */
export const EXIT_DATA_DIR_IN_USE = 1;

/** Opens the command's database, or writes why not and resolves to the exit code. */
export async function openCommandDatabase(
  command: string,
  where: { readonly databaseUrl?: string; readonly dataDir: string },
  io: CliIo,
): Promise<DatabaseHandle | number> {
  try {
    return await createDatabase(
      where.databaseUrl
        ? { url: where.databaseUrl, maxConnections: 2 }
        : { dataDir: where.dataDir, role: command },
    );
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    io.stderr(`${cliDataDirInUseLine(command, error)}\n`);
    return EXIT_DATA_DIR_IN_USE;
  }
}
