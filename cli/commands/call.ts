/**
 * `runloop call`: a mid-run phone call with no Twilio account (issue 13). The same voice flow as the phone
 * line, in-process (`voice/local-call.ts`): the call comes from the runner's linked phone, the coach's lines
 * are printed (and spoken with espeak-ng when installed), typed lines are the caller's speech and keys.
 */
import { isNotNull } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { isE164 } from '../../coach/channel.js';
import type { DatabaseHandle } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { athletes } from '../../db/schema/athletes.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { parseConfig } from '../../server/config.js';
import { callOnTerminal } from '../call/call-on-terminal.js';
import { createEspeakSpeaker, hasEspeak, type Speaker } from '../call/espeak.js';
import { badInput, type CliCommand, type CliIo } from '../command.js';
import { openCommandDatabase } from '../open-database.js';

const USAGE = `Usage: runloop call [--runner ID | --phone +49…] [--quiet]

  Calls your coach mid-run, in the terminal: the phone line's voice flow with no Twilio account.
  Data stays in DATA_DIR (default ./data), or DATABASE_URL.
  --runner  call from this runner's linked phone (default: the one runner with a phone)
  --phone   call from this number (E.164)
  --quiet   do not speak the coach's lines (they are spoken with espeak-ng when it is installed)
  Type what you would say; keys 1 easy, 2 ok, 3 hard, 9 stop; an empty line is silence; /hangup ends the call.
`;

/** How a runner links a phone (the operator's hint). */
const linkHint = (id: string) =>
  `link a phone with /phone on Telegram, runloop phone --runner ${id} +49…, or PATCH /api/athletes/${id} {"phone":"+49…"}, then call again`;

/** The number the call comes from, or the exit code after one line on stderr. */
export async function callerNumber(
  deps: CoachDeps,
  database: DatabaseHandle,
  io: CliIo,
  flags: { readonly runner?: string; readonly phone?: string },
): Promise<string | number> {
  if (flags.phone !== undefined) {
    if (!isE164(flags.phone)) return badInput(io, 'call', `--phone expects E.164 like +4915112345678`);
    return flags.phone;
  }
  if (flags.runner !== undefined) {
    const runner = await deps.repositories.athletes.findById(flags.runner);
    if (runner === undefined) return badInput(io, 'call', `no runner with id ${flags.runner}`);
    if (runner.phoneE164 === undefined)
      return badInput(
        io,
        'call',
        `${runner.name} (${runner.id}) has no phone linked: ${linkHint(runner.id)}`,
      );
    return runner.phoneE164;
  }
  const withPhone = await database.db
    .select({ id: athletes.id, phone: athletes.phoneE164 })
    .from(athletes)
    .where(isNotNull(athletes.phoneE164))
    .limit(2);
  if (withPhone.length === 1 && withPhone[0]!.phone !== null) return withPhone[0]!.phone;
  if (withPhone.length > 1)
    return badInput(io, 'call', 'several runners have a phone: pick one with --runner ID');
  return badInput(io, 'call', `no runner has a phone linked: ${linkHint('ID')} (or pass --phone)`);
}

const call: CliCommand = {
  summary: 'Phone your coach mid-run in the terminal (no Twilio account needed)',
  async run(args, io) {
    let flags;
    try {
      flags = parseArgs({
        args,
        options: {
          runner: { type: 'string' },
          phone: { type: 'string' },
          quiet: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
      }).values;
    } catch (error) {
      return badInput(io, 'call', (error as Error).message);
    }
    if (flags.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (flags.runner !== undefined && flags.phone !== undefined)
      return badInput(io, 'call', 'give --runner or --phone, not both');
    const config = parseConfig(process.env);
    if (!config.ok) return badInput(io, 'call', `configuration error: ${config.message}`);
    const { databaseUrl, dataDir, llm } = config.config;
    const database = await openCommandDatabase(
      'call',
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}) },
      io,
    );
    if (typeof database === 'number') return database;
    try {
      await migrateDatabase(database);
      const deps = createCoachDeps(database, llm);
      const from = await callerNumber(deps, database, io, flags);
      if (typeof from === 'number') return from;
      const speaker: Speaker | undefined = !flags.quiet && hasEspeak() ? createEspeakSpeaker() : undefined;
      return await callOnTerminal(deps, io, { from, ...(speaker ? { speaker } : {}) });
    } finally {
      await database.close();
    }
  },
};

export default call;
