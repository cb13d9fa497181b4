import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createAthleteRepository } from '../../../db/repositories/athlete.repository.js';
import { rows } from '../../../db/migrate.js';
import { activities, checkins, decisions } from '../../../db/schema/index.js';
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
});
