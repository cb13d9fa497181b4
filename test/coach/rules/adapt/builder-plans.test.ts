/**
 * Adaptation on plans from the real plan builder (coach/rules/plan), over generated athletes: no false
 * alarms for a runner who follows the plan, and idempotence on builder output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import { EXPECTED_RPE } from '../../../../coach/rules/adapt/expected-rpe.js';
import type { Activity, CheckIn, Lap } from '../../../../coach/rules/adapt/history.js';
import { addDays, daysBetween } from '../../../../coach/rules/calendar/index.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { planRequest } from '../plan/arbitraries.js';

const built = planRequest(6, 30)
  .map((c) => buildPlan(c.input))
  .filter((r): r is { ok: true; value: Plan } => r.ok)
  .map((r) => r.value);

/** Laps exactly as the steps prescribe: one per step repetition, at the middle of its pace and HR ranges. */
function lapsOf(session: Session): Lap[] {
  const laps: Lap[] = [];
  for (const step of session.steps) {
    const mid = step.pace === undefined ? 600 : (step.pace.from + step.pace.to) / 2;
    const km = step.km ?? ((step.minutes ?? 0) * 60) / mid;
    const minutes = step.minutes ?? (km * mid) / 60;
    if (!(km > 0) || !(minutes > 0)) continue;
    const avgHr = step.hr === undefined ? undefined : (step.hr.from + step.hr.to) / 2;
    for (let r = 0; r < (step.repeat ?? 1); r++)
      laps.push(avgHr === undefined ? { km, minutes } : { km, minutes, avgHr });
  }
  return laps;
}

/** Each planned run done exactly as planned, at the middle of its expected RPE, before `today`. */
function asPlanned(plan: Plan, today: string, withLaps = false): Activity[] {
  return plan.weeks
    .flatMap((w) => w.sessions)
    .filter((s) => s.date < today && s.kind !== 'rest' && s.minutes > 0)
    .map((s) => ({
      date: s.date,
      km: s.km,
      minutes: s.minutes,
      rpe: (EXPECTED_RPE[s.kind].from + EXPECTED_RPE[s.kind].to) / 2,
      ...(s.kind === 'race' ? { race: true } : {}),
      ...(withLaps ? { laps: lapsOf(s) } : {}),
    }));
}

function calm(from: string, to: string): CheckIn[] {
  const out: CheckIn[] = [];
  for (let d = from, i = 0; d <= to; d = addDays(d, 1), i++) {
    out.push({
      date: d,
      sleepHours: 7.5,
      sleepQuality: 4,
      restingHr: 50 + (i % 2),
      hrv: 70 - (i % 3),
      soreness: 2,
      stress: 3,
    });
  }
  return out;
}

const withToday = built.chain((plan) => {
  const first = plan.weeks[0]!.start;
  const last = plan.weeks.at(-1)!.sessions.at(-1)?.date ?? first;
  return fc
    .integer({ min: 0, max: Math.max(0, daysBetween(first, last)) })
    .map((n) => ({ plan, today: addDays(first, n) }));
});

describe('adapt on builder plans', () => {
  it('a runner who follows the plan and feels fine gets no changes (no false alarms)', () => {
    fc.assert(
      fc.property(withToday, fc.boolean(), ({ plan, today }, withLaps) => {
        const start = plan.weeks[0]!.start;
        const { decisions, plan: next } = adapt(
          plan,
          { activities: asPlanned(plan, today, withLaps), checkins: calm(start, today) },
          today,
        );
        // Monotony is about the runner's week, not a fault: seven similar days may rightly get a shorter easy run.
        const alarms = decisions.filter(
          (d) => d.rule !== 'load.monotony' && d.rule !== 'fitness.race-result',
        );
        expect(alarms).toEqual([]);
        if (decisions.length === 0) expect(next).toEqual(plan);
      }),
      { numRuns: 150, seed: 2027 },
    );
  });

  it('is idempotent on builder plans with messy histories', () => {
    const messy = fc.record({
      skip: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }),
      hardRpe: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 3 }),
      checkins: fc.array(
        fc.record(
          {
            back: fc.integer({ min: 0, max: 10 }),
            sleepHours: fc.double({ min: 3, max: 9, noNaN: true }),
            restingHr: fc.integer({ min: 45, max: 70 }),
            soreness: fc.integer({ min: 0, max: 10 }),
            illness: fc.boolean(),
            pain: fc.record({
              location: fc.constantFrom('knee', 'shin'),
              score: fc.integer({ min: 0, max: 6 }),
            }),
          },
          { requiredKeys: ['back'] },
        ),
        { maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(withToday, messy, ({ plan, today }, m) => {
        const activities = asPlanned(plan, today)
          .filter((_, i) => !m.skip.includes(i))
          .map((a, i) => (m.hardRpe.includes(i) ? { ...a, rpe: 10 } : a));
        const checkins = m.checkins.map(({ back, ...c }) => ({ ...c, date: addDays(today, -back) }));
        const once = adapt(plan, { activities, checkins }, today);
        const twice = adapt(once.plan, { activities, checkins }, today);
        expect(twice.plan).toEqual(once.plan);
        expect(twice.decisions).toEqual(once.decisions.filter((d) => d.action === 'recommend_professional'));
      }),
      { numRuns: 150, seed: 99 },
    );
  });
});
