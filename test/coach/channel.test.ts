/** The front door on both databases: runners found or created by their channel identity. */
import { expect, it } from 'vitest';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { openConversation, handleMessage } from '../../coach/channel.js';
import { coachDeps } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

const RUNNER = { name: 'Ana', timezone: 'Europe/Lisbon' };

describeEachDatabase('openConversation', (ctx) => {
  const deps = (): CoachDeps => coachDeps(ctx.handle, { now: () => new Date('2026-12-07T08:00:00Z') });

  it('two Telegram chats are two runners; the same chat again finds the same runner', async () => {
    const first = await openConversation(deps(), { channel: 'telegram', chatId: 1001 }, RUNNER);
    const second = await openConversation(
      deps(),
      { channel: 'telegram', chatId: 1002 },
      { ...RUNNER, name: 'Bo' },
    );
    expect(first).toMatchObject({ ok: true, value: { isNew: true, name: 'Ana' } });
    expect(second).toMatchObject({ ok: true, value: { isNew: true, name: 'Bo' } });
    if (!first.ok || !second.ok) return;
    expect(first.value.athleteId).not.toBe(second.value.athleteId);
    // A new runner gets the welcome and the first onboarding question, with its quick replies.
    expect(first.value.replies).toHaveLength(2);
    expect(first.value.replies[1]!.text).toContain('Kilometres or miles?');
    expect(first.value.replies[1]!.options.map((o) => o.option)).toEqual([
      { kind: 'units', units: 'km' },
      { kind: 'units', units: 'mi' },
    ]);
    const again = await openConversation(
      deps(),
      { channel: 'telegram', chatId: 1001 },
      { ...RUNNER, name: 'X' },
    );
    expect(again).toMatchObject({
      ok: true,
      value: { athleteId: first.value.athleteId, isNew: false, name: 'Ana' },
    });
    if (!again.ok) return;
    // Returning while still onboarding: the question they are on.
    expect(again.value.replies.map((r) => r.text).join('\n')).toContain('Kilometres or miles?');
  });

  it('a phone number finds its runner; a number another runner holds is refused with PHONE_TAKEN', async () => {
    const phone = await openConversation(deps(), { channel: 'phone', e164: '+4915112345678' }, RUNNER);
    expect(phone).toMatchObject({ ok: true, value: { isNew: true } });
    if (!phone.ok) return;
    // The phone line words for the ear: the first question is short.
    expect(phone.value.replies.at(-1)!.text.split(/[.?!]\s/).length).toBeLessThanOrEqual(2);
    const again = await openConversation(deps(), { channel: 'phone', e164: '+4915112345678' }, RUNNER);
    expect(again).toMatchObject({ ok: true, value: { athleteId: phone.value.athleteId, isNew: false } });
    // A Telegram runner sharing the phone number someone else already holds.
    const taken = await openConversation(
      deps(),
      { channel: 'telegram', chatId: 2001 },
      { ...RUNNER, phoneE164: '+4915112345678' },
    );
    expect(taken).toMatchObject({ ok: false, code: 'PHONE_TAKEN' });
    expect(await deps().repositories.athletes.findByTelegramChat(2001)).toBeUndefined();
  });

  it.each([
    [{ channel: 'phone', e164: '015112345678' }, RUNNER, 'PHONE_INVALID'],
    [{ channel: 'telegram', chatId: 1.5 }, RUNNER, 'CHAT_ID_INVALID'],
    [{ channel: 'telegram', chatId: 3001 }, { ...RUNNER, timezone: 'Mars/Olympus' }, 'TIMEZONE_INVALID'],
    [{ channel: 'telegram', chatId: 3002 }, { ...RUNNER, name: '   ' }, 'NAME_EMPTY'],
    [{ channel: 'telegram', chatId: 3003 }, { ...RUNNER, name: 'A'.repeat(81) }, 'NAME_TOO_LONG'],
    [{ channel: 'telegram', chatId: 3004 }, { ...RUNNER, language: 'de' }, 'LANGUAGE_UNSUPPORTED'],
    [{ channel: 'http', athleteId: '00000000-0000-4000-8000-000000000000' }, RUNNER, 'ATHLETE_NOT_FOUND'],
    [{ channel: 'terminal', athleteId: 'nope' }, RUNNER, 'ATHLETE_NOT_FOUND'],
  ] as const)('refuses %j with a code and creates no one', async (identity, runner, code) => {
    expect(await openConversation(deps(), identity, runner)).toMatchObject({ ok: false, code });
    if (identity.channel === 'telegram' && Number.isInteger(identity.chatId))
      expect(await deps().repositories.athletes.findByTelegramChat(identity.chatId)).toBeUndefined();
  });

  it('a terminal runner is created, then found by id; onboarding answers by chosen option', async () => {
    const opened = await openConversation(deps(), { channel: 'terminal' }, { ...RUNNER, persona: 'hype' });
    if (!opened.ok) throw new Error(opened.code);
    const { athleteId } = opened.value;
    const miles = await handleMessage(deps(), {
      athleteId,
      input: { option: { kind: 'units', units: 'mi' } },
      channel: 'terminal',
    });
    if (!miles.ok) throw new Error(miles.code);
    expect((await deps().repositories.athletes.findById(athleteId))!.units).toBe('mi');
    expect(miles.value.replies.at(-1)!.options.map((o) => o.option)).toEqual([
      { kind: 'none', step: 'race' },
    ]);
    // A button from the question already answered: refused, the current question asked again.
    const stale = await handleMessage(deps(), {
      athleteId,
      input: { option: { kind: 'units', units: 'km' } },
      channel: 'terminal',
    });
    if (!stale.ok) throw new Error(stale.code);
    expect(stale.value.events).toEqual([{ type: 'option_stale', option: 'units', code: 'QUESTION_PASSED' }]);
    expect((await deps().repositories.athletes.findById(athleteId))!.units).toBe('mi');
    expect(stale.value.replies.at(-1)!.text).toMatch(/raced recently/);
    const found = await openConversation(deps(), { channel: 'terminal', athleteId }, RUNNER);
    expect(found).toMatchObject({ ok: true, value: { isNew: false, athleteId } });
  });
});
