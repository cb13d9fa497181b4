/**
 * `npm start` with only TELEGRAM_BOT_TOKEN set (and the API root pointed at the loopback fake) runs the
 * bot by long polling: a real process, the real database, the fake Bot API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { asc, eq } from 'drizzle-orm';
import { createDatabase } from '../../db/client.js';
import { outbox } from '../../db/schema/outbox.js';
import { createScratchPostgres, engines } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, runUntilExit, startServer } from '../helpers/process.js';
import { TEST_BOT_TOKEN, textUpdate } from '../helpers/telegram.js';
import { until } from '../helpers/until.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-tg-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the server process with a Telegram token [pglite]', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('runs the bot by long polling, answers /start, and stops polling on SIGTERM', async () => {
    const fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    try {
      const server = await startServer({
        DATA_DIR: tempDir(),
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: fake.url,
      });
      await fake.waitFor('getUpdates', 1, () => true, 60_000);
      expect(fake.calls.map((c) => c.method).slice(0, 3)).toEqual([
        'getMe',
        'setMyCommands',
        'deleteWebhook',
      ]);
      fake.pushUpdate(textUpdate({ id: 801, firstName: 'Rita' }, '/start', new Date().toISOString()));
      const [welcome] = await fake.waitFor('sendMessage', 1, (c) => c.params.chat_id === 801, 60_000);
      expect(String(welcome?.params.text)).toMatch(/Hi Rita/);
      expect(await server.stop('SIGTERM')).toBe(0);
      expect(server.output()).toContain('telegram bot is running');
      expect(server.output()).not.toContain(TEST_BOT_TOKEN.split(':')[1]);
    } finally {
      await fake.close();
    }
  });

  it('in webhook mode registers the webhook and takes updates only with the secret', async () => {
    const fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    const secret = 'process-webhook-secret-42';
    try {
      const server = await startServer({
        DATA_DIR: tempDir(),
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        PUBLIC_BASE_URL: 'https://coach.example.org',
        TELEGRAM_WEBHOOK_SECRET: secret,
      });
      const [registered] = await fake.waitFor('setWebhook', 1, () => true, 60_000);
      expect(registered?.params).toMatchObject({
        url: 'https://coach.example.org/telegram/webhook',
        secret_token: secret,
      });
      const post = (headers: Record<string, string>) =>
        fetch(`${server.baseUrl}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(textUpdate({ id: 802, firstName: 'Rui' }, '/start', new Date().toISOString())),
        });
      expect((await post({})).status).toBe(401);
      expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
      // Answered first; the reply follows from the outbox.
      const toRui = await fake.waitFor('sendMessage', 1, (c) => c.params.chat_id === 802, 60_000);
      expect(String(toRui[0]?.params.text)).toMatch(/Hi Rui/);
      expect(fake.callsOf('getUpdates')).toEqual([]);
      expect(await server.stop('SIGTERM')).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('stops at start with one line when the Bot API refuses the token', async () => {
    const fake = await startFakeTelegram({ token: '999999:another-token-entirely-xyz' });
    try {
      const exited = await runUntilExit({
        DATA_DIR: tempDir(),
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: fake.url,
      });
      expect(exited.code).toBe(1);
      expect(exited.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^runloop: TELEGRAM_BOT_TOKEN: .*TELEGRAM_401/),
      ]);
      expect(exited.stderr + exited.stdout).not.toContain(TEST_BOT_TOKEN.split(':')[1]);
    } finally {
      await fake.close();
    }
  });
});

describe.runIf(engines().includes('postgres'))(
  'the server process killed between commit and send [postgres]',
  { timeout: PROCESS_TEST_TIMEOUT_MS * 2 },
  () => {
    it('sends the replies after a restart, each once', async () => {
      const scratch = await createScratchPostgres();
      const fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
      const db = await createDatabase({ url: scratch.url, maxConnections: 1 });
      const secret = 'process-webhook-secret-43';
      const env = {
        DATABASE_URL: scratch.url,
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        PUBLIC_BASE_URL: 'https://coach.example.org',
        TELEGRAM_WEBHOOK_SECRET: secret,
      };
      const toSam = (status?: number) =>
        fake
          .callsOf('sendMessage')
          .filter((c) => c.params.chat_id === 803 && (!status || c.status === status));
      try {
        // Telegram refuses this process (429, retry in 2 s), so the replies stay in the outbox.
        fake.failNext('sendMessage', { status: 429, retryAfter: 2 }, 10_000);
        const first = await startServer(env);
        const update = textUpdate({ id: 803, firstName: 'Sam' }, '/start', new Date().toISOString());
        const res = await fetch(`${first.baseUrl}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: JSON.stringify(update),
        });
        expect(res.status).toBe(200);
        const rows = () =>
          db.db.select().from(outbox).where(eq(outbox.destination, '803')).orderBy(asc(outbox.sequence));
        // Killed after the commit and a failed send (not mid-send: a claim would hold for its lease).
        await until(async () => (await rows())[0]?.status === 'failed', 'a first failed send', {
          everyMs: 100,
        });
        expect(await first.stop('SIGKILL')).toBeNull();
        expect(toSam(200)).toEqual([]);

        fake.clearFailures('sendMessage');
        const second = await startServer(env);
        await until(async () => (await rows()).every((r) => r.status === 'sent'), 'the outbox to empty', {
          everyMs: 100,
        });
        const texts = toSam(200).map((c) => String(c.params.text));
        expect(texts).toEqual((await rows()).map((r) => (r.worded as { text: string }).text));
        expect(texts[0]).toMatch(/Hi Sam/);
        expect(texts.filter((t) => /Hi Sam/.test(t))).toHaveLength(1);
        expect(await second.stop('SIGTERM')).toBe(0);
      } finally {
        await db.close();
        await fake.close();
        await scratch.drop();
      }
    });
  },
);
