import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../../../coach/rules/calendar/index.js';
import { easyTargets, replaceSession, toEasy, toRest } from '../../../../coach/rules/adapt/plan-edit.js';
import {
  nearestEasyTargets,
  plannedRunsByDate,
  sessionsInDateOrder,
} from '../../../../coach/rules/adapt/plan-index.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { fixturePlan } from './plan-fixture.js';

// Week of 2027-01-04: Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy, Sun long.
const plan = fixturePlan({ start: '2027-01-04', weeks: 3, vdot: 45, withHr: true });
const refs = (p: Plan) =>
  p.weeks.flatMap((w, week) => w.sessions.map((session, index) => ({ week, index, session })));

describe('plan views', () => {
  it('lists the sessions in date order, a date shared by two sessions in plan order', () => {
    // Two sessions on one date, and weeks listed out of date order.
    const extra: Session = { ...plan.weeks[0]!.sessions[2]!, kind: 'recovery' };
    const odd: Plan = {
      ...plan,
      weeks: [
        plan.weeks[1]!,
        { ...plan.weeks[0]!, sessions: [...plan.weeks[0]!.sessions, extra] },
        plan.weeks[2]!,
      ],
    };
    const naive = refs(odd).sort((a, b) =>
      a.session.date < b.session.date ? -1 : a.session.date > b.session.date ? 1 : 0,
    );
    expect(sessionsInDateOrder(odd)).toEqual(naive);
    const wed = sessionsInDateOrder(odd).filter((r) => r.session.date === '2027-01-06');
    expect(wed.map((r) => r.session.kind)).toEqual(['easy', 'recovery']);
  });

  it('keys each date to the run first planned there, whatever adaptation made of it', () => {
    const eased = replaceSession(
      plan,
      { week: 1, index: 3 },
      toRest(plan.weeks[1]!.sessions[3]!, { code: 'ILLNESS_REST' }),
    );
    const planned = plannedRunsByDate(eased);
    expect(planned.get('2027-01-14')?.kind).toBe('rest'); // the tempo, now a rest day
    expect(planned.get('2027-01-14')?.replaces?.kind).toBe('tempo');
    expect(planned.has('2027-01-11')).toBe(false); // a rest day as planned
    expect(plannedRunsByDate(plan).get('2027-01-14')?.kind).toBe('tempo'); // the old plan keeps its own view
  });

  it('a new plan object gets views of its own: an edit is seen at once', () => {
    const before = sessionsInDateOrder(plan);
    const tempo = plan.weeks[1]!.sessions[3]!;
    const next = replaceSession(
      plan,
      { week: 1, index: 3 },
      toEasy(tempo, { purpose: { code: 'UNDER_RECOVERED_EASY' } }),
    );
    expect(sessionsInDateOrder(next).find((r) => r.session.date === '2027-01-14')?.session.kind).toBe('easy');
    expect(before.find((r) => r.session.date === '2027-01-14')?.session.kind).toBe('tempo');
  });

  it('finds the easy targets of the nearest session with an E pace, the earlier one on a tie', () => {
    const naive = (p: Plan, date: string) => {
      let best = {};
      let gap = Infinity;
      for (const { session } of refs(p)) {
        const t = easyTargets(session);
        if (t.pace === undefined) continue;
        const g = Math.abs(toEpochDay(session.date) - toEpochDay(date));
        if (g < gap) [best, gap] = [t, g];
      }
      return best;
    };
    for (const date of ['2026-12-01', '2027-01-04', '2027-01-11', '2027-01-15', '2027-03-01'])
      expect(nearestEasyTargets(plan, date)).toEqual(naive(plan, date));
    // Fri 2027-01-08 sits a day from Thu's tempo (its warm-up is E) and a day from Sat's easy run, here
    // given a band of its own: Thursday's comes first in the plan, so its band is the one.
    const sat = plan.weeks[0]!.sessions[5]!;
    const slowSat = {
      ...sat,
      steps: sat.steps.map((s) => (s.intensity === 'E' ? { ...s, pace: { from: 400, to: 440 } } : s)),
    };
    const tie = replaceSession(plan, { week: 0, index: 5 }, slowSat);
    expect(nearestEasyTargets(tie, '2027-01-08').pace).toEqual(easyTargets(plan.weeks[0]!.sessions[3]!).pace);
    expect(nearestEasyTargets(tie, '2027-01-09').pace).toEqual({ from: 400, to: 440 });
    expect(nearestEasyTargets(tie, '2027-01-08')).toEqual(naive(tie, '2027-01-08'));
    expect(nearestEasyTargets({ ...plan, weeks: [] }, '2027-01-08')).toEqual({});
  });

  it('throws on a date that is no date, as toEpochDay does', () => {
    expect(() => nearestEasyTargets(plan, '2027-02-30')).toThrow('not an ISO date: 2027-02-30');
  });
});
