/**
 * `/token`, `/export` and deleting through Telegram, against the loopback fake Bot API on PGlite and
 * PostgreSQL: the runner gets an API token in their private chat that reaches their own runner over HTTP
 * and no other, stored nowhere but as its sha256 (not in the outbox, not in the inbox once handled); a
 * group chat gets none; the export and the delete are in the audit log as `telegram`, and deleting
 * revokes the token.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BOT_COMMANDS } from '../../../bots/telegram/index.js';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { tokenPrivateOnlyText } from '../../../coach/prompts/templates/api-token-words.js';
import { rows } from '../../../db/migrate.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { buildTestApp, coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import {
  freshUpdateId,
  tapUpdate,
  TEST_BOT_INFO,
  TEST_BOT_TOKEN,
  textUpdate,
  type Runner,
} from '../../helpers/telegram.js';

const NOW = '2026-12-07T08:00:00Z';
const OPERATOR = 'operator-token-0123456789abcdef';
const ana: Runner = { id: 801, firstName: 'Ana' };
const ben: Runner = { id: 802, firstName: 'Ben' };

describeEachDatabase('/token, /export and delete through the fake Bot API', (ctx) => {
  let fake: FakeTelegram;
  let channel: TelegramChannel;
  const coach = () => coachDeps(ctx.handle, { now: () => new Date(NOW) });
  beforeEach(async () => {
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    channel = createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: coach(),
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      apiRoot: fake.url,
    });
  });
  afterEach(() => fake.close());

  const say = async (
    runner: Runner,
    text: string,
    update: { readonly update_id: number } = textUpdate(runner, text, NOW),
  ) => {
    await channel.receive(update);
    await channel.drain();
  };
  const textsTo = (runner: Runner) =>
    fake
      .callsOf('sendMessage')
      .filter((c) => c.params.chat_id === runner.id)
      .map((c) => String(c.params.text));
  const query = async <T>(q: ReturnType<typeof sql>) => rows<T>(await ctx.handle.db.execute(q));

  it('is in the command menu', () => {
    expect(BOT_COMMANDS.map((c) => c.command)).toContain('token');
  });

  it('sends the runner a token for their own runner only, stored only as its hash', async () => {
    await say(ana, '/start');
    await say(ben, '/start');
    await say(ana, '/token');
    const line = textsTo(ana).at(-1)!;
    const token = /rl_[\w-]+/.exec(line)?.[0];
    expect(token, line).toBeDefined();
    const runner = await coach().repositories.athletes.findByTelegramChat(ana.id);
    const other = await coach().repositories.athletes.findByTelegramChat(ben.id);
    expect(line).toContain(`/api/athletes/${runner!.id}/`);
    expect(textsTo(ben).join('\n')).not.toContain(token!);

    const app = await buildTestApp(ctx.handle, { apiToken: OPERATOR });
    try {
      const auth = { authorization: `Bearer ${token!}` };
      expect((await app.inject({ url: `/api/athletes/${runner!.id}`, headers: auth })).statusCode).toBe(200);
      expect((await app.inject({ url: `/api/athletes/${other!.id}`, headers: auth })).statusCode).toBe(403);
    } finally {
      await app.close();
    }
    const [stored] = await query<{ token_hash: string; issued_by: string }>(
      sql`select token_hash, issued_by from runner_tokens`,
    );
    expect(stored).toEqual({
      token_hash: createHash('sha256').update(token!).digest('hex'),
      issued_by: 'telegram',
    });
    // Sent at once, never kept in the outbox; the handled update's payload is gone from the inbox.
    const kept = JSON.stringify([
      await query(sql`select * from outbox`),
      await query(sql`select payload from inbox where payload is not null`),
    ]);
    expect(kept).not.toContain(token!);
  });

  it('issues nothing in a group chat', async () => {
    await say(ana, '/start');
    const update = textUpdate(ana, '/token', NOW);
    const group = {
      ...update,
      message: { ...update.message, chat: { id: -1001, type: 'group' as const, title: 'Club' } },
    };
    await say(ana, '/token', group as never);
    expect(
      fake
        .callsOf('sendMessage')
        .filter((c) => c.params.chat_id === -1001)
        .map((c) => c.params.text),
    ).toEqual([tokenPrivateOnlyText()]);
    expect(await query(sql`select id from runner_tokens`)).toEqual([]);
  });

  it('records /export and the delete as telegram; the delete takes the token with the runner', async () => {
    const onboarded = await onboard(
      coach().unitOfWork,
      { name: 'Ana', timezone: 'UTC', units: 'km', telegramChatId: ana.id },
      SAMPLE_ONBOARDING_PROFILE,
      '2026-12-07',
    );
    if (!onboarded.ok) throw new Error(onboarded.code);
    const id = onboarded.value.athlete.id;
    await say(ana, '/token');
    await say(ana, '/export');
    expect(fake.callsOf('sendDocument')).toHaveLength(1);
    expect(await query(sql`select actor, action, athlete_id from audit_log`)).toEqual([
      { actor: 'telegram', action: 'export', athlete_id: id },
    ]);
    await say(ana, '/delete');
    await say(ana, '', tapUpdate(ana, '1:yes', NOW, 1, freshUpdateId()) as never);
    expect(await coach().repositories.athletes.findById(id)).toBeUndefined();
    expect(await query(sql`select actor, action, athlete_id from audit_log`)).toEqual([
      { actor: 'telegram', action: 'delete', athlete_id: id },
    ]);
    expect(await query(sql`select id from runner_tokens`)).toEqual([]);
  });
});
