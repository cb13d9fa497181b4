/**
 * What the runner was told is what the stored plan holds: a plan adapted with a VDOT change is saved as a
 * new version and read back identical to the engine's plan — every adapted session with its status and the
 * original it `replaces` — and "Keep original" still works on that version.
 */
import { expect, it } from 'vitest';
import { adapt } from '../../../coach/rules/adapt/adapt.js';
import type { History } from '../../../coach/rules/adapt/history.js';
import type { Decision } from '../../../coach/rules/decision.js';
import type { Plan, Session } from '../../../coach/rules/plan/types.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { followedPlan } from '../../coach/rules/adapt/history-fixture.js';
import { fixturePlan, sessionOn } from '../../coach/rules/adapt/plan-fixture.js';
import { describeEachDatabase } from '../../helpers/database.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45, withHr: true });
const TODAY = '2027-01-25';

/** Histories that change VDOT and adapt sessions in the same run. */
const HISTORIES: readonly (readonly [string, History])[] = [
  [
    'a 10K PR (VDOT up) after two 4-hour nights',
    {
      activities: [
        ...followedPlan(plan, '2027-01-04', '2027-01-22'),
        { date: '2027-01-23', km: 10, minutes: 44, rpe: 9, race: true },
      ],
      checkins: [
        { date: '2027-01-24', sleepHours: 4 },
        { date: TODAY, sleepHours: 4 },
      ],
    },
  ],
  [
    'a two-week break (VDOT down, the return weeks shortened)',
    { activities: followedPlan(plan, '2027-01-04', '2027-01-10'), checkins: [] },
  ],
];

/**
 * A session without database ids: the stored plan's sessions carry theirs, and the engine's edits of a
 * loaded plan carry the ids of the version they were made from.
 */
function strip(session: Session & { id?: string }): Session {
  const { id: _id, replaces, ...rest } = session;
  if (replaces === undefined) return rest;
  const { id: _rid, ...original } = replaces as typeof replaces & { id?: string };
  return { ...rest, replaces: original };
}
const withoutIds = (plan: Plan): Plan => ({
  ...plan,
  weeks: plan.weeks.map((w) => ({ ...w, sessions: w.sessions.map(strip) })),
});
/** The sessions a decision changed (not those that only set VDOT or marked a day missed). */
const changedDates = (decisions: readonly Decision[]) =>
  decisions
    .filter((d) => d.date >= TODAY && typeof d.after === 'object' && d.after !== null && 'kind' in d.after)
    .map((d) => d.date);

describeEachDatabase('an adapted plan version, saved and loaded', (ctx) => {
  const repos = () => createRepositories(ctx.handle.db);
  async function runnerWithPlan() {
    const created = await repos().athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    await repos().plans.save(created.value.id, plan);
    const active = await repos().plans.active(created.value.id);
    return { athleteId: created.value.id, active: active! };
  }

  it.each(HISTORIES)('%s: every session the decisions name is stored as told', async (_, history) => {
    const { athleteId, active } = await runnerWithPlan();
    const result = adapt(active.plan, history, TODAY);
    expect(result.plan.vdot).not.toBe(active.plan.vdot);
    const adaptedDates = changedDates(result.decisions);
    expect(adaptedDates.length, 'the history adapts upcoming sessions').toBeGreaterThan(0);

    await repos().plans.save(athleteId, result.plan);
    const loaded = await repos().plans.active(athleteId);
    expect(loaded?.version).toBe(2);
    for (const date of adaptedDates) {
      const told = strip(sessionOn(result.plan, date));
      const stored = strip(loaded!.sessions.find((s) => s.date === date)!);
      expect(told.status, date).toBe('adapted');
      expect(told.replaces, date).toBeDefined();
      expect(stored, date).toEqual(told);
    }
    expect(withoutIds(loaded!.plan)).toEqual(withoutIds(result.plan));
    const versions = await repos().plans.versions(athleteId);
    expect(withoutIds(versions[1]!.plan)).toEqual(withoutIds(result.plan));
  });

  it('Keep original on the new version brings the original back, and only once', async () => {
    const { athleteId, active } = await runnerWithPlan();
    const result = adapt(active.plan, HISTORIES[0]![1], TODAY);
    const adapted = strip(result.plan.weeks.flatMap((w) => w.sessions).find((s) => s.status === 'adapted')!);
    await repos().plans.save(athleteId, result.plan);

    const restored = strip((await repos().plans.restoreOriginal(athleteId, adapted.date))!);
    expect(restored).toEqual({ ...adapted.replaces, status: 'planned' });
    const now = (await repos().plans.active(athleteId))!;
    expect(now.version).toBe(2);
    expect(strip(now.sessions.find((s) => s.date === adapted.date)!)).toEqual(restored);
    expect(now.sessions.filter((s) => s.date === adapted.date)).toHaveLength(1);
    expect(await repos().plans.restoreOriginal(athleteId, adapted.date)).toBeUndefined();
  });

  it('a session adapted on the new version keeps pointing at its first original; marking it done keeps it', async () => {
    const { athleteId, active } = await runnerWithPlan();
    const result = adapt(active.plan, HISTORIES[0]![1], TODAY);
    const adapted = strip(result.plan.weeks.flatMap((w) => w.sessions).find((s) => s.status === 'adapted')!);
    await repos().plans.save(athleteId, result.plan);

    const { replaces: _replaces, ...rest } = adapted;
    const shorter = { ...rest, minutes: adapted.minutes - 5 };
    const again = await repos().plans.replaceSession(athleteId, shorter);
    expect(again).toMatchObject({ minutes: adapted.minutes - 5, status: 'adapted' });
    expect(strip(again!).replaces).toEqual(adapted.replaces);
    const done = strip((await repos().plans.setStatus(athleteId, adapted.date, 'done'))!);
    expect(done).toMatchObject({ status: 'done', replaces: adapted.replaces });
    const stored = (await repos().plans.active(athleteId))!.sessions.filter((s) => s.date === adapted.date);
    expect(stored.map((s) => [s.minutes, s.status, s.replaces?.kind])).toEqual([
      [adapted.minutes - 5, 'done', adapted.replaces!.kind],
    ]);
  });
});
