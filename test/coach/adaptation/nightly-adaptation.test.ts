/**
 * The nightly adaptation (issue 14 §3) on PGlite and PostgreSQL: a runner who wrote nothing is adapted for
 * their day as a message would have adapted them; a runner heard from that day is skipped; two instances
 * adapt each runner once; a second pass the same local day does nothing; the runner's timezone decides the
 * day. The clock is fixed: every instant below is written out.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNightlyAdaptation, dueRuns } from '../../../coach/adaptation/nightly-adaptation.js';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import type { StoredDecision } from '../../../coach/model/stored-decision.js';
import type { Clock } from '../../../coach/ports/clock.js';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { rows } from '../../../db/migrate.js';
import { createNightlyRepository } from '../../../db/repositories/nightly.repository.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase, type DatabaseContext } from '../../helpers/database.js';
import { manualClock } from '../../helpers/delivery.js';

const START = '2026-12-07';
const at = (iso: string) => new Date(iso);

/** What a decision decided, without its id, status bookkeeping or time stored. */
const decided = (ds: readonly StoredDecision[]) =>
  ds
    .map((d) => ({
      rule: d.rule,
      date: d.date,
      action: d.action,
      before: d.before,
      after: d.after,
      reasons: d.reasons,
    }))
    .sort((a, b) => `${a.rule}${a.date}`.localeCompare(`${b.rule}${b.date}`));

function setup(ctx: DatabaseContext, clock: Clock) {
  const deps = coachDeps(ctx.handle, clock);
  const nightly = createNightlyRepository(ctx.handle.db);
  const job = (workerId = 'w1', batch = 100) =>
    createNightlyAdaptation({ unitOfWork: deps.unitOfWork, nightly, clock, workerId, batch });
  async function runner(name: string, extra: { timezone?: string; telegramChatId?: number } = {}) {
    const r = await onboard(
      deps.unitOfWork,
      {
        name,
        timezone: extra.timezone ?? 'UTC',
        ...(extra.telegramChatId ? { telegramChatId: extra.telegramChatId } : {}),
      },
      SAMPLE_ONBOARDING_PROFILE,
      START,
    );
    if (!r.ok) throw new Error(r.code);
    return r.value.athlete.id;
  }
  async function records(athleteId?: string) {
    const found = await ctx.handle.db.execute<{ athlete_id: string; local_date: string; status: string }>(
      sql`select athlete_id, local_date::text as local_date, status from nightly_adaptations ${
        athleteId ? sql`where athlete_id = ${athleteId}` : sql``
      } order by local_date`,
    );
    return rows<{ athlete_id: string; local_date: string; status: string }>(found);
  }
  return { deps, nightly, job, runner, records };
}

/** The first day after START whose day before holds a planned run: a runner who wrote nothing missed it. */
async function dayAfterARun(deps: ReturnType<typeof coachDeps>, athleteId: string): Promise<string> {
  const plan = await deps.repositories.plans.active(athleteId);
  const run = plan!.sessions.find((s) => s.date > START && s.kind !== 'rest');
  return addDays(run!.date, 1);
}

describe('dueRuns', () => {
  const now = at('2027-01-12T14:30:00Z');
  it('takes the local date and hour of each runner’s timezone', () => {
    const due = dueRuns(
      [
        { athleteId: 'auckland', timezone: 'Pacific/Auckland' }, // 03:30 on the 13th
        { athleteId: 'la', timezone: 'America/Los_Angeles' }, // 06:30 on the 12th
        { athleteId: 'honolulu', timezone: 'Pacific/Honolulu' }, // 04:30 on the 12th
        { athleteId: 'kiritimati', timezone: 'Pacific/Kiritimati' }, // 04:30 on the 13th
      ],
      now,
      4,
    );
    expect(due).toEqual([
      { athleteId: 'la', localDate: '2027-01-12' },
      { athleteId: 'honolulu', localDate: '2027-01-12' },
      { athleteId: 'kiritimati', localDate: '2027-01-13' },
    ]);
  });
  it('leaves out a runner heard from yesterday or today (their day), or already recorded', () => {
    const due = dueRuns(
      [
        // 22:00 on the 10th in Berlin: two days back, still due.
        { athleteId: 'a', timezone: 'Europe/Berlin', lastMessageAt: at('2027-01-10T21:00:00Z') },
        // 00:30 on the 11th in Berlin (23:30 UTC on the 10th): yesterday there.
        { athleteId: 'b', timezone: 'Europe/Berlin', lastMessageAt: at('2027-01-10T23:30:00Z') },
        { athleteId: 'c', timezone: 'UTC', lastRunOn: '2027-01-12' },
        { athleteId: 'd', timezone: 'UTC', lastRunOn: '2027-01-11' },
      ],
      now,
      3,
    );
    expect(due.map((d) => d.athleteId)).toEqual(['a', 'd']);
  });
});

