/**
 * The process: the one composition root. Reads config, builds the logger, opens and migrates the
 * database, builds the app and listens. SIGTERM/SIGINT stop accepting, let in-flight requests finish,
 * then close the database; a second Ctrl-C exits at once, a repeated SIGTERM does not (./stop-signals.ts).
 */
import closeWithGrace from 'close-with-grace';
import { callTurn, endCall, startCall } from '../coach/channel.js';
import { createChartRenderer } from '../coach/charts/render-png.js';
import { createNightlyAdaptation } from '../coach/adaptation/nightly-adaptation.js';
import { createDatabase } from '../db/client.js';
import { createNightlyRepository } from '../db/repositories/nightly.repository.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { migrateDatabase, shippedMigrations } from '../db/migrate.js';
import { buildApp } from './app.js';
import { createCoachDeps } from './coach-deps.js';
import { loadConfig } from './config.js';
import { listeningUrl, serverDataDirInUseLine } from './data-dir-in-use.js';
import { createLogger } from './logger.js';
import { handleStopSignals } from './stop-signals.js';
import type { RunningBot } from './telegram-service.js';
import { createCallPage } from '../voice/call-page/index.js';

/** Milliseconds a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });

const database = await createDatabase(
  config.databaseUrl
    ? { url: config.databaseUrl, maxConnections: config.databasePoolSize }
    : { dataDir: config.dataDir, role: 'service', fsync: config.dataDirFsync },
).catch((error: unknown) => {
  if (!(error instanceof DataDirInUseError)) throw error;
  process.stderr.write(`${serverDataDirInUseLine(error)}\n`);
  process.exit(1);
});
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

const coach = createCoachDeps(database, config.llm, {
  onWordingEvent: (event) => logger.debug({ wording: event }, 'wording'),
  planCacheEntries: config.planCacheEntries,
});

// One renderer for the process: the HTTP route and the bot share its cache.
const charts = createChartRenderer();

// The browser call page, when its Twilio API key and TwiML app are configured.
const callPage = config.callPage
  ? createCallPage({ coach, credentials: config.callPage, publicBaseUrl: config.callPage.publicBaseUrl })
  : undefined;

const telegram = config.telegram;
// grammY is loaded only for a configured bot.
const bots = telegram ? await import('./telegram-service.js') : undefined;
const channel =
  telegram && bots
    ? bots.createTelegramChannel({
        token: telegram.token,
        apiRoot: telegram.apiRoot,
        coach,
        charts,
        logger: logger.child({ bot: 'telegram' }),
        ...(callPage ? { callLink: callPage.linkFor } : {}),
      })
    : undefined;
if (channel) {
  try {
    await channel.bot.init();
  } catch (error) {
    process.stderr.write(
      `runloop: TELEGRAM_BOT_TOKEN: the Bot API at ${telegram!.apiRoot} refused the token or is unreachable (${bots!.errorCode(error)})\n`,
    );
    await database.close();
    process.exit(1);
  }
}

const app = await buildApp({
  logger,
  database,
  shippedMigrations: shippedMigrations().length,
  coach,
  charts,
  ...(config.apiToken ? { apiToken: config.apiToken } : {}),
  ...(callPage ? { callPage: callPage.routes } : {}),
  ...(channel && telegram?.mode.kind === 'webhook'
    ? { telegramWebhook: { secretToken: telegram.mode.secretToken, receive: channel.receive } }
    : {}),
  ...(config.phone
    ? {
        voice: {
          authToken: config.phone.authToken,
          publicBaseUrl: config.phone.publicBaseUrl,
          voice: config.phone.voice,
          speechLanguage: config.phone.speechLanguage,
          calls: { startCall, callTurn, endCall },
        },
      }
    : {}),
});

let runningBot: RunningBot | undefined;

// Adapts every runner who wrote nothing for their day (NIGHTLY_ADAPTATION, on by default).
const nightly = config.nightly
  ? createNightlyAdaptation({
      unitOfWork: coach.unitOfWork,
      nightly: createNightlyRepository(database.db),
      clock: coach.clock,
      fromHour: config.nightly.fromHour,
      pollMs: config.nightly.intervalMs,
      logger: logger.child({ job: 'nightly' }),
    })
  : undefined;

const closer = closeWithGrace(
  {
    delay: SHUTDOWN_GRACE_MS,
    logger: { error: (message: string) => logger.error(message) },
    skip: ['SIGTERM', 'SIGINT'],
  },
  async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else if (signal) logger.info({ signal }, 'shutting down');
    await runningBot?.stop();
    await nightly?.stop();
    await app.close();
    await database.close();
  },
);
handleStopSignals({
  on: (signal, listener) => process.on(signal, listener),
  off: (signal, listener) => process.off(signal, listener),
  now: () => performance.now(),
  stop: (signal) => {
    logger.info({ signal }, 'shutting down');
    void closer.close();
  },
  exitNow: (signal) => {
    logger.error(`second ${signal}, exiting`);
    process.exit(1);
  },
});

try {
  await app.listen({ host: config.host, port: config.port });
  const url = listeningUrl(app.server.address());
  // A second process refused the data directory names this URL (the terminal chat says where to talk).
  if (url) database.announce(url);
  logger.info(
    { database: database.kind === 'pglite' ? `embedded (${config.dataDir})` : 'postgresql' },
    'runloop is ready',
  );
  if (config.phone) logger.info({ voice: config.phone.voice }, 'phone line on (/voice/incoming)');
  nightly?.start();
} catch (error) {
  await listenFailed(error);
}

if (channel && telegram && bots) {
  try {
    runningBot = await bots.runBot(channel, telegram.mode, (error) =>
      logger.error({ code: bots.errorCode(error) }, 'telegram polling stopped'),
    );
    logger.info({ mode: telegram.mode.kind, bot: channel.bot.botInfo.username }, 'telegram bot is running');
  } catch (error) {
    logger.error({ code: bots.errorCode(error) }, 'could not start the telegram bot');
  }
}

async function listenFailed(error: unknown): Promise<never> {
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
