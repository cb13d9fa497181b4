/**
 * `runloop token --runner ID`: issues a token for the HTTP API that reaches only that runner's routes and
 * prints it once (only its sha256 is stored); `--revoke TOKEN_ID` revokes one. The operator's own access
 * stays `API_TOKEN`.
 */
import { parseArgs } from 'node:util';
import { migrateDatabase } from '../../db/migrate.js';
import { createCoachDeps } from '../../server/coach-deps.js';
import { parseConfig } from '../../server/config.js';
import type { Repositories } from '../../coach/ports/repositories.js';
import { badInput, type CliCommand, type CliIo } from '../command.js';
import { openCommandDatabase } from '../open-database.js';

const USAGE = `Usage: runloop token --runner ID [--revoke TOKEN_ID]

  Issues a token for the HTTP API that reads and writes only this runner (send it as
  "Authorization: Bearer <token>"); it is printed once and only its hash is kept. --revoke revokes one.
  Data stays in DATA_DIR (default ./data), or DATABASE_URL.
`;

/** Issues (or with `revoke` revokes) a runner's token; the exit code after its lines. */
export async function runnerToken(
  repos: Pick<Repositories, 'athletes' | 'tokens'>,
  io: CliIo,
  runnerId: string,
  revoke: string | undefined,
): Promise<number> {
  const athlete = await repos.athletes.findById(runnerId);
  if (!athlete) return badInput(io, 'token', `no runner with id ${runnerId}`);
  if (revoke !== undefined) {
    if (!(await repos.tokens.revoke(athlete.id, revoke)))
      return badInput(io, 'token', `runner ${athlete.id} has no live token with id ${revoke}`);
    io.stdout('token revoked\n');
    return 0;
  }
  const issued = await repos.tokens.issue(athlete.id, 'cli');
  io.stdout(`${issued.token}\n`);
  io.stderr(
    `token ${issued.id} for runner ${athlete.id}: shown only now; revoke with runloop token --runner ${athlete.id} --revoke ${issued.id}\n`,
  );
  return 0;
}

const token: CliCommand = {
  summary: 'Issue or revoke a runner-scoped API token',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: {
          runner: { type: 'string' },
          revoke: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
      });
    } catch (error) {
      return badInput(io, 'token', (error as Error).message);
    }
    const { values: flags } = parsed;
    if (flags.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (flags.runner === undefined) return badInput(io, 'token', '--runner ID is required');
    const config = parseConfig(process.env);
    if (!config.ok) return badInput(io, 'token', `configuration error: ${config.message}`);
    const { databaseUrl, dataDir, llm } = config.config;
    const database = await openCommandDatabase(
      'token',
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}) },
      io,
    );
    if (typeof database === 'number') return database;
    try {
      await migrateDatabase(database);
      const { repositories } = createCoachDeps(database, llm);
      return await runnerToken(repositories, io, flags.runner, flags.revoke);
    } finally {
      await database.close();
    }
  },
};

export default token;
