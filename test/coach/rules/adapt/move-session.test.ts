/**
 * Issue 11 §4: one session moved or swapped within its week, hard days kept apart (Daniels; the long run
 * counts as hard; Pfitzinger: no quality next to the long run). The fixture week: Mon rest, Tue intervals,
 * Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { moveSession, type MovableKind } from '../../../../coach/rules/adapt/move-session.js';
import { countsAsHard } from '../../../../coach/rules/adapt/schedule-days.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const MON = '2026-12-07';
const plan = fixturePlan({ start: MON, weeks: 4, vdot: 45 });
const day = (i: number) => addDays(MON, i);

/** The plan with the outcome's sessions in place of those on their dates. */
function applied(p: Plan, sessions: readonly Session[]): Plan {
  const by = new Map(sessions.map((s) => [s.date, s]));
  return {
    ...p,
    weeks: p.weeks.map((w) => {
      const dates = new Set(w.sessions.map((s) => s.date));
      const extra = sessions.filter(
        (s) => !dates.has(s.date) && s.date >= w.start && s.date <= addDays(w.start, 6),
      );
      return { ...w, sessions: [...w.sessions.map((s) => by.get(s.date) ?? s), ...extra] };
    }),
  };
}

describe('moveSession', () => {
  it('swaps the long run with the easy run on the target day ("long run on saturday this week")', () => {
    const r = moveSession({ plan, today: MON, session: { kind: 'long' }, to: day(5) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decision.rule).toBe('schedule.move-session');
    expect(r.value.decision.action).toBe('swap_sessions');
    expect(r.value.decision.before.sessions.map((s) => [s.date, s.kind])).toEqual([
      [day(6), 'long'],
      [day(5), 'easy'],
    ]);
    expect(r.value.decision.after.sessions.map((s) => [s.date, s.kind])).toEqual([
      [day(6), 'easy'],
      [day(5), 'long'],
    ]);
    expect(r.value.decision.reasons.map((x) => x.code)).toEqual([
      'SESSIONS_SWAPPED',
      'HARD_DAY_SPACING_KEPT',
    ]);
    const after = applied(plan, r.value.sessions);
    expect(sessionOn(after, day(5)).minutes).toBe(sessionOn(plan, day(6)).minutes);
  });

  it('refuses a move that puts two hard days back to back, naming the days that would work', () => {
    const r = moveSession({ plan, today: MON, session: { kind: 'intervals' }, to: day(2) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('HARD_DAYS_ADJACENT');
    expect(r.facts).toMatchObject({
      clashDate: day(2),
      neighbourDate: day(3),
      neighbourKind: 'tempo',
      side: 'before',
    });
    expect(r.facts?.['alternatives']).toEqual([MON]);
  });

  it('moving to a rest day leaves the source a rest day', () => {
    const r = moveSession({ plan, today: MON, session: { kind: 'tempo' }, to: day(4) });
    expect(r.ok && r.value.decision.action).toBe('move_session');
    if (!r.ok) return;
    expect(r.value.sessions.map((s) => [s.date, s.kind])).toEqual([
      [day(3), 'rest'],
      [day(4), 'tempo'],
    ]);
  });

  it('swaps two named days ("swap tuesday and thursday")', () => {
    const r = moveSession({ plan, today: MON, session: { date: day(1) }, to: day(3) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sessions.map((s) => [s.date, s.kind])).toEqual([
      [day(1), 'tempo'],
      [day(3), 'intervals'],
    ]);
  });

  it('refuses a day in the past, another week, and race day', () => {
    const past = moveSession({ plan, today: day(3), session: { kind: 'intervals' }, to: day(2) });
    expect(!past.ok && past.code).toBe('TARGET_IN_PAST');
    const passed = moveSession({ plan, today: day(3), session: { date: day(1) }, to: day(4) });
    expect(!passed.ok && passed.code).toBe('SESSION_IN_PAST');
    const other = moveSession({ plan, today: MON, session: { date: day(1) }, to: day(8) });
    expect(!other.ok && other.code).toBe('NOT_SAME_WEEK');
    const last = plan.weeks.at(-1)!;
    const raceDay = addDays(last.start, 6);
    const withRace: Plan = {
      ...plan,
      weeks: plan.weeks.map((w) =>
        w === last
          ? {
              ...w,
              sessions: w.sessions.map((s) =>
                s.date === raceDay ? { ...s, kind: 'race' as const, hard: true } : s,
              ),
            }
          : w,
      ),
    };
    const onto = moveSession({
      plan: withRace,
      today: last.start,
      session: { date: addDays(last.start, 5) },
      to: raceDay,
    });
    expect(!onto.ok && onto.code).toBe('RACE_DAY');
    const race = moveSession({
      plan: withRace,
      today: last.start,
      session: { date: raceDay },
      to: addDays(last.start, 4),
    });
    expect(!race.ok && race.code).toBe('RACE_DAY');
  });

  it('property: no move leaves two hard days side by side, and the week keeps every session', () => {
    const kinds: MovableKind[] = ['intervals', 'tempo', 'long', 'easy', 'quality'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.oneof(
          fc.constantFrom(...kinds).map((kind) => ({ kind })),
          fc.integer({ min: 0, max: 6 }).map((d) => ({ d })),
        ),
        (week, todayI, toI, what) => {
          const start = addDays(MON, week * 7);
          const today = addDays(start, todayI);
          const session = 'kind' in what ? { kind: what.kind } : { date: addDays(start, what.d) };
          const r = moveSession({ plan, today, session, to: addDays(start, toI) });
          if (!r.ok) return;
          const after = applied(plan, r.value.sessions);
          const w = after.weeks[week]!;
          const runs = (ss: readonly Session[]) =>
            ss
              .filter((s) => s.kind !== 'rest')
              .map((s) => `${s.kind}:${s.minutes}`)
              .sort();
          expect(runs(w.sessions)).toEqual(runs(plan.weeks[week]!.sessions));
          for (let i = -1; i < 7; i++) {
            const a = after.weeks.flatMap((x) => x.sessions).find((s) => s.date === addDays(start, i));
            const b = after.weeks.flatMap((x) => x.sessions).find((s) => s.date === addDays(start, i + 1));
            expect(countsAsHard(a) && countsAsHard(b)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
