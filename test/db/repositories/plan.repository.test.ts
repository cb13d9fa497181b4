import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { purposeText } from '../../../coach/prompts/templates/purpose-words.js';
import { plannedSessions, plans } from '../../../db/schema/index.js';
import { createRepositories } from '../../../db/repositories/index.js';
import type { Plan, Session } from '../../../coach/rules/plan/types.js';
import type { StoredSession } from '../../../coach/ports/plan-repository.js';
import { easy, plan, tempo } from '../../helpers/plan-fixture.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('PlanRepository contract', (ctx) => {
  const repos = () => createRepositories(ctx.handle.db);
  async function runner() {
    const created = await repos().athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    return created.value.id;
  }

  it('saves a plan and reads the same plan back, with session ids', async () => {
    const athleteId = await runner();
    const saved = await repos().plans.save(athleteId, plan);
    expect(saved.version).toBe(1);
    const active = await repos().plans.active(athleteId);
    expect(active?.sessions.map((s) => s.id)).toEqual(saved.sessions.map((s) => s.id));
    const { weeks, ...meta } = active!.plan;
    const { weeks: givenWeeks, ...givenMeta } = plan;
    expect(meta).toEqual(givenMeta);
    expect(weeks.map((w) => [w.index, w.start, w.phase, w.downWeek, w.minutes])).toEqual([
      [0, '2026-12-07', 'base', false, 140],
      [1, '2026-12-14', 'build', false, 40],
    ]);
    const sessions = active!.sessions.map(({ id: _id, status, ...rest }) => ({ status, rest }));
    expect(sessions.map((x) => x.status)).toEqual(['planned', 'planned', 'planned', 'planned']);
    expect(sessions.map((x) => x.rest)).toEqual(givenWeeks.flatMap((w) => w.sessions));
  });

  it('the overview and one day’s session read the same as the whole active plan', async () => {
    const athleteId = await runner();
    expect(await repos().plans.overview(athleteId)).toBeUndefined();
    expect(await repos().plans.sessionOn(athleteId, '2026-12-09')).toBeUndefined();
    await repos().plans.save(athleteId, plan);
    await repos().plans.save(athleteId, { ...plan, vdot: 47 });
    await repos().plans.replaceSession(athleteId, {
      ...easy('2026-12-09', 35),
      purpose: { code: 'TWO_SHORT_NIGHTS' },
    });
    const active = (await repos().plans.active(athleteId))!;
    const overview = (await repos().plans.overview(athleteId))!;
    expect([overview.id, overview.version, overview.plan.vdot]).toEqual([active.id, 2, 47]);
    expect(overview.plan.weeks).toEqual(
      active.plan.weeks.map(({ sessions: _s, km: _k, minutes: _m, ...week }) => week),
    );
    for (const date of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-15', '2027-03-01'])
      expect(await repos().plans.sessionOn(athleteId, date)).toEqual(
        active.sessions.find((s) => s.date === date),
      );
    expect(await repos().plans.sessionOn(athleteId, '2026-12-09')).toMatchObject({
      minutes: 35,
      status: 'adapted',
      replaces: { kind: 'tempo' },
    });
  });

  it('a new version becomes active; the old one is kept', async () => {
    const athleteId = await runner();
    await repos().plans.save(athleteId, plan);
    const second = await repos().plans.save(athleteId, { ...plan, vdot: 47 });
    expect(second.version).toBe(2);
    expect((await repos().plans.active(athleteId))?.plan.vdot).toBe(47);
    const versions = await repos().plans.versions(athleteId);
    expect(versions.map((v) => [v.version, v.plan.vdot, v.sessions.length])).toEqual([
      [1, 45, 4],
      [2, 47, 4],
    ]);
  });

  it('an adapted session replaces the original, which can be restored', async () => {
    const athleteId = await runner();
    await repos().plans.save(athleteId, plan);
    const eased = { ...easy('2026-12-09', 35), purpose: { code: 'TWO_SHORT_NIGHTS' as const } };
    const replaced = await repos().plans.replaceSession(athleteId, eased);
    expect(replaced).toMatchObject({ kind: 'easy', minutes: 35, replaces: { kind: 'tempo', minutes: 50 } });
    let active = await repos().plans.active(athleteId);
    expect(active?.sessions.filter((s) => s.date === '2026-12-09')).toHaveLength(1);
    expect(active?.plan.weeks[0]?.minutes).toBe(125);

    // Adapting again still points at the first original.
    const again = await repos().plans.replaceSession(athleteId, { ...eased, minutes: 30 });
    expect(again?.replaces?.kind).toBe('tempo');

    const restored = await repos().plans.restoreOriginal(athleteId, '2026-12-09');
    expect(restored).toMatchObject({ kind: 'tempo', minutes: 50, status: 'planned' });
    active = await repos().plans.active(athleteId);
    expect(active?.sessions.find((s) => s.date === '2026-12-09')).toMatchObject({ kind: 'tempo' });
    expect(active?.sessions.find((s) => s.date === '2026-12-09')).not.toHaveProperty('replaces');
    expect(await repos().plans.restoreOriginal(athleteId, '2026-12-09')).toBeUndefined();
  });

  it('replaces several sessions at once exactly as one at a time, in a fixed number of statements', async () => {
    // One runner adapts one session at a time, the other all at once: the same plan and the same answers.
    const [oneByOne, atOnce] = [await runner(), await runner()];
    for (const id of [oneByOne, atOnce]) {
      await repos().plans.save(id, plan);
      await repos().plans.setStatus(id, '2026-12-07', 'done');
      // Already adapted once: the next adaptation keeps pointing at this first original.
      await repos().plans.replaceSession(id, { ...tempo, minutes: 45 });
    }
    const changes: Session[] = [
      { ...easy('2026-12-07', 30), status: 'done' },
      { ...easy('2026-12-09', 99), purpose: { code: 'TWO_SHORT_NIGHTS' } },
      easy('2026-12-10'), // nothing planned that day: left out
      { ...easy('2026-12-09', 35), purpose: { code: 'TWO_SHORT_NIGHTS' } }, // the same date again: this one
      easy('2026-12-15', 25),
    ];
    const single = [];
    for (const change of [changes[0]!, changes[3]!, changes[4]!]) {
      single.push(await repos().plans.replaceSession(oneByOne, change));
    }
    expect(await repos().plans.replaceSession(oneByOne, changes[2]!)).toBeUndefined();
    // The plan's revision moves once per statement that writes its sessions (migration 0013).
    const revision = async (athleteId: string) =>
      (
        await ctx.handle.db
          .select({ revision: plans.revision })
          .from(plans)
          .where(and(eq(plans.athleteId, athleteId), eq(plans.active, true)))
      )[0]!.revision;
    const before = await revision(atOnce);
    const batch = await repos().plans.replaceSessions(atOnce, changes);
    // One delete (the adapted tempo), one update (the two first adaptations), one insert: 3, not 6.
    expect((await revision(atOnce)) - before).toBe(3);
    const withoutIds = (sessions: readonly (StoredSession | undefined)[]) =>
      sessions.map((s) => {
        const { id: _id, ...rest } = s!;
        return rest;
      });
    expect(withoutIds(batch)).toEqual(withoutIds(single));
    expect(batch.map((s) => [s.date, s.minutes, s.status, s.replaces?.kind, s.replaces?.minutes])).toEqual([
      ['2026-12-07', 30, 'done', 'easy', 40],
      ['2026-12-09', 35, 'adapted', 'tempo', 50],
      ['2026-12-15', 25, 'adapted', 'easy', 40],
    ]);
    const [a, b] = [(await repos().plans.active(oneByOne))!, (await repos().plans.active(atOnce))!];
    expect(b.plan.weeks.map((w) => [w.minutes, w.km])).toEqual(a.plan.weeks.map((w) => [w.minutes, w.km]));
    expect(withoutIds(b.sessions)).toEqual(withoutIds(a.sessions));
    expect(b.sessions.filter((s) => s.status !== 'planned' || s.replaces).map((s) => s.id)).toEqual(
      batch.map((s) => s.id),
    );
    expect(await repos().plans.replaceSessions(atOnce, [])).toEqual([]);
  });

  it('places a session on a day with nothing planned, and "keep original" brings the rest day back', async () => {
    const athleteId = await runner();
    const weekMinutes = (await repos().plans.save(athleteId, plan)).plan.weeks[0]!.minutes;
    const long = { ...easy('2026-12-11', 90), kind: 'long' as const };
    const placed = await repos().plans.placeSession(athleteId, long);
    expect(placed).toMatchObject({
      date: '2026-12-11',
      kind: 'long',
      status: 'adapted',
      replaces: { kind: 'rest' },
    });
    let active = await repos().plans.active(athleteId);
    expect(active?.sessions.filter((s) => s.date === '2026-12-11').map((s) => s.kind)).toEqual(['long']);
    expect(active?.plan.weeks[0]?.minutes).toBe(weekMinutes + 90);
    // A day that holds a session is replaced as by replaceSession.
    const swapped = await repos().plans.placeSession(athleteId, { ...tempo, date: '2026-12-12' });
    expect(swapped).toMatchObject({ kind: 'tempo', replaces: { kind: 'easy', minutes: 50 } });

    expect(await repos().plans.restoreOriginal(athleteId, '2026-12-11')).toMatchObject({ kind: 'rest' });
    expect(await repos().plans.restoreOriginal(athleteId, '2026-12-12')).toMatchObject({ kind: 'easy' });
    active = await repos().plans.active(athleteId);
    expect(active?.plan.weeks[0]?.sessions.filter((s) => s.kind !== 'rest').map((s) => s.date)).toEqual([
      '2026-12-07',
      '2026-12-09',
      '2026-12-12',
    ]);
    expect(active?.plan.weeks[0]?.minutes).toBe(weekMinutes);
    expect(await repos().plans.placeSession(athleteId, easy('2027-03-01'))).toBeUndefined();
  });

  it('marks a session done, and knows nothing of dates outside the plan or other runners', async () => {
    const athleteId = await runner();
    await repos().plans.save(athleteId, plan);
    expect(await repos().plans.setStatus(athleteId, '2026-12-07', 'done')).toMatchObject({ status: 'done' });
    expect(await repos().plans.setStatus(athleteId, '2026-12-08', 'done')).toBeUndefined();
    const other = await runner();
    expect(await repos().plans.active(other)).toBeUndefined();
    expect(await repos().plans.replaceSession(other, tempo)).toBeUndefined();
  });

  it('keeps every purpose code with its facts (the race run/walk, a return after a break)', async () => {
    const athleteId = await runner();
    const race: Session = {
      ...tempo,
      date: '2026-12-13',
      kind: 'race',
      purpose: { code: 'RACE', facts: { goal: '10k', runMinutes: 18.08, walkMinutes: 1 } },
    };
    const back: Session = {
      ...easy('2026-12-15'),
      purpose: { code: 'BACK_AFTER_BREAK', facts: { daysOff: 12, keepPercent: 70, easyOnly: 1 } },
    };
    const [w0, w1] = plan.weeks as [Plan['weeks'][0], Plan['weeks'][0]];
    const coded: Plan = {
      ...plan,
      weeks: [
        { ...w0, sessions: [...w0.sessions, race] },
        { ...w1, sessions: [back] },
      ],
    };
    await repos().plans.save(athleteId, coded);
    const active = await repos().plans.active(athleteId);
    expect(active?.sessions.map((s) => s.purpose)).toEqual(
      coded.weeks.flatMap((w) => w.sessions.map((s) => s.purpose)),
    );
    // An adapted session keeps its own purpose and its original's.
    const eased = await repos().plans.replaceSession(athleteId, {
      ...easy('2026-12-09', 30),
      purpose: { code: 'POST_RACE_EASY', facts: { raceDate: '2026-12-06', until: '2026-12-10' } },
    });
    expect(eased?.purpose).toEqual({
      code: 'POST_RACE_EASY',
      facts: { raceDate: '2026-12-06', until: '2026-12-10' },
    });
    expect(eased?.replaces?.purpose).toEqual({ code: 'TEMPO' });
  });

  it('a purpose stored as English before purposes were codes reads back as it was', async () => {
    const athleteId = await runner();
    const saved = await repos().plans.save(athleteId, plan);
    const old = 'Aerobic base at a conversational pace.';
    // A row from before migration 0006: the English line in `purpose`, no code and no facts.
    const id = saved.sessions[0]!.id;
    await ctx.handle.db
      .update(plannedSessions)
      .set({ purpose: old, purposeCode: null, purposeFacts: null })
      .where(eq(plannedSessions.id, id));
    const back = (await repos().plans.active(athleteId))?.sessions.find((s) => s.id === id);
    expect(back?.purpose).toEqual({ code: 'LEGACY', facts: { text: old } });
    expect(purposeText(back!.purpose)).toBe(old);
    // Saved again (a new version), the legacy line is kept word for word.
    await repos().plans.save(athleteId, (await repos().plans.active(athleteId))!.plan);
    const again = (await repos().plans.active(athleteId))?.sessions[0];
    expect(purposeText(again!.purpose)).toBe(old);
  });
});
