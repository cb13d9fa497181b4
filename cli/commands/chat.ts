/**
 * `runloop chat`: talk to the coach in the terminal, on the embedded database (or DATABASE_URL). The
 * same conversation core as the HTTP API and the bots: onboarding, plan, today, logging runs, check-ins,
 * changes with Accept / Keep original. Options are shown as numbered choices; typing the number sends that
 * option (`coach/channel.ts`); the CLI holds no coaching logic.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { handleMessage, openConversation } from '../../coach/channel.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import type { Reply, ReplyOption } from '../../coach/prompts/coach-message.js';
import { toPersona, type Persona } from '../../coach/prompts/persona.js';
import { migrateDatabase } from '../../db/migrate.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { parseConfig } from '../../server/config.js';
import type { CliCommand, CliIo } from '../command.js';
import { openCommandDatabase } from '../open-database.js';
import { badInput, EXIT_BAD_INPUT } from '../command.js';

const USAGE = `Usage: runloop chat [--athlete ID] [--persona neutral|drill-sergeant|hype|best-friend] [--new]

  Talks to your coach in the terminal. Data stays in DATA_DIR (default ./data), or DATABASE_URL.
  --athlete  continue as this runner (default: the last runner who chatted here)
  --new      start over as a new runner
  --persona  the coach's voice for a new runner (you can change it any time: "be my hype coach")
  Type /quit to leave.
`;

/** File in DATA_DIR remembering the last runner who chatted on this machine. */
const LAST_ATHLETE_FILE = '.chat-athlete';

/** Prints the replies, their options numbered across the whole reply; returns the options in that order. */
function show(io: CliIo, replies: readonly Reply[]): ReplyOption[] {
  const values: ReplyOption[] = [];
  for (const reply of replies) {
    io.stdout(`\ncoach › ${reply.text.replace(/\n/g, '\n        ')}\n`);
    if (reply.options.length > 0) {
      const line = reply.options.map((o, i) => `${values.length + i + 1}) ${o.label}`).join('   ');
      io.stdout(`        ${line}\n`);
      values.push(...reply.options);
    }
  }
  return values;
}

const chat: CliCommand = {
  summary: 'Talk to your coach in the terminal (onboarding, plan, runs, check-ins)',
  async run(args, io) {
    let flags;
    try {
      flags = parseArgs({
        args,
        options: {
          athlete: { type: 'string' },
          persona: { type: 'string' },
          new: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
      }).values;
    } catch (error) {
      return badInput(io, 'chat', (error as Error).message);
    }
    if (flags.help) {
      io.stdout(USAGE);
      return 0;
    }
    const persona = flags.persona === undefined ? undefined : toPersona(flags.persona);
    if (flags.persona !== undefined && persona === undefined) {
      io.stderr(
        `runloop chat: unknown persona "${flags.persona}" (neutral, drill-sergeant, hype, best-friend)\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const config = parseConfig(process.env);
    if (!config.ok) {
      return badInput(io, 'chat', `configuration error: ${config.message}`);
    }
    const { databaseUrl, dataDir, llm } = config.config;
    const database = await openCommandDatabase(
      'chat',
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}) },
      io,
    );
    if (typeof database === 'number') return database;
    try {
      await migrateDatabase(database);
      const deps = createCoachDeps(database, llm);

      const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      return await converse(deps, io, {
        new: flags.new,
        dataDir,
        timezone,
        ...(flags.athlete !== undefined ? { athlete: flags.athlete } : {}),
        ...(persona ? { persona } : {}),
      });
    } finally {
      await database.close();
    }
  },
};

/**
 * The conversation on the terminal, over the front door (`coach/channel.ts`): opens it for the runner
 * (remembered in DATA_DIR, or new), then sends each line as text, or the option whose number was typed.
 */
export async function converse(
  deps: CoachDeps,
  io: CliIo,
  flags: {
    athlete?: string;
    new: boolean;
    persona?: Persona;
    dataDir: string;
    /** IANA timezone of a new runner (the machine's). */
    timezone: string;
  },
): Promise<number> {
  const lines = createInterface({ input: io.stdin, terminal: false });
  const iterator = lines[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    io.stdout(prompt);
    const next = await iterator.next();
    return next.done ? undefined : next.value;
  };
  const remembered = join(flags.dataDir, LAST_ATHLETE_FILE);
  const known =
    flags.athlete ??
    (flags.new
      ? undefined
      : await readFile(remembered, 'utf8').then(
          (t) => t.trim() || undefined,
          () => undefined,
        ));
  const newRunner = { timezone: flags.timezone, ...(flags.persona ? { persona: flags.persona } : {}) };

  let opened = known
    ? await openConversation(deps, { channel: 'terminal', athleteId: known }, { name: '', ...newRunner })
    : undefined;
  if (flags.athlete && !opened?.ok) {
    lines.close();
    return badInput(io, 'chat', `no runner with id ${flags.athlete}`);
  }
  if (opened?.ok) {
    io.stdout(`Welcome back, ${opened.value.name}. (runner ${opened.value.athleteId}; /quit to leave)\n`);
  } else {
    io.stdout('runloop — your running coach. (/quit to leave)\n');
    while (!opened?.ok) {
      const name = await ask('\nWhat should I call you? › ');
      if (name === undefined) return 0;
      opened = await openConversation(deps, { channel: 'terminal' }, { name, ...newRunner });
      if (!opened.ok && !opened.code.startsWith('NAME_')) return badInput(io, 'chat', opened.message);
      if (!opened.ok && name.trim().length > 0) io.stdout(`${opened.message}\n`);
    }
    await mkdir(flags.dataDir, { recursive: true });
    await writeFile(remembered, `${opened.value.athleteId}\n`);
  }
  const { athleteId } = opened.value;
  let options = show(io, opened.value.replies);

  for (;;) {
    const line = await ask('\nyou › ');
    if (line === undefined || /^\/(quit|exit|q)$/i.test(line.trim())) break;
    const text = line.trim();
    if (text.length === 0) continue;
    // A typed number picks the option shown with it; the core handles it as that option.
    const picked = /^\d{1,2}$/.test(text) ? options[Number(text) - 1] : undefined;
    const outcome = await handleMessage(deps, {
      athleteId,
      input: picked ? { option: picked.option } : { text },
      channel: 'terminal',
    });
    if (!outcome.ok) {
      io.stdout(`\ncoach › ${outcome.message}\n`);
      if (outcome.code === 'ATHLETE_NOT_FOUND') break;
      continue;
    }
    options = show(io, outcome.value.replies);
    if (outcome.value.events.some((e) => e.type === 'athlete_deleted')) {
      await writeFile(remembered, '').catch(() => undefined);
      break;
    }
  }
  lines.close();
  io.stdout('\nSee you on the road.\n');
  return 0;
}

export default chat;
