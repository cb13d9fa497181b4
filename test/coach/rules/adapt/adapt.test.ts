import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapt, ADAPT_RULES } from '../../../../coach/rules/adapt/adapt.js';
import { ADAPT_RULE_IDS } from '../../../../coach/rules/adapt/rule-ids.js';
import type { Activity, CheckIn, History } from '../../../../coach/rules/adapt/history.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { fixturePlan } from './plan-fixture.js';

const START = '2027-01-04';
const plans = [
  fixturePlan({ start: START, weeks: 12, vdot: 45 }),
  fixturePlan({ start: START, weeks: 12, vdot: 38, easyMinutes: 30, withHr: true }),
];

const RULE_IDS = new Set<string>(ADAPT_RULE_IDS);

const day = (n: number) => addDays(START, n);
const activity: fc.Arbitrary<Activity> = fc.record(
  {
    date: fc.integer({ min: 0, max: 60 }).map(day),
    km: fc.integer({ min: 2, max: 25 }),
    minutes: fc.integer({ min: 12, max: 150 }),
    avgHr: fc.integer({ min: 110, max: 185 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    cadence: fc.integer({ min: 140, max: 190 }),
    race: fc.constant(true),
  },
  { requiredKeys: ['date', 'km', 'minutes'] },
);
const checkin: fc.Arbitrary<CheckIn> = fc.record(
  {
    date: fc.integer({ min: 0, max: 60 }).map(day),
    sleepHours: fc.double({ min: 3, max: 10, noNaN: true }),
    sleepQuality: fc.integer({ min: 1, max: 5 }),
    restingHr: fc.integer({ min: 40, max: 75 }),
    hrv: fc.integer({ min: 20, max: 120 }),
    soreness: fc.integer({ min: 0, max: 10 }),
    stress: fc.integer({ min: 0, max: 10 }),
    mood: fc.integer({ min: 1, max: 5 }),
    illness: fc.boolean(),
    pain: fc.record({
      location: fc.constantFrom('knee', 'calf', 'Achilles'),
      score: fc.integer({ min: 0, max: 10 }),
    }),
    redFlags: fc.subarray(['dizziness', 'chest_pain', 'swollen ankle']),
  },
  { requiredKeys: ['date'] },
);
const scenario = fc.record({
  planIndex: fc.integer({ min: 0, max: plans.length - 1 }),
  today: fc.integer({ min: 1, max: 63 }).map(day),
  activities: fc.array(activity, { maxLength: 40 }),
  checkins: fc.array(checkin, { maxLength: 25 }),
});
// A realistic runner most days: also generate histories that follow the plan with sparse noise.
const followed = fc.record({
  planIndex: fc.integer({ min: 0, max: plans.length - 1 }),
  today: fc.integer({ min: 7, max: 63 }).map(day),
  skip: fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 6 }),
  rpeBump: fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 3 }),
  checkins: fc.array(checkin, { maxLength: 6 }),
});

function followedHistory(
  plan: Plan,
  today: string,
  skip: number[],
  rpeBump: number[],
  checkins: CheckIn[],
): History {
  const activities: Activity[] = [];
  for (const w of plan.weeks)
    for (const s of w.sessions) {
      if (s.date >= today || s.kind === 'rest' || skip.some((n) => day(n) === s.date)) continue;
      const bumped = rpeBump.some((n) => day(n) === s.date);
      activities.push({ date: s.date, km: s.km, minutes: s.minutes, rpe: bumped ? 9 : s.hard ? 7 : 3 });
    }
  return { activities, checkins };
}

const cases = fc.oneof(
  scenario.map((s) => ({
    plan: plans[s.planIndex]!,
    today: s.today,
    history: { activities: s.activities, checkins: s.checkins },
  })),
  followed.map((s) => {
    const plan = plans[s.planIndex]!;
    return { plan, today: s.today, history: followedHistory(plan, s.today, s.skip, s.rpeBump, s.checkins) };
  }),
);

