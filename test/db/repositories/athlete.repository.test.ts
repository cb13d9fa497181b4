import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { awaitingOnboarding, emptyRunnerState, type RunnerState } from '../../../coach/model/runner-state.js';
import { createAthleteRepository } from '../../../db/repositories/athlete.repository.js';
import { rows } from '../../../db/migrate.js';
import { activities, athletes, checkins, decisions, inactiveDestinations } from '../../../db/schema/index.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('AthleteRepository contract', (ctx) => {
  const repo = () => createAthleteRepository(ctx.handle.db);

  it('creates a runner with defaults and finds it again', async () => {
    const created = await repo().create({ name: 'Ana' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({
      name: 'Ana',
      timezone: 'UTC',
      units: 'km',
      persona: 'neutral',
      state: { version: 1, conversation: {} },
    });
    expect(created.value).not.toHaveProperty('maxHr');
    expect(await repo().findById(created.value.id)).toEqual(created.value);
  });

  it('keeps every optional field it was given', async () => {
    const created = await repo().create({
      name: 'Ben',
      timezone: 'America/New_York',
      units: 'mi',
      persona: 'hype',
      birthYear: 1984,
      sex: 'male',
      maxHr: 186,
      restingHr: 52,
      lthr: 168,
      phoneE164: '+15551234567',
      telegramChatId: 123456789012,
      state: { version: 1, conversation: { pendingDelete: true } },
    });
    if (!created.ok) throw new Error(created.code);
    const found = await repo().findById(created.value.id);
    expect(found).toMatchObject({ units: 'mi', maxHr: 186, lthr: 168, telegramChatId: 123456789012 });
    expect(await repo().findByPhone('+15551234567')).toEqual(found);
    expect(await repo().findByTelegramChat(123456789012)).toEqual(found);
  });

  it('returns nothing for unknown or malformed ids instead of throwing', async () => {
    expect(await repo().findById('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await repo().findById("1'; drop table athletes; --")).toBeUndefined();
    expect(await repo().update('not-a-uuid', { name: 'x' })).toBeUndefined();
    expect(await repo().delete('not-a-uuid')).toBe(false);
  });

  it('updates only the given fields, clears with null and moves updatedAt', async () => {
    const created = await repo().create({ name: 'Cleo', maxHr: 190, restingHr: 55 });
    if (!created.ok) throw new Error(created.code);
    const updated = await repo().update(created.value.id, { name: 'Cleo R.', restingHr: null });
    expect(updated?.ok).toBe(true);
    if (!updated?.ok) return;
    expect(updated.value).toMatchObject({ name: 'Cleo R.', maxHr: 190 });
    expect(updated.value).not.toHaveProperty('restingHr');
    expect(Date.parse(updated.value.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.value.updatedAt));
  });

  it('refuses a phone number or Telegram chat another runner already has', async () => {
    await repo().create({ name: 'A', phoneE164: '+4915112345678', telegramChatId: 42 });
    const phone = await repo().create({ name: 'B', phoneE164: '+4915112345678' });
    expect(phone).toMatchObject({ ok: false, code: 'PHONE_TAKEN' });
    const chat = await repo().create({ name: 'C', telegramChatId: 42 });
    expect(chat).toMatchObject({ ok: false, code: 'TELEGRAM_CHAT_TAKEN' });
    const other = await repo().create({ name: 'D' });
    if (!other.ok) throw new Error(other.code);
    expect(await repo().update(other.value.id, { phoneE164: '+4915112345678' })).toMatchObject({
      ok: false,
      code: 'PHONE_TAKEN',
    });
  });

  it('deletes a runner with everything that belongs to them', async () => {
    const created = await repo().create({ name: 'Dee' });
    if (!created.ok) throw new Error(created.code);
    const athleteId = created.value.id;
    const db = ctx.handle.db;
    await db
      .insert(activities)
      .values({ athleteId, localDate: '2026-12-01', distanceMeters: 5000, source: 'chat' });
    await db.insert(checkins).values({ athleteId, date: '2026-12-02', sleepHours: 7 });
    await db.insert(decisions).values({ athleteId, rule: 'test.rule', date: '2026-12-02', action: 'none' });
    expect(await repo().delete(athleteId)).toBe(true);
    expect(await repo().findById(athleteId)).toBeUndefined();
    for (const table of ['activities', 'checkins', 'decisions']) {
      const left = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
      expect(rows<{ n: number }>(left)[0]?.n).toBe(0);
    }
    expect(await repo().delete(athleteId)).toBe(false);
  });

  it('forgets the Telegram chat of a deleted runner that had blocked the bot, and no other chat', async () => {
    const created = await repo().create({ name: 'Gus', telegramChatId: 424242 });
    if (!created.ok) throw new Error(created.code);
    const db = ctx.handle.db;
    const since = new Date('2026-12-01T08:00:00Z');
    await db.insert(inactiveDestinations).values([
      { channel: 'telegram', destination: '424242', since, reason: 'HTTP_403' },
      { channel: 'telegram', destination: '515151', since, reason: 'HTTP_403' },
    ]);
    expect(await repo().delete(created.value.id)).toBe(true);
    const left = await db
      .select({ destination: inactiveDestinations.destination })
      .from(inactiveDestinations);
    expect(left).toEqual([{ destination: '515151' }]);
  });

  describe('saveState', () => {
    const state: RunnerState = {
      version: 1,
      profile: {
        goal: { distance: 'half', raceDate: '2027-04-18' },
        days: ['tue', 'thu', 'sun'],
        longDay: 'sun',
        level: 'intermediate',
      },
      conversation: { pendingRpe: { activityId: 'a1', date: '2026-12-07' } },
    };

    it('replaces the runner-state document whole, with the athlete changes in the same write', async () => {
      const created = await repo().create({ name: 'Eve', state: awaitingOnboarding() });
      if (!created.ok) throw new Error(created.code);
      expect(created.value.state.onboarding).toEqual({ step: 'units' });
      const saved = await repo().saveState(created.value.id, state, { persona: 'hype', units: 'mi' });
      expect(saved).toMatchObject({ ok: true, value: { persona: 'hype', units: 'mi', state } });
      const found = await repo().findById(created.value.id);
      expect(found?.state).toEqual(state);
      expect(found?.state.onboarding).toBeUndefined();
      expect(found).toMatchObject({ persona: 'hype', units: 'mi' });
    });

    it('a plain update leaves the state alone', async () => {
      const created = await repo().create({ name: 'Fay', state });
      if (!created.ok) throw new Error(created.code);
      await repo().update(created.value.id, { name: 'Fay B.' });
      expect((await repo().findById(created.value.id))?.state).toEqual(state);
    });

    it('returns nothing for an unknown or malformed id, and refuses a taken phone number', async () => {
      expect(await repo().saveState('00000000-0000-4000-8000-000000000000', state)).toBeUndefined();
      expect(await repo().saveState('not-a-uuid', state)).toBeUndefined();
      await repo().create({ name: 'G', phoneE164: '+4915100000001' });
      const other = await repo().create({ name: 'H' });
      if (!other.ok) throw new Error(other.code);
      expect(await repo().saveState(other.value.id, state, { phoneE164: '+4915100000001' })).toMatchObject({
        ok: false,
        code: 'PHONE_TAKEN',
      });
      expect((await repo().findById(other.value.id))?.state).toEqual(emptyRunnerState());
    });

    it('reads a row stored before the document (old keys) and one that does not validate', async () => {
      const created = await repo().create({ name: 'Ida' });
      if (!created.ok) throw new Error(created.code);
      const old = { onboardingDraft: { step: 'days' }, conversation: { pendingDelete: true } };
      await ctx.handle.db.update(athletes).set({ profile: old }).where(eq(athletes.id, created.value.id));
      expect((await repo().lockForUpdate(created.value.id))?.state).toEqual({
        version: 1,
        onboarding: { step: 'days' },
        conversation: { pendingDelete: true },
      });
      const broken = { version: 1, conversation: 'garbled', profile: { days: 'sometimes' } };
      await ctx.handle.db.update(athletes).set({ profile: broken }).where(eq(athletes.id, created.value.id));
      expect((await repo().findById(created.value.id))?.state).toEqual({
        version: 1,
        conversation: {},
        unreadable: { conversation: 'garbled', profile: { days: 'sometimes' } },
      });
    });
  });
});
