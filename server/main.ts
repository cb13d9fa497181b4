/**
 * The process: the one composition root. Reads config, builds the logger, opens and migrates the
 * database, builds the app and listens. SIGTERM/SIGINT stop accepting, let in-flight requests finish,
 * then close the database; a second signal exits at once.
 */
import closeWithGrace from 'close-with-grace';
import { createDatabase } from '../db/client.js';
import { migrateDatabase, shippedMigrations } from '../db/migrate.js';
import { buildApp } from './app.js';
import { createCoachDeps } from './coach-deps.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

/** Milliseconds a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });

const database = await createDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
);
try {
  await migrateDatabase(database);
} catch (error) {
  logger.fatal({ err: error }, 'could not migrate the database');
  await database.close();
  process.exit(1);
}

if (config.llm) {
  logger.info(
    { model: config.llm.model ?? 'default', baseURL: config.llm.baseURL ?? 'openai' },
    'LLM wording on (templates as fallback)',
  );
}

const app = await buildApp({
  logger,
  database,
  shippedMigrations: shippedMigrations().length,
  coach: createCoachDeps(database, config.llm, (event) => logger.debug({ wording: event }, 'wording')),

  ...(config.apiToken ? { apiToken: config.apiToken } : {}),
});

closeWithGrace(
  { delay: SHUTDOWN_GRACE_MS, logger: { error: (message: string) => logger.error(message) } },
  async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
  },
);

try {
  await app.listen({ host: config.host, port: config.port });
  logger.info(
    { database: database.kind === 'pglite' ? `embedded (${config.dataDir})` : 'postgresql' },
    'runloop is ready',
  );
} catch (error) {
  const code = (error as { code?: string }).code;
  const message =
    code === 'EADDRINUSE'
      ? `port ${config.port} on ${config.host} is already in use; set PORT to a free port`
      : code === 'EADDRNOTAVAIL'
        ? `HOST ${config.host} is not an address of this machine`
        : 'could not start listening';
  process.stderr.write(`runloop: ${message}\n`);
  await database.close();
  process.exit(1);
}