/** Advice (no plan change) is given again on a second pass; storage keeps it once. */
const ADVICE = new Set(['recommend_professional', 'note_fatigue']);
const sessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);

describe('adapt — properties over generated histories', () => {
  it('is idempotent: adapting twice for the same day changes nothing the second time', () => {
    fc.assert(
      fc.property(cases, ({ plan, today, history }) => {
        const once = adapt(plan, history, today);
        const twice = adapt(once.plan, history, today);
        expect(twice.plan).toEqual(once.plan);
        expect(twice.decisions).toEqual(once.decisions.filter((d) => ADVICE.has(d.action)));
      }),
      { numRuns: 400, seed: 20270112 },
    );
  });

  it('is deterministic: the order of the history does not matter', () => {
    fc.assert(
      fc.property(cases, ({ plan, today, history }) => {
        const a = adapt(plan, history, today);
        const b = adapt(
          plan,
          { activities: [...history.activities].reverse(), checkins: [...history.checkins].reverse() },
          today,
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('only ever lightens: no session added, moved, lengthened or made hard; weeks stay consistent', () => {
    fc.assert(
      fc.property(cases, ({ plan, today, history }) => {
        const { plan: next, decisions } = adapt(plan, history, today);
        const a = sessions(plan);
        const b = sessions(next);
        expect(b.map((s) => s.date)).toEqual(a.map((s) => s.date));
        b.forEach((s, i) => {
          const o = a[i]!;
          expect(s.minutes).toBeLessThanOrEqual(o.minutes);
          expect(s.km).toBeLessThanOrEqual(o.km + 1e-9);
          if (!o.hard) expect(s.hard).toBe(false);
          if (s !== o && s.kind !== o.kind) expect(['easy', 'rest']).toContain(s.kind);
          if (s.date < today) expect(s.minutes).toBe(o.minutes);
        });
        next.weeks.forEach((w, i) => {
          const sum = w.sessions.reduce((t, s) => t + s.minutes, 0);
          const origSum = plan.weeks[i]!.sessions.reduce((t, s) => t + s.minutes, 0);
          expect(w.minutes).toBeCloseTo(plan.weeks[i]!.minutes + sum - origSum, 6);
        });
        for (const d of decisions) {
          expect(RULE_IDS.has(d.rule)).toBe(true);
          expect(d.reasons.length).toBeGreaterThan(0);
          for (const r of d.reasons) expect(r.code).toMatch(/^[A-Z0-9_]+$/);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('orders decisions by rule group: safety, illness, break, fitness, missed, readiness, RPE, load', () => {
    const order = ADAPT_RULES.map(([name]) => name);
    const group = (rule: string) => {
      const g = rule.startsWith('fitness.break') ? 'break' : rule.split('.')[0]!;
      return order.indexOf(g === 'fitness' ? 'fitness' : g);
    };
    fc.assert(
      fc.property(cases, ({ plan, today, history }) => {
        const { decisions } = adapt(plan, history, today);
        const groups = decisions.filter((d) => !ADVICE.has(d.action)).map((d) => group(d.rule));
        expect(groups).toEqual([...groups].sort((x, y) => x - y));
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('a red flag today always leaves no running today (a run already logged today stays as it was run)', () => {
    fc.assert(
      fc.property(
        cases,
        fc.constantFrom('chest_pain', 'fainting', 'numbness', 'my calf is swollen'),
        ({ plan, today, history }, flag) => {
          const h = { ...history, checkins: [...history.checkins, { date: today, redFlags: [flag] }] };
          const { plan: next, decisions } = adapt(plan, h, today);
          const ranToday = history.activities.some((a) => a.date === today);
          for (const s of sessions(next)) if (s.date === today && !ranToday) expect(s.minutes).toBe(0);
          expect(decisions.some((d) => d.rule === 'safety.see-professional')).toBe(true);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
