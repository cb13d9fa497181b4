import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { plan } from '../../helpers/plan-fixture.js';
import { createPlanCache } from '../../../db/plan-cache.js';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { plannedSessions, plans } from '../../../db/schema/index.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('the plans a process keeps', (ctx) => {
  const uncached = () => createRepositories(ctx.handle.db).plans;
  async function runnerWithPlan() {
    const created = await createRepositories(ctx.handle.db).athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    await uncached().save(created.value.id, plan);
    return created.value.id;
  }
  const revisionOf = async (athleteId: string) => {
    const [row] = await ctx.handle.db
      .select({ revision: plans.revision })
      .from(plans)
      .where(and(eq(plans.athleteId, athleteId), eq(plans.active, true)));
    return row!.revision;
  };

  it('the database moves a plan’s revision after every statement that writes its sessions', async () => {
    const athleteId = await runnerWithPlan();
    expect(await revisionOf(athleteId)).toBe(1);
    await uncached().setStatus(athleteId, '2026-12-07', 'done');
    expect(await revisionOf(athleteId)).toBe(2);
    await ctx.handle.db
      .update(plannedSessions)
      .set({ minutes: 41 })
      .where(eq(plannedSessions.athleteId, athleteId));
    expect(await revisionOf(athleteId)).toBe(3);
    await ctx.handle.db.delete(plannedSessions).where(eq(plannedSessions.date, '2026-12-12'));
    expect(await revisionOf(athleteId)).toBe(4);
    await ctx.handle.db.execute(sql`update planned_sessions set km = km where false`);
    expect(await revisionOf(athleteId)).toBe(4);
  });

  it('answers from the kept copy while the revision holds, and never past a write made elsewhere', async () => {
    const athleteId = await runnerWithPlan();
    const cache = createPlanCache();
    const cached = () => createRepositories(ctx.handle.db, { planCache: cache }).plans;
    const first = await cached().active(athleteId);
    expect(first).toEqual(await uncached().active(athleteId));
    expect(await cached().active(athleteId)).toBe(first);
    // Another process (no cache of its own here) and a statement by hand change the plan.
    await uncached().setStatus(athleteId, '2026-12-09', 'missed');
    const afterMissed = await cached().active(athleteId);
    expect(afterMissed).not.toBe(first);
    expect(afterMissed?.sessions.map((s) => s.status)).toEqual(['planned', 'missed', 'planned', 'planned']);
    await ctx.handle.db
      .update(plannedSessions)
      .set({ minutes: 45 })
      .where(eq(plannedSessions.date, '2026-12-12'));
    expect((await cached().active(athleteId))?.sessions.map((s) => s.minutes)).toEqual([40, 50, 45, 40]);
    expect(await cached().active(athleteId)).toEqual(await uncached().active(athleteId));
  });

  it('an adaptation with only statuses to set keeps the copy; one that replaces sessions drops it', async () => {
    const athleteId = await runnerWithPlan();
    const cache = createPlanCache();
    const uow = createUnitOfWork(ctx.handle.db, { planCache: cache });
    const read = await uow.run((repos) => repos.plans.active(athleteId));
    await uow.run(async (repos) => {
      expect(await repos.plans.replaceSessions(athleteId, [])).toEqual([]);
      await repos.plans.setStatus(athleteId, '2026-12-07', 'done');
    });
    const kept = cache.get(athleteId)!;
    expect(kept.plan).not.toBe(read);
    expect(kept.plan).toEqual(await uncached().active(athleteId));
    await uow.run((repos) =>
      repos.plans.replaceSessions(athleteId, [{ ...read!.sessions[1]!, minutes: 30, km: 5 }]),
    );
    expect(cache.get(athleteId)).toBeUndefined();
    expect((await uow.run((repos) => repos.plans.active(athleteId)))?.sessions[1]?.minutes).toBe(30);
  });

  it('a status set in a unit of work updates the kept copy once committed; a rollback leaves it', async () => {
    const athleteId = await runnerWithPlan();
    const cache = createPlanCache();
    const uow = createUnitOfWork(ctx.handle.db, { planCache: cache });
    const read = await uow.run((repos) => repos.plans.active(athleteId));
    expect(cache.get(athleteId)?.plan).toBe(read);
    await expect(
      uow.run(async (repos) => {
        await repos.plans.setStatus(athleteId, '2026-12-07', 'done');
        expect((await repos.plans.active(athleteId))?.sessions[0]?.status).toBe('done');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(cache.get(athleteId)?.plan).toBe(read);
    await uow.run((repos) => repos.plans.setStatus(athleteId, '2026-12-07', 'done'));
    const kept = cache.get(athleteId)!;
    expect(kept.revision).toBe(await revisionOf(athleteId));
    expect(kept.plan).toEqual(await uncached().active(athleteId));
    expect(await uow.run((repos) => repos.plans.active(athleteId))).toBe(kept.plan);
  });

  it('a read asked for right behind a status write finds the copy as it will stand, once the row is the one expected', async () => {
    const athleteId = await runnerWithPlan();
    const cache = createPlanCache();
    const uow = createUnitOfWork(ctx.handle.db, { planCache: cache });
    await uow.run((repos) => repos.plans.active(athleteId));
    const [marked, read] = await uow.run((repos) =>
      Promise.all([repos.plans.setStatus(athleteId, '2026-12-07', 'done'), repos.plans.active(athleteId)]),
    );
    expect(marked?.status).toBe('done');
    expect(read).toBe(cache.get(athleteId)?.plan);
    expect(read).toEqual(await uncached().active(athleteId));
    expect(cache.get(athleteId)?.confirmed).toBeUndefined();
    // No session on the date: nothing changes, the copy stays the plan.
    const [none, same] = await uow.run((repos) =>
      Promise.all([repos.plans.setStatus(athleteId, '2026-12-08', 'done'), repos.plans.active(athleteId)]),
    );
    expect([none, same]).toEqual([undefined, read]);
    // The copy one revision behind (a session deleted elsewhere): the write changes no row, the revision
    // matches the copy's guess, and the read behind it still takes the plan as it is.
    await ctx.handle.db.delete(plannedSessions).where(eq(plannedSessions.date, '2026-12-09'));
    const [gone, fresh] = await uow.run((repos) =>
      Promise.all([repos.plans.setStatus(athleteId, '2026-12-09', 'done'), repos.plans.active(athleteId)]),
    );
    expect(gone).toBeUndefined();
    expect(fresh?.sessions.map((s) => s.date)).not.toContain('2026-12-09');
    expect(fresh).toEqual(await uncached().active(athleteId));
  });

  it('a new plan version and a deleted runner leave nothing stale', async () => {
    const athleteId = await runnerWithPlan();
    const cache = createPlanCache();
    const uow = createUnitOfWork(ctx.handle.db, { planCache: cache });
    await uow.run((repos) => repos.plans.active(athleteId));
    const saved = await uow.run((repos) => repos.plans.save(athleteId, { ...plan, vdot: 47 }));
    expect(cache.get(athleteId)?.plan).toBe(saved);
    expect(await uow.run((repos) => repos.plans.active(athleteId))).toEqual(
      await uncached().active(athleteId),
    );
    await uow.run((repos) => repos.athletes.delete(athleteId));
    expect(cache.get(athleteId)).toBeUndefined();
  });
});
