import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import {
  KM_PER_RECOVERY_DAY,
  POST_RACE_EASY_MAX_MINUTES,
  recoveryDays,
} from '../../../../coach/rules/adapt/recovery-rules.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import type { Decision } from '../../../../coach/rules/decision.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { calmCheckins, followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

// Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long (see plan-fixture).
const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45, withHr: true });
const SAT = '2027-01-23';
const SUN = '2027-01-24';
const TUE = '2027-01-26';
const WED = '2027-01-27';
const THU = '2027-01-28';
const SUN2 = '2027-01-31';

/** The plan followed up to Friday, then a race on Saturday instead of the easy run. */
function raced(km: number, minutes: number, flag = true): Activity[] {
  return [
    ...followedPlan(plan, '2027-01-04', '2027-01-22'),
    { date: SAT, km, minutes, ...(flag ? { race: true } : {}) },
  ];
}
const history = (activities: Activity[], today: string) => ({
  activities,
  checkins: calmCheckins(today, 14),
});
const recovery = (r: { decisions: readonly Decision[] }) =>
  r.decisions.filter((d) => d.rule === 'recovery.post-race');

function expectEasyNotLonger(next: Plan, date: string): Session {
  const s = sessionOn(next, date);
  const was = sessionOn(plan, date);
  expect(s).toMatchObject({ kind: 'easy', hard: false, status: 'adapted', replaces: { kind: was.kind } });
  expect(s.minutes).toBeLessThanOrEqual(Math.min(was.minutes, POST_RACE_EASY_MAX_MINUTES));
  expect(s.km).toBeLessThanOrEqual(was.km);
  expect(s.steps.every((x) => x.intensity === 'E')).toBe(true);
  return s;
}

