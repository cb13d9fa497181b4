/**
 * `runloop phone --runner ID +49…`: links a runner's phone number, so the phone line (and `runloop call`)
 * knows them when they call; `--clear` unlinks it. The same store as Telegram's `/phone` and the API's
 * `phone`: a number another runner has is refused.
 */
import { parseArgs } from 'node:util';
import { isE164 } from '../../coach/channel.js';
import { migrateDatabase } from '../../db/migrate.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { parseConfig } from '../../server/config.js';
import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
import { badInput, type CliCommand, type CliIo } from '../command.js';
import { openCommandDatabase } from '../open-database.js';

const USAGE = `Usage: runloop phone --runner ID (+4915112345678 | --clear)

  Links the runner's phone number (E.164), so the phone line knows them when they call; --clear unlinks it.
  Data stays in DATA_DIR (default ./data), or DATABASE_URL.
`;

/** Links (or with `undefined` unlinks) the runner's number; the exit code after one line. */
export async function linkPhone(
  athletes: AthleteRepository,
  io: CliIo,
  runnerId: string,
  number: string | undefined,
): Promise<number> {
  const updated = await athletes.update(runnerId, { phoneE164: number ?? null });
  if (updated === undefined) return badInput(io, 'phone', `no runner with id ${runnerId}`);
  if (!updated.ok) return badInput(io, 'phone', 'that number belongs to another runner; nothing changed');
  io.stdout(number === undefined ? 'phone unlinked\n' : `phone linked: ${number}\n`);
  return 0;
}

const phone: CliCommand = {
  summary: "Link a runner's phone number for the phone line",
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          runner: { type: 'string' },
          clear: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
      });
    } catch (error) {
      return badInput(io, 'phone', (error as Error).message);
    }
    const { values: flags, positionals } = parsed;
    if (flags.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (flags.runner === undefined) return badInput(io, 'phone', '--runner ID is required');
    const number = positionals[0]?.replace(/[\s()-]/g, '');
    if (flags.clear === (number !== undefined) || positionals.length > 1)
      return badInput(io, 'phone', 'give one phone number like +4915112345678, or --clear');
    if (number !== undefined && !isE164(number))
      return badInput(io, 'phone', 'expected an E.164 number like +4915112345678');
    const config = parseConfig(process.env);
    if (!config.ok) return badInput(io, 'phone', `configuration error: ${config.message}`);
    const { databaseUrl, dataDir, llm } = config.config;
    const database = await openCommandDatabase(
      'phone',
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}) },
      io,
    );
    if (typeof database === 'number') return database;
    try {
      await migrateDatabase(database);
      return await linkPhone(createCoachDeps(database, llm).repositories.athletes, io, flags.runner, number);
    } finally {
      await database.close();
    }
  },
};

export default phone;
