/** `deliver` on a message: the turn's replies go to the outbox in its unit of work, worded later by the sender. */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { handleMessage, openConversation } from '../../../coach/channel.js';
import { createOutboxSender } from '../../../coach/delivery/outbox-sender.js';
import { wordOutboxMessage } from '../../../coach/delivery/word-outbox-message.js';
import type { OutboxMessage, OutboxRepository } from '../../../coach/ports/outbox.js';
import type { Reply } from '../../../coach/prompts/coach-message.js';
import type { Wording } from '../../../coach/prompts/wording.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { coachDeps, SAMPLE_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const NOW = new Date('2026-12-07T08:00:00Z');
const PROFILE = SAMPLE_PROFILE as Parameters<typeof onboard>[2];
const CHAT = { channel: 'telegram' as const, destination: '1001' };

/** Every outbox row, oldest first (claimed and sent at once, as a sender would). */
async function drain(outbox: OutboxRepository, wording: Wording) {
  const sent: { message: OutboxMessage; text: string }[] = [];
  const sender = createOutboxSender({
    outbox,
    word: wordOutboxMessage(wording),
    transport: (message) => {
      sent.push({ message, text: message.worded.text });
      return Promise.resolve({ kind: 'ok' });
    },
    clock: { now: () => NOW },
  });
  await sender.runOnce();
  return sent;
}

describeEachDatabase('handleMessage with deliver', (ctx) => {
  let wordings = 0;
  const deps = (): CoachDeps => {
    const base = coachDeps(ctx.handle, { now: () => NOW });
    return {
      ...base,
      wording: {
        word: (request) => {
          wordings++;
          return base.wording.word(request);
        },
      },
    };
  };

  async function runner() {
    const opened = await openConversation(
      deps(),
      { channel: 'telegram', chatId: 1001 },
      { name: 'Ana', timezone: 'UTC' },
    );
    if (!opened.ok) throw new Error(opened.code);
    return opened.value.athleteId;
  }

  it('enqueues the replies in order instead of wording them; the sender words and sends the same text', async () => {
    const athleteId = await runner();
    // The same message without deliver, for the words it should come to.
    const direct = await handleMessage(deps(), { athleteId, input: { text: 'help' }, channel: 'telegram' });
    if (!direct.ok) throw new Error(direct.code);
    wordings = 0;
    const out = await handleMessage(deps(), {
      athleteId,
      input: { text: 'help' },
      channel: 'telegram',
      deliver: CHAT,
    });
    if (!out.ok) throw new Error(out.code);
    expect(out.value.replies).toEqual([]);
    expect(direct.value.replies.length).toBeGreaterThan(0);
    expect(out.value.enqueued).toHaveLength(direct.value.replies.length);
    expect(wordings).toBe(0);
    const sent = await drain(deps().repositories.outbox, deps().wording);
    expect(sent.map((s) => s.message.id)).toEqual(out.value.enqueued);
    expect(sent.map((s) => s.text)).toEqual(direct.value.replies.map((r: Reply) => r.text));
    expect(sent[0]!.message).toMatchObject({
      athleteId,
      channel: 'telegram',
      destination: '1001',
      sequence: 1,
      payload: { persona: 'neutral', channel: 'telegram', name: 'Ana' },
    });
  });

  it('a repeated delivery rolls back with its facts: nothing more is enqueued', async () => {
    const athleteId = await runner();
    const message = {
      athleteId,
      input: { text: 'help' },
      channel: 'telegram' as const,
      deliver: CHAT,
      idempotency: { source: 'telegram', key: 'update-7' },
    };
    const first = await handleMessage(deps(), message);
    expect(first.ok).toBe(true);
    const again = await handleMessage(deps(), message);
    expect(again).toMatchObject({ ok: false, code: 'DUPLICATE_MESSAGE' });
    const sent = await drain(deps().repositories.outbox, deps().wording);
    expect(sent.map((s) => s.message.id)).toEqual(first.ok ? first.value.enqueued : []);
  });

  it('a message from a chat marked inactive makes it active again', async () => {
    const athleteId = await runner();
    const outbox = deps().repositories.outbox;
    await outbox.markDestinationInactive(CHAT, NOW, 'HTTP_403');
    const out = await handleMessage(deps(), {
      athleteId,
      input: { text: 'help' },
      channel: 'telegram',
      deliver: CHAT,
    });
    if (!out.ok) throw new Error(out.code);
    expect(await outbox.isInactive(CHAT)).toBe(false);
    expect((await drain(outbox, deps().wording)).length).toBe(out.value.enqueued!.length);
  });

  it('a runner who deletes themselves still gets the goodbye, from a row no longer tied to them; their other rows go', async () => {
    const onboarded = await onboard(
      deps().unitOfWork,
      { name: 'Bo', timezone: 'UTC' },
      PROFILE,
      '2026-12-07',
    );
    if (!onboarded.ok) throw new Error(onboarded.code);
    const athleteId = onboarded.value.athlete.id;
    const send = (input: Parameters<typeof handleMessage>[1]['input']) =>
      handleMessage(deps(), { athleteId, input, channel: 'telegram', deliver: CHAT });
    await send({ text: 'delete my account' });
    const gone = await send({ option: { kind: 'confirm', answer: 'yes' } });
    if (!gone.ok) throw new Error(gone.code);
    expect(gone.value.events).toEqual([{ type: 'athlete_deleted' }]);
    // Their earlier messages went with them (the question was never sent: nothing of theirs is kept).
    const sent = await drain(deps().repositories.outbox, deps().wording);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.message).toMatchObject({ id: gone.value.enqueued![0], athleteId: null });
    expect(sent[0]!.message.payload.message).toEqual({ kind: 'deleted' });
  });
});
