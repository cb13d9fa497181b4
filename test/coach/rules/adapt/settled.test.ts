import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity, CheckIn } from '../../../../coach/rules/adapt/history.js';
import { matchActivities } from '../../../../coach/rules/adapt/match-activities.js';
import { capMinutes, replaceSession, toEasy } from '../../../../coach/rules/adapt/plan-edit.js';
import { summarize } from '../../../../coach/rules/adapt/rule.js';
import { keepSettled, settledSessions } from '../../../../coach/rules/adapt/settled.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import type { Decision } from '../../../../coach/rules/decision.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

// Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long (see plan-fixture).
const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const SAT = '2027-01-16';
const SUN = '2027-01-17';
const sessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);

describe('sessions already run, or past, are never edited (issue 10 §5)', () => {
  it('a hard-feeling Saturday, then Sunday’s long run logged: Sunday is not edited after the fact', () => {
    const long = sessionOn(plan, SUN);
    const activities: Activity[] = [
      ...followedPlan(plan, '2027-01-04', '2027-01-15'),
      { date: SAT, km: 6, minutes: 40, rpe: 8 }, // an easy run that felt far too hard
      { date: SUN, km: long.km, minutes: long.minutes, rpe: 4 }, // the long run, done
    ];
    const r = adapt(plan, { activities, checkins: [] }, SUN);
    expect(sessionOn(r.plan, SUN)).toEqual(long);
    expect(r.decisions.filter((d) => d.date <= SUN && d.rule !== 'missed.mark')).toEqual([]);
    // Read on Saturday, before Sunday's run, the long run is eased (that is the answer to Saturday).
    const before = adapt(plan, { activities: activities.slice(0, -1), checkins: [] }, SAT);
    expect(before.decisions.find((d) => d.rule === 'rpe.mismatch')?.date).toBe(SUN);
  });

  it('a new VDOT re-paces from today on, but never the session already run today', () => {
    const tue = '2027-01-19';
    const activities: Activity[] = [
      ...followedPlan(plan, '2027-01-04', '2027-01-17'),
      { date: tue, km: sessionOn(plan, tue).km, minutes: sessionOn(plan, tue).minutes, rpe: 7 },
      { date: '2027-01-18', km: 10, minutes: 40, race: true }, // a 10K PR on Monday, logged late
    ];
    const r = adapt(plan, { activities, checkins: [] }, tue);
    expect(r.decisions.map((d) => d.rule)).toContain('fitness.race-result');
    expect(sessionOn(r.plan, tue)).toEqual(sessionOn(plan, tue));
    expect(sessionOn(r.plan, '2027-01-21').steps).not.toEqual(sessionOn(plan, '2027-01-21').steps);
  });

  it('keepSettled puts back whatever a rule did to a settled session, and drops its decision', () => {
    const activities: Activity[] = [{ date: SAT, km: 8, minutes: 46, rpe: 3 }];
    const settled = settledSessions(plan, activities, SUN);
    // A rogue rule shortens Saturday (run) and Sunday (ahead), and marks Friday's rest missed.
    const w = plan.weeks.findIndex((x) => x.sessions.some((s) => s.date === SAT));
    const idx = (date: string) => plan.weeks[w]!.sessions.findIndex((s) => s.date === date);
    const edit = (p: Plan, date: string, f: (s: Session) => Session) =>
      replaceSession(p, { week: w, index: idx(date) }, f(sessionOn(p, date)));
    const decision = (before: Session, after: Session): Decision => ({
      rule: 'rogue.rule',
      date: before.date,
      action: 'shorten',
      before: summarize(before),
      after: summarize(after),
      reasons: [{ code: 'ROGUE', facts: {} }],
    });
    let next = edit(plan, SAT, (s) => capMinutes(s, 10, { code: 'LEGACY', facts: { text: 'x' } }));
    next = edit(next, SUN, (s) =>
      toEasy(s, { maxMinutes: 30, purpose: { code: 'LEGACY', facts: { text: 'x' } } }),
    );
    const out = keepSettled(settled, next, [
      decision(sessionOn(plan, SAT), sessionOn(next, SAT)),
      decision(sessionOn(plan, SUN), sessionOn(next, SUN)),
      { rule: 'rogue.advice', date: SUN, action: 'advise', before: undefined, after: undefined, reasons: [] },
    ]);
    expect(sessionOn(out.plan, SAT)).toBe(sessionOn(plan, SAT));
    expect(sessionOn(out.plan, SUN).minutes).toBe(30);
    expect(out.plan.weeks[w]!.minutes).toBe(plan.weeks[w]!.minutes - sessionOn(plan, SUN).minutes + 30);
    expect(out.decisions.map((d) => [d.rule, d.date])).toEqual([
      ['rogue.rule', SUN],
      ['rogue.advice', SUN],
    ]);
  });

  it('the one change allowed on a past day: a session with no run marked missed', () => {
    const r = adapt(
      plan,
      { activities: followedPlan(plan, '2027-01-04', '2027-01-12'), checkins: [] },
      '2027-01-15',
    );
    expect(sessionOn(r.plan, '2027-01-13')).toEqual({ ...sessionOn(plan, '2027-01-13'), status: 'missed' });
    expect(r.decisions.filter((d) => d.rule === 'missed.mark').map((d) => d.date)).toEqual([
      '2027-01-13',
      '2027-01-14',
    ]);
  });
});

const START = '2027-01-04';
const day = (n: number) => addDays(START, n);
const activity: fc.Arbitrary<Activity> = fc.record(
  {
    date: fc.integer({ min: 0, max: 50 }).map(day),
    km: fc.integer({ min: 2, max: 25 }),
    minutes: fc.integer({ min: 12, max: 150 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    race: fc.boolean(),
  },
  { requiredKeys: ['date', 'km', 'minutes'] },
);
const checkin: fc.Arbitrary<CheckIn> = fc.record(
  {
    date: fc.integer({ min: 0, max: 50 }).map(day),
    sleepHours: fc.double({ min: 3, max: 10, noNaN: true }),
    soreness: fc.integer({ min: 0, max: 10 }),
    illness: fc.boolean(),
    pain: fc.record({ location: fc.constantFrom('knee', 'calf'), score: fc.integer({ min: 0, max: 10 }) }),
    redFlags: fc.subarray(['chest_pain']),
  },
  { requiredKeys: ['date'] },
);

describe('the pipeline guard holds for every rule (property)', () => {
  it('no session dated before today or already run changes, except a past one with no run marked missed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }).map(day),
        fc.array(activity, { maxLength: 30 }),
        fc.array(checkin, { maxLength: 15 }),
        (today, activities, checkins) => {
          const { plan: next } = adapt(plan, { activities, checkins }, today);
          const run = new Set(
            [
              ...matchActivities(
                plan,
                activities.filter((a) => a.date <= today),
              ).sessionOf.values(),
            ].filter((s) => s !== undefined),
          );
          const a = sessions(plan);
          sessions(next).forEach((s, i) => {
            const o = a[i]!;
            if (run.has(o)) expect(s).toBe(o);
            else if (o.date < today && s !== o) expect(s).toEqual({ ...o, status: 'missed' });
          });
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
