/**
 * `runloop import FILE [--athlete ID]`: imports a GPX, TCX or FIT activity file as a run, on the embedded
 * database (DATA_DIR) or DATABASE_URL, like `runloop chat`, through the same importer as Telegram and the
 * API (`importActivityFile`, `coach/channel.ts`). The runner is `--athlete`, else the last runner who
 * chatted here. Prints the coach's replies (the RPE question last: answer it in `runloop chat`). Exit 0
 * imported, 1 the file was refused (its code on stderr; nothing stored), 2 a caller's mistake.
 */
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importActivityFile, MAX_ACTIVITY_FILE_BYTES } from '../../coach/channel.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import type { Reply } from '../../coach/prompts/coach-message.js';
import { migrateDatabase } from '../../db/migrate.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { parseConfig } from '../../server/config.js';
import type { CliCommand, CliIo } from '../command.js';
import { openCommandDatabase } from '../open-database.js';
import { badInput } from '../command.js';

const USAGE = `Usage: runloop import FILE [--athlete ID]

  Imports a GPX, TCX or FIT file (at most 20 MB) as a run: distance, moving time, heart rate, cadence,
  climbing and laps. Data stays in DATA_DIR (default ./data), or DATABASE_URL.
  --athlete  the runner (default: the last runner who chatted here, see "runloop chat")
`;

/** Exit code of a refused file (nothing stored). */
export const EXIT_REFUSED = 1;

/** File in DATA_DIR remembering the last runner who chatted on this machine (as `runloop chat`). */
const LAST_ATHLETE_FILE = '.chat-athlete';

/** Reads at most `limit` bytes: a file larger than the importer's limit is refused without reading it all. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, limit - read, read);
      if (bytesRead === 0 || read + bytesRead >= limit) return buffer.subarray(0, read + bytesRead);
      read += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

function show(io: CliIo, replies: readonly Reply[]): void {
  for (const reply of replies) {
    io.stdout(`\ncoach › ${reply.text.replace(/\n/g, '\n        ')}\n`);
    if (reply.options.length > 0) io.stdout(`        ${reply.options.map((o) => o.label).join('   ')}\n`);
  }
}

/** The import for one file and runner, on the given coach deps (tests call this in-process). */
export async function importFile(
  deps: CoachDeps,
  io: CliIo,
  flags: { readonly file?: string; readonly athlete?: string; readonly dataDir: string },
): Promise<number> {
  if (flags.file === undefined) return badInput(io, 'import', 'name the file to import (GPX, TCX or FIT)');
  const athleteId =
    flags.athlete ??
    (await readFile(join(flags.dataDir, LAST_ATHLETE_FILE), 'utf8').then(
      (t) => t.trim() || undefined,
      () => undefined,
    ));
  if (athleteId === undefined) {
    return badInput(io, 'import', 'no runner yet: pass --athlete ID, or start with "runloop chat"');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(flags.file, MAX_ACTIVITY_FILE_BYTES + 1);
  } catch (error) {
    return badInput(
      io,
      'import',
      `cannot read ${flags.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  const fileName = flags.file.split(/[\\/]/).pop() ?? flags.file;
  const outcome = await importActivityFile(deps, { athleteId, bytes, fileName, channel: 'terminal' });
  if (!outcome.ok) {
    if (outcome.code === 'ATHLETE_NOT_FOUND') return badInput(io, 'import', `no runner with id ${athleteId}`);
    show(io, outcome.replies);
    io.stderr(`runloop import: ${outcome.code}\n`);
    return EXIT_REFUSED;
  }
  show(io, outcome.value.replies);
  io.stdout('\nAnswer the question in "runloop chat" (type the number).\n');
  return 0;
}

const importCommand: CliCommand = {
  summary: 'Import a GPX, TCX or FIT activity file as a run',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: { athlete: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      return badInput(io, 'import', (error as Error).message);
    }
    if (parsed.values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (parsed.positionals.length > 1) return badInput(io, 'import', 'import one file at a time');
    const config = parseConfig(process.env);
    if (!config.ok) return badInput(io, 'import', `configuration error: ${config.message}`);
    const { databaseUrl, dataDir, llm } = config.config;
    const database = await openCommandDatabase(
      'import',
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}) },
      io,
    );
    if (typeof database === 'number') return database;
    try {
      await migrateDatabase(database);
      return await importFile(createCoachDeps(database, llm), io, {
        dataDir,
        ...(parsed.positionals[0] !== undefined ? { file: parsed.positionals[0] } : {}),
        ...(parsed.values.athlete !== undefined ? { athlete: parsed.values.athlete } : {}),
      });
    } finally {
      await database.close();
    }
  },
};

export default importCommand;
