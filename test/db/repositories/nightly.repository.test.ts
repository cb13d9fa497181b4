/**
 * The nightly batch's bulk writes (`NightlyRepository.locked` → `store`) on PGlite and PostgreSQL: two
 * runners with the same plan and the same days (runs, then bad nights, pain and a break) are adapted day
 * after day, one as a message would (`applyAdaptation`, write by write through the repositories), the
 * other by the nightly batch; after every day both hold the same plan versions, sessions (replaced ones
 * linked to the same originals), decisions and fitness snapshots, and the same decisions come back.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applyAdaptation, planAdaptation } from '../../../coach/adaptation/apply-adaptation.js';
import { HISTORY_DAYS, historyOf } from '../../../coach/history.js';
import type { StoredDecision } from '../../../coach/model/stored-decision.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { addDays } from '../../../coach/rules/calendar/add-days.js';
import { rows } from '../../../db/migrate.js';
import { createNightlyRepository } from '../../../db/repositories/nightly.repository.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase, type DatabaseContext } from '../../helpers/database.js';

const START = '2026-12-07';

/** What a runner's adaptations left in the database, without ids, times or the runner's id. */
async function stored(ctx: DatabaseContext, athleteId: string) {
  const q = async (query: ReturnType<typeof sql>) =>
    rows<Record<string, unknown>>(await ctx.handle.db.execute(query));
  return {
    plans: await q(sql`
      select version, active, rules_version, summary from plans where athlete_id = ${athleteId} order by version`),
    sessions: await q(sql`
      select p.version, s.date::text as date, s.kind, s.hard, s.minutes, s.km, s.purpose, s.purpose_code,
        s.purpose_facts, s.steps, s.targets, s.status,
        r.date::text as replaces_date, r.kind as replaces_kind, r.minutes as replaces_minutes,
        r.status as replaces_status
      from planned_sessions s join plans p on p.id = s.plan_id
      left join planned_sessions r on r.id = s.replaces_id
      where s.athlete_id = ${athleteId}
      order by p.version, s.date, s.status, s.kind, s.minutes`),
    decisions: await q(sql`
      select rule, date::text as date, action, before, after, reasons, status, inputs from decisions
      where athlete_id = ${athleteId} order by date, rule, action, status`),
    fitness: await q(sql`
      select on_date::text as on_date, vdot, source, evidence from fitness_snapshots
      where athlete_id = ${athleteId} order by on_date, vdot`),
  };
}

const decided = (ds: readonly StoredDecision[]) =>
  ds.map(({ id: _id, athleteId: _athleteId, createdAt: _createdAt, ...d }) => d);

describeEachDatabase('nightly repository', (ctx) => {
  describe('a batch stores what a message stores', () => {
    it('day after day: missed sessions, bad nights, pain, then a break and a new plan version', async () => {
      const deps = coachDeps(ctx.handle, { now: () => new Date(`${START}T08:00:00Z`) });
      const nightly = createNightlyRepository(ctx.handle.db);
      const made = async (name: string) => {
        const r = await onboard(deps.unitOfWork, { name, timezone: 'UTC' }, SAMPLE_ONBOARDING_PROFILE, START);
        if (!r.ok) throw new Error(r.code);
        return r.value.athlete.id;
      };
      const byMessage = await made('Mia');
      const byBatch = await made('Nia');
      const plan = (await deps.repositories.plans.active(byMessage))!.plan;
      const sessions = plan.weeks.flatMap((w) => w.sessions);

      for (let i = 1; i <= 24; i++) {
        const day = addDays(START, i);
        const yesterday = addDays(day, -1);
        for (const athleteId of [byMessage, byBatch]) {
          // The first week run as planned (the hard ones harder than prescribed), then nothing.
          const run = sessions.find((s) => s.date === yesterday && s.kind !== 'rest' && s.km > 0);
          if (run && i <= 8)
            await deps.repositories.activities.add({
              athleteId,
              date: yesterday,
              distanceMeters: run.km * 1000,
              durationSeconds: run.minutes * 60,
              rpe: run.hard ? 9 : 4,
              source: 'chat',
            });
          if (i === 9 || i === 10)
            await deps.repositories.checkins.add({ athleteId, date: day, sleepHours: 4, sleepQuality: 1 });
          if (i === 12)
            await deps.repositories.checkins.add({
              athleteId,
              date: day,
              pain: { location: 'knee', score: 4 },
            });
        }

        const messageOutcome = await deps.unitOfWork.run(async (repos) => {
          const athlete = await repos.athletes.lockForUpdate(byMessage);
          return applyAdaptation(repos, athlete!, day);
        });
        const run = { id: 'run', athleteId: byBatch, localDate: day, attempts: 1 };
        const batchDecisions = await nightly.locked([run], HISTORY_DAYS, async (batch) => {
          const input = batch.input(byBatch)!;
          const writes = planAdaptation(
            {
              active: input.plan.plan,
              history: historyOf(input.athlete, input.activities, input.checkins),
              stored: input.decisions,
            },
            day,
          );
          if (!writes) return [];
          return (await batch.store([{ athleteId: byBatch, writes }])).get(byBatch) ?? [];
        });

        expect(decided(batchDecisions), day).toEqual(decided(messageOutcome.decisions));
        expect(await stored(ctx, byBatch), day).toEqual(await stored(ctx, byMessage));
      }

      // Every kind of write was made: statuses, replaced sessions, offers, a new version and its snapshot.
      const end = await stored(ctx, byBatch);
      expect(end.plans.length).toBeGreaterThan(1);
      expect(end.fitness.length).toBeGreaterThan(0);
      expect(end.sessions.some((s) => s.status === 'missed')).toBe(true);
      expect(end.sessions.some((s) => s.status === 'superseded')).toBe(true);
      expect(end.decisions.some((d) => String(d.rule).startsWith('safety.'))).toBe(true);
      expect(end.decisions.some((d) => d.status === 'proposed' || d.status === 'applied')).toBe(true);
    });
  });
});