describe('recovery after a race', () => {
  it('earns one easy day per 3 km raced (Daniels)', () => {
    expect(KM_PER_RECOVERY_DAY).toBe(3);
    expect([3, 5, 10, 21.0975, 42.195].map(recoveryDays)).toEqual([1, 2, 4, 8, 15]);
    expect(recoveryDays(0)).toBe(0);
  });

  it('a 10K PR on Saturday: no long run on Sunday, Tuesday intervals easy, Thursday tempo back', () => {
    expect(sessionOn(plan, SUN).kind).toBe('long');
    const r = adapt(plan, history(raced(10, 44), SUN), SUN);
    expect(r.decisions.map((d) => d.rule)).toContain('fitness.race-result');
    const sunday = expectEasyNotLonger(r.plan, SUN);
    expect(sunday.purpose).toEqual({
      code: 'POST_RACE_EASY',
      facts: {
        raceDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });
    expectEasyNotLonger(r.plan, TUE);
    expect(sessionOn(r.plan, WED).kind).toBe('easy');
    expect(sessionOn(r.plan, THU)).toMatchObject({ kind: 'tempo', hard: true });
    expect(recovery(r).map((d) => d.date)).toEqual([SUN, TUE]);
    expect(recovery(r)[0]).toMatchObject({
      action: 'swap_to_easy',
      before: { date: SUN, kind: 'long' },
      after: { date: SUN, kind: 'easy', hard: false },
      reasons: [
        {
          code: 'RECENT_RACE',
          facts: { date: SAT, km: 10, minutes: 44, recoveryDays: 4, kmPerDay: 3, until: WED },
        },
      ],
    });
  });

  it('is idempotent, and leaves alone the sessions already run', () => {
    const first = adapt(plan, history(raced(10, 44), SUN), SUN);
    const again = adapt(first.plan, history(raced(10, 44), SUN), SUN);
    expect(recovery(again)).toEqual([]);
    expect(again.plan).toEqual(first.plan);

    // Sunday's easy jog is logged; on Monday morning Sunday is not edited again, Tuesday stays easy.
    const jog = { date: SUN, km: 6, minutes: 40, rpe: 3 };
    const monday = adapt(first.plan, history([...raced(10, 44), jog], '2027-01-25'), '2027-01-25');
    expect(recovery(monday)).toEqual([]);
    expect(sessionOn(monday.plan, SUN)).toEqual(sessionOn(first.plan, SUN));
    expect(sessionOn(monday.plan, TUE).kind).toBe('easy');
  });

  it('never edits a day already past: a race read late only changes what is still ahead', () => {
    const r = adapt(plan, history(raced(10, 44), TUE), TUE);
    expect(sessionOn(r.plan, SUN).kind).toBe('long'); // missed, not turned easy
    expect(recovery(r).map((d) => d.date)).toEqual([TUE]);
  });

  it('a 5K earns two days: Sunday easy, Tuesday intervals as planned', () => {
    const r = adapt(plan, history(raced(5, 21), SUN), SUN);
    expectEasyNotLonger(r.plan, SUN);
    expect(sessionOn(r.plan, TUE)).toMatchObject({
      kind: 'intervals',
      hard: true,
      minutes: sessionOn(plan, TUE).minutes,
    });
    expect(sessionOn(r.plan, TUE).status).toBeUndefined();
  });

  it('a half marathon earns eight days: the next long run is easy too', () => {
    const r = adapt(plan, history(raced(21.1, 98), SUN), SUN);
    for (const d of [SUN, TUE, THU, SUN2]) expectEasyNotLonger(r.plan, d);
    expect(sessionOn(r.plan, '2027-02-02')).toMatchObject({ kind: 'intervals', hard: true });
  });

  it('a slow race (no PR) still earns its recovery', () => {
    const r = adapt(plan, history(raced(10, 60), SUN), SUN);
    expect(r.decisions.some((d) => d.rule === 'fitness.race-result')).toBe(false);
    expectEasyNotLonger(r.plan, SUN);
  });

  it("a run on the plan's race day counts as a race without being marked one", () => {
    const race: Session = {
      date: SAT,
      kind: 'race',
      hard: true,
      minutes: 50,
      km: 10,
      purpose: { code: 'LEGACY', facts: { text: 'Tune-up 10K.' } },
      steps: [{ kind: 'run', intensity: 'T', km: 10 }],
    };
    const week = plan.weeks[2]!;
    const withRace: Plan = {
      ...plan,
      weeks: plan.weeks.map((w) =>
        w === week ? { ...w, sessions: w.sessions.map((s) => (s.date === SAT ? race : s)) } : w,
      ),
    };
    const r = adapt(withRace, history(raced(10, 50, false), SUN), SUN);
    expectEasyNotLonger(r.plan, SUN);
    expect(recovery(r)[0]).toMatchObject({ reasons: [{ facts: { date: SAT, km: 10 } }] });
  });

  it('an ordinary run, or a race long past, changes nothing', () => {
    const run = adapt(plan, history(raced(10, 55, false), SUN), SUN);
    expect(recovery(run)).toEqual([]);
    expect(sessionOn(run.plan, SUN)).toEqual(sessionOn(plan, SUN));
    const later = adapt(plan, history(raced(10, 44), THU), THU);
    expect(recovery(later)).toEqual([]);
  });
});

describe('the issue’s parkrun, logged as a plain run (issue 10 §5)', () => {
  // A VDOT 38.4 plan; Saturday's easy run is a parkrun instead: 5 km in 22:40, "went all out" (RPE 10).
  const slower = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 38.4 });
  const parkrun: Activity = { date: SAT, km: 5, minutes: 22 + 40 / 60, rpe: 10 };
  const before = followedPlan(slower, '2027-01-04', '2027-01-22');

  it('raises VDOT, is no RPE mismatch, and Sunday’s long run becomes an easy recovery run', () => {
    const r = adapt(slower, { activities: [...before, parkrun], checkins: calmCheckins(SAT, 14) }, SAT);
    const rules = r.decisions.map((d) => d.rule);
    expect(rules).toContain('fitness.race-result');
    expect(r.plan.vdot).toBeGreaterThan(42);
    expect(rules.filter((x) => x.startsWith('rpe.') || x === 'load.acwr-caution')).toEqual([]);
    expect(r.decisions.flatMap((d) => d.reasons).filter((x) => x.code.startsWith('RPE_'))).toEqual([]);
    expect(recovery(r).map((d) => d.date)).toEqual([SUN]);
    expect(sessionOn(r.plan, SUN)).toMatchObject({ kind: 'easy', hard: false });
    expect(sessionOn(r.plan, SUN).minutes).toBeLessThanOrEqual(POST_RACE_EASY_MAX_MINUTES);
    // Quality resumes after the two easy days, at the new paces.
    expect(sessionOn(r.plan, TUE)).toMatchObject({ kind: 'intervals', hard: true });
    expect(sessionOn(r.plan, TUE).steps).not.toEqual(sessionOn(slower, TUE).steps);
  });

  it('with Sunday’s long run already logged, Sunday stays as it was run', () => {
    const long = sessionOn(slower, SUN);
    const done = { date: SUN, km: long.km, minutes: long.minutes, rpe: 4 };
    const r = adapt(slower, { activities: [...before, parkrun, done], checkins: calmCheckins(SUN, 14) }, SUN);
    expect(r.decisions.map((d) => d.rule)).toContain('fitness.race-result');
    expect(r.decisions.filter((d) => d.rule.startsWith('rpe.'))).toEqual([]);
    expect(sessionOn(r.plan, SUN)).toEqual(long);
    expect(r.decisions.filter((d) => d.date === SUN && d.rule !== 'fitness.race-result')).toEqual([]);
  });
});
