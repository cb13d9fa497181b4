import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { dailySeries } from '../../../../coach/rules/load/daily-series.js';
import { sessionRpeLoad } from '../../../../coach/rules/load/session-rpe-load.js';
import { windowTotal } from '../../../../coach/rules/load/window-total.js';
import type { ActivityLoadInput } from '../../../../coach/rules/load/activity-load-input.js';

describe('dailySeries', () => {
  const activities: ActivityLoadInput[] = [
    { date: '2027-03-01', durationSeconds: 3600, rpe: 7 },
    { date: '2027-03-03', durationSeconds: 1800 }, // no RPE: unknown load
    { date: '2027-03-03', durationSeconds: 1200, rpe: 5 },
    { date: '2027-03-04', durationSeconds: 600, rpe: 3 },
    { date: '2027-03-04', durationSeconds: 1200, rpe: 6 },
  ];

  it('sums a day, keeps rest days at 0 and unknown days unknown', () => {
    const s = dailySeries(activities, { to: '2027-03-05' }, sessionRpeLoad);
    expect(s.map((d) => d.date)).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
    ]);
    expect(s.map((d) => d.value)).toEqual([420, 0, undefined, 150, 0]);
    expect(s[2]).toMatchObject({ knownValue: 100, sessions: 2, missingSessions: 1 });
  });

  it('starts at the first activity unless told otherwise, and drops activities outside the range', () => {
    expect(dailySeries(activities, { to: '2027-03-02' }, sessionRpeLoad)).toHaveLength(2);
    const early = dailySeries(activities, { from: '2027-02-27', to: '2027-03-01' }, sessionRpeLoad);
    expect(early.map((d) => d.value)).toEqual([0, 0, 420]);
    expect(dailySeries([], { to: '2027-03-01' }, sessionRpeLoad)).toEqual([]);
  });

  it('load of a union of disjoint days is the sum of the loads (property)', () => {
    const start = '2027-01-04';
    const activity = fc.record({
      offset: fc.integer({ min: 0, max: 34 }),
      durationSeconds: fc.integer({ min: 600, max: 10_800 }),
      rpe: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 40 }), fc.integer({ min: 0, max: 34 }), (raw, cut) => {
        const all: ActivityLoadInput[] = raw.map((r) => ({
          date: addDays(start, r.offset),
          durationSeconds: r.durationSeconds,
          rpe: r.rpe,
        }));
        // Split by day: days before `cut` in one set, the rest in the other (disjoint days).
        const a = all.filter((x) => x.date < addDays(start, cut));
        const b = all.filter((x) => x.date >= addDays(start, cut));
        const range = { from: start, to: addDays(start, 34) };
        const total = (acts: ActivityLoadInput[]) =>
          windowTotal(dailySeries(acts, range, sessionRpeLoad), range.to, 35).value ?? NaN;
        const expected = all.reduce((s, x) => s + (x.rpe ?? 0) * ((x.durationSeconds ?? 0) / 60), 0);
        expect(total(all)).toBeCloseTo(total(a) + total(b), 6);
        expect(total(all)).toBeCloseTo(expected, 6);
        return true;
      }),
      { seed: 20270104 },
    );
  });
});
