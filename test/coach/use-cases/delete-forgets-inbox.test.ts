/** A runner who deletes themselves in the chat leaves nothing of their Telegram chat in the inbox. */
import { expect, it } from 'vitest';
import { handleMessage } from '../../../coach/channel.js';
import { createInboxWorker } from '../../../coach/delivery/inbox-worker.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { coachDeps, SAMPLE_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const NOW = new Date('2026-12-07T08:00:00Z');

describeEachDatabase('deleting a runner forgets their inbox', (ctx) => {
  it('"delete me", "yes" handled from the inbox: the chat is forgotten, the last update still marked done', async () => {
    const deps = coachDeps(ctx.handle, { now: () => NOW });
    const onboarded = await onboard(
      deps.unitOfWork,
      { name: 'Ana', timezone: 'UTC', telegramChatId: 1001 },
      SAMPLE_PROFILE as Parameters<typeof onboard>[2],
      '2026-12-07',
    );
    if (!onboarded.ok) throw new Error(onboarded.code);
    const athleteId = onboarded.value.athlete.id;
    const inbox = deps.repositories.inbox;
    for (const [key, text] of [
      [1, 'delete me'],
      [2, 'yes'],
      [3, 'hello again'],
    ] as const)
      await inbox.receive({ source: 'telegram', key: String(key), chat: '1001', payload: { text }, at: NOW });
    await inbox.receive({ source: 'telegram', key: '4', chat: '2002', payload: { text: 'hi' }, at: NOW });
    const seen: string[] = [];
    const worker = createInboxWorker({
      inbox,
      clock: { now: () => NOW },
      handle: async (u) => {
        const { text } = u.payload as { text: string };
        seen.push(text);
        if (u.chat !== '1001') return;
        const out = await handleMessage(deps, { athleteId, input: { text }, channel: 'telegram' });
        if (!out.ok) throw new Error(out.code);
      },
    });
    expect(await worker.runOnce()).toEqual({ handled: 3, retried: 0, dead: 0 });
    // The update after the delete was given up with the chat: its text never reached the handler.
    expect(seen).toEqual(['delete me', 'yes', 'hi']);
    expect(await deps.repositories.athletes.findById(athleteId)).toBeUndefined();
    for (const key of ['1', '2', '3'])
      expect(await inbox.findByKey('telegram', key)).toMatchObject({ chat: null, payload: null });
    expect(await inbox.findByKey('telegram', '2')).toMatchObject({ status: 'done' });
    expect(await inbox.findByKey('telegram', '3')).toMatchObject({ status: 'dead', lastError: 'FORGOTTEN' });
    expect(await inbox.findByKey('telegram', '4')).toMatchObject({ chat: '2002', status: 'done' });
  });
});