describeEachDatabase('nightly adaptation', (ctx) => {
  it('adapts a runner who missed yesterday’s session as a message that day would have', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, job, runner, records } = setup(ctx, clock);
    const silent = await runner('Ana');
    const writer = await runner('Ben');
    const day = await dayAfterARun(deps, silent);
    clock.set(at(`${day}T07:00:00Z`));

    // Ben writes on `day` (a question alone stores nothing, so "I'm sick" is not it: a check-in that
    // changes nothing on its own), and his message adapts him for the day.
    const ben = await handleMessage(deps, { athleteId: writer, text: 'slept 8 hours', channel: 'chat' });
    expect(ben.ok).toBe(true);
    const byMessage = await deps.repositories.decisions.list(writer);
    expect(byMessage.map((d) => d.rule)).toContain('missed.mark');

    const pass = await job().pass();
    expect(pass).toMatchObject({ scheduled: 1, claimed: 1, adapted: 1, failed: 0 });
    const byJob = await deps.repositories.decisions.list(silent);
    expect(byJob.find((d) => d.rule === 'missed.mark')).toMatchObject({
      date: addDays(day, -1),
      status: 'applied',
      inputs: { today: day },
    });
    expect(decided(byJob)).toEqual(decided(byMessage));
    expect(await records(silent)).toEqual([{ athlete_id: silent, local_date: day, status: 'done' }]);
    // Ben was heard from that day: no record.
    expect(await records(writer)).toEqual([]);
  });

  it('skips a runner who wrote the day before, and adapts them the night after a silent day', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, job, runner, records } = setup(ctx, clock);
    const id = await runner('Cleo');
    const day = await dayAfterARun(deps, id);
    clock.set(at(`${addDays(day, -1)}T20:00:00Z`));
    expect((await handleMessage(deps, { athleteId: id, text: 'slept 8 hours', channel: 'chat' })).ok).toBe(
      true,
    );
    clock.set(at(`${day}T05:00:00Z`));
    expect(await job().pass()).toMatchObject({ scheduled: 0, claimed: 0 });
    expect(await records(id)).toEqual([]);
    expect((await deps.repositories.decisions.list(id)).map((d) => d.rule)).not.toContain('missed.mark');

    clock.set(at(`${addDays(day, 1)}T05:00:00Z`));
    expect(await job().pass()).toMatchObject({ scheduled: 1, claimed: 1, adapted: 1 });
    expect((await deps.repositories.decisions.list(id)).map((d) => d.rule)).toContain('missed.mark');
  });

  it('adapts each runner exactly once with two instances, and a second pass that day does nothing', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, job, runner, records } = setup(ctx, clock);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await runner(`R${i}`));
    const day = await dayAfterARun(deps, ids[0]!);
    clock.set(at(`${day}T06:00:00Z`));
    // Small batches so the two instances interleave their claims.
    const [a, b] = await Promise.all([job('w1', 2).pass(), job('w2', 2).pass()]);
    expect(a.claimed + b.claimed).toBe(7);
    expect(a.adapted + b.adapted).toBe(7);
    const all = await records();
    expect(all).toHaveLength(7);
    expect(new Set(all.map((r) => r.athlete_id))).toEqual(new Set(ids));
    expect(all.every((r) => r.status === 'done' && r.local_date === day)).toBe(true);
    const stored = new Map<string, number>();
    for (const id of ids) {
      const ds = await deps.repositories.decisions.list(id);
      stored.set(id, ds.length);
      // No decision twice.
      const keys = ds.map((d) => `${d.rule}|${d.date}|${d.action}`);
      expect(new Set(keys).size).toBe(keys.length);
    }

    // Later the same day, and another instance (a restart): nothing to do.
    clock.set(at(`${day}T22:00:00Z`));
    expect(await job('w3').pass()).toMatchObject({ scheduled: 0, claimed: 0, decisions: 0 });
    for (const id of ids) expect((await deps.repositories.decisions.list(id)).length).toBe(stored.get(id));
    expect(await records()).toHaveLength(7);
  });

  it('adapts the runners of a batch that threw one by one, each in their own unit of work', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, nightly, runner, records } = setup(ctx, clock);
    const id = await runner('Eve');
    const day = await dayAfterARun(deps, id);
    clock.set(at(`${day}T06:00:00Z`));
    const failing = { ...nightly, locked: () => Promise.reject(new Error('batch lost')) };
    const job = createNightlyAdaptation({
      unitOfWork: deps.unitOfWork,
      nightly: failing,
      clock,
      workerId: 'w1',
    });
    expect(await job.pass()).toMatchObject({ claimed: 1, adapted: 1, failed: 0 });
    expect((await deps.repositories.decisions.list(id)).map((d) => d.rule)).toContain('missed.mark');
    expect(await records(id)).toEqual([{ athlete_id: id, local_date: day, status: 'done' }]);
  });

  it('adapts a runner with two days claimed in one batch for each day, the earlier first', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, nightly, job, runner, records } = setup(ctx, clock);
    const id = await runner('Fay');
    const day = await dayAfterARun(deps, id);
    clock.set(at(`${day}T06:00:00Z`));
    // Yesterday's run left over beside today's (as after a failed night).
    expect(
      await nightly.schedule(
        [
          { athleteId: id, localDate: day },
          { athleteId: id, localDate: addDays(day, -1) },
        ],
        clock.now(),
      ),
    ).toBe(2);
    expect(await job().runBatch()).toMatchObject({ claimed: 2, failed: 0 });
    expect((await records(id)).map((r) => [r.local_date, r.status])).toEqual([
      [addDays(day, -1), 'done'],
      [day, 'done'],
    ]);
    const ds = await deps.repositories.decisions.list(id);
    expect(ds.find((d) => d.rule === 'missed.mark')).toMatchObject({ inputs: { today: day } });
    const keys = ds.map((d) => `${d.rule}|${d.date}|${d.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('takes a run back when its claimer died, once the lease has run out', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, nightly, job, runner, records } = setup(ctx, clock);
    const id = await runner('Dee');
    const day = await dayAfterARun(deps, id);
    clock.set(at(`${day}T06:00:00Z`));
    const dying = job('dying');
    expect(await dying.schedule()).toBe(1);
    // The dying instance claims and never settles.
    const claimed = await nightly.claim('dying', clock.now(), 60_000, 10);
    expect(claimed).toHaveLength(1);
    expect(await job('w2').pass()).toMatchObject({ claimed: 0 });
    clock.advance(61_000);
    expect(await job('w2').pass()).toMatchObject({ claimed: 1, adapted: 1 });
    expect(await records(id)).toEqual([{ athlete_id: id, local_date: day, status: 'done' }]);
    // The dead claimer can no longer settle what it lost.
    expect(await nightly.done([claimed[0]!.id], 'dying', 0, clock.now())).toBe(0);
  });

  it('records each runner for their own local date', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { job, runner, records } = setup(ctx, clock);
    const auckland = await runner('Ari', { timezone: 'Pacific/Auckland' });
    const la = await runner('Lu', { timezone: 'America/Los_Angeles' });
    const london = await runner('Len', { timezone: 'Europe/London' });
    // 14:30 UTC on the 15th: 03:30 on the 16th in Auckland, 06:30 on the 15th in LA, 14:30 in London.
    clock.set(at('2026-12-15T14:30:00Z'));
    expect(await job().pass()).toMatchObject({ scheduled: 3, claimed: 3 });
    expect((await records(auckland)).map((r) => r.local_date)).toEqual(['2026-12-16']);
    expect((await records(la)).map((r) => r.local_date)).toEqual(['2026-12-15']);
    expect((await records(london)).map((r) => r.local_date)).toEqual(['2026-12-15']);
    // 20:00 UTC: still the 16th in Auckland and the 15th elsewhere: nothing new.
    clock.set(at('2026-12-15T20:00:00Z'));
    expect(await job().pass()).toMatchObject({ scheduled: 0 });
    // 14:30 UTC on the 16th: Auckland is on the 17th (03:30), LA on the 16th (06:30).
    clock.set(at('2026-12-16T14:30:00Z'));
    expect(await job().pass()).toMatchObject({ scheduled: 3 });
    expect((await records(auckland)).map((r) => r.local_date)).toEqual(['2026-12-16', '2026-12-17']);
  });

  it('tells a Telegram runner through the outbox when a break changes their coming sessions', async () => {
    const clock = manualClock(at(`${START}T08:00:00Z`));
    const { deps, job, runner } = setup(ctx, clock);
    const tg = await runner('Tia', { telegramChatId: 4242 });
    const quiet = await runner('Quinn');
    for (const athleteId of [tg, quiet])
      await deps.repositories.activities.add({
        athleteId,
        date: '2026-12-08',
        distanceMeters: 8000,
        durationSeconds: 48 * 60,
        rpe: 3,
        source: 'chat',
      });
    // Ten days without a run.
    const day = '2026-12-19';
    clock.set(at(`${day}T06:00:00Z`));
    const pass = await job().pass();
    expect(pass).toMatchObject({ claimed: 2, adapted: 2, enqueued: 1 });
    for (const athleteId of [tg, quiet])
      expect((await deps.repositories.decisions.list(athleteId)).map((d) => d.rule)).toContain(
        'fitness.break-detraining',
      );
    const queued = rows<{ athlete_id: string; destination: string; payload: { message: { kind: string } } }>(
      await ctx.handle.db.execute(sql`select athlete_id, destination, payload from outbox`),
    );
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ athlete_id: tg, destination: '4242' });
    expect(['decision', 'plan-changed']).toContain(queued[0]!.payload.message.kind);
  });
});
