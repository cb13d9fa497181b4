/**
 * `/call` on PGlite and PostgreSQL, offline (`handleUpdate` and a recording API transformer): a runner
 * gets a signed link to the browser call page that verifies for them, sent at once and never stored in
 * the outbox; a chat without a runner is told to /start; without the page configured the bot says the
 * phone line is not set up here.
 */
import type { Transformer } from 'grammy';
import { pino } from 'pino';
import { beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { BOT_COMMANDS } from '../../../bots/telegram/index.js';
import { callPageNotSetUpText } from '../../../coach/prompts/templates/call-page-words.js';
import { createCallPage, type CallPage } from '../../../voice/call-page/index.js';
import { outbox } from '../../../db/schema/outbox.js';
import { coachDeps } from '../../helpers/app.js';
import { TEST_PUBLIC_BASE_URL, TEST_TWILIO } from '../../helpers/call-page.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { TEST_BOT_INFO, TEST_BOT_TOKEN, textUpdate, type Runner } from '../../helpers/telegram.js';

const NOW = '2026-12-07T08:00:00Z';
const ana: Runner = { id: 601, firstName: 'Ana' };

describeEachDatabase('the Telegram /call command', (ctx) => {
  let calls: { method: string; params: Record<string, unknown> }[];
  const texts = () => calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));

  function channelWith(page: CallPage | undefined): TelegramChannel {
    const record: Transformer = async (_prev, method, payload) => {
      calls.push({ method, params: payload as Record<string, unknown> });
      const chat = { id: (payload as { chat_id: number }).chat_id, type: 'private' };
      const result = method === 'sendMessage' ? { message_id: calls.length, date: 0, chat } : true;
      return { ok: true, result } as never;
    };
    return createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: coachDeps(ctx.handle, { now: () => new Date(NOW) }),
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      transformers: [record],
      ...(page ? { callLink: page.linkFor } : {}),
    });
  }
  const handle = async (channel: TelegramChannel, text: string) => {
    await channel.bot.handleUpdate(textUpdate(ana, text, NOW) as never);
    await channel.sender.runOnce();
  };

  const outboxRows = () => ctx.handle.db.select().from(outbox);

  beforeEach(() => {
    calls = [];
  });

  it('is in the command menu', () => {
    expect(BOT_COMMANDS.map((c) => c.command)).toContain('call');
  });

  it('sends the runner a link that opens the page for them, at once and not through the outbox', async () => {
    const coach = coachDeps(ctx.handle, { now: () => new Date(NOW) });
    const page = createCallPage({ coach, credentials: TEST_TWILIO, publicBaseUrl: TEST_PUBLIC_BASE_URL });
    const channel = channelWith(page);
    await handle(channel, '/start');
    const runner = await coach.repositories.athletes.findByTelegramChat(ana.id);
    const queuedBefore = (await outboxRows()).length;
    await handle(channel, '/call');
    const line = texts().at(-1)!;
    expect(line).toMatch(/10 minutes/);
    const url = /https:\/\/\S+/.exec(line)![0];
    expect(url.startsWith(`${TEST_PUBLIC_BASE_URL}/call?t=`)).toBe(true);
    const token = new URL(url).searchParams.get('t')!;
    expect(page.routes.links.verify(token)).toMatchObject({ ok: true, athleteId: runner!.id });
    const rows = await outboxRows();
    expect(rows).toHaveLength(queuedBefore);
    expect(JSON.stringify(rows)).not.toContain(token);
    const sentCall = calls.filter((c) => c.method === 'sendMessage').at(-1)!;
    expect(sentCall.params.link_preview_options).toEqual({ is_disabled: true });
  });

  it('asks a chat without a runner to /start first', async () => {
    const coach = coachDeps(ctx.handle, { now: () => new Date(NOW) });
    const page = createCallPage({ coach, credentials: TEST_TWILIO, publicBaseUrl: TEST_PUBLIC_BASE_URL });
    await handle(channelWith(page), '/call');
    expect(texts().at(-1)).toMatch(/\/start/);
    expect(texts().join('\n')).not.toMatch(/call\?t=/);
  });

  it('says the phone line is not set up here when the page is not configured', async () => {
    const channel = channelWith(undefined);
    await handle(channel, '/start');
    await handle(channel, '/call');
    expect(texts().at(-1)).toBe(callPageNotSetUpText());
  });
});
