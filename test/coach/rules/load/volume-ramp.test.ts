import { describe, it, expect } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { dailyVolume, weeklyVolume } from '../../../../coach/rules/load/volume.js';
import { weeklyRamp } from '../../../../coach/rules/load/ramp.js';
import { weeklyTotal } from '../../../../coach/rules/load/window-total.js';
import { dailySeries } from '../../../../coach/rules/load/daily-series.js';
import { distanceKm, type ActivityLoadInput } from '../../../../coach/rules/load/activity-load-input.js';
import { seriesOf } from './helpers.js';

const monday = '2027-03-01';

/** Three runs a week (Mon, Wed, Sat) adding up to `km` per week, 6 min/km. */
function week(start: string, km: number): ActivityLoadInput[] {
  return [0, 2, 5].map((d, i) => {
    const share = i === 2 ? 0.5 : 0.25;
    return { date: addDays(start, d), distanceMeters: km * share * 1000, durationSeconds: km * share * 360 };
  });
}

describe('daily and weekly volume', () => {
  it('reports km and minutes per day, unknown distance as unknown', () => {
    const acts: ActivityLoadInput[] = [
      { date: monday, distanceMeters: 10_000, durationSeconds: 3000 },
      { date: addDays(monday, 1), durationSeconds: 1800 },
    ];
    const days = dailyVolume(acts, { to: addDays(monday, 2) });
    expect(days.map((d) => [d.date, d.km.value, d.minutes.value])).toEqual([
      [monday, 10, 50],
      ['2027-03-02', undefined, 30],
      ['2027-03-03', 0, 0],
    ]);
  });

  it('sums the 7 days ending on asOf; an unknown distance makes the total unknown but keeps a lower bound', () => {
    const acts = [...week(monday, 40), { date: addDays(monday, 6), durationSeconds: 1200 }];
    const v = weeklyVolume(acts, addDays(monday, 6));
    expect(v.minutes.value).toBeCloseTo(240 + 20, 9);
    expect(v.km.value).toBeUndefined();
    expect(v.km.knownValue).toBeCloseTo(40, 9);
    expect(v.km.missingDays).toBe(1);
    expect(weeklyVolume(week(monday, 40), addDays(monday, 6)).km.value).toBeCloseTo(40, 9);
  });

  it('has no total before any history', () => {
    const t = weeklyTotal([], '2027-03-07');
    expect(t.value).toBeUndefined();
    expect(t.historyDays).toBe(0);
  });
});

describe('weeklyRamp', () => {
  const acts = [...week(monday, 40), ...week(addDays(monday, 7), 44), ...week(addDays(monday, 14), 50)];
  const asOf = addDays(monday, 20);
  const km = dailySeries(acts, { to: asOf }, distanceKm);

  it('computes week-over-week and two-week change on rolling weeks', () => {
    const r = weeklyRamp(km, asOf);
    expect(r.thisWeek.value).toBeCloseTo(50, 9);
    expect(r.lastWeek.value).toBeCloseTo(44, 9);
    expect(r.twoWeeksAgo.value).toBeCloseTo(40, 9);
    expect(r.weekOverWeek).toBeCloseTo(50 / 44 - 1, 12);
    expect(r.twoWeekChange).toBeCloseTo(0.25, 12);
    expect(r.aboveTenPercent).toBe(true);
    expect(r.aboveTwoWeekLimit).toBe(false);
  });

  it('flags more than 30 % over two weeks', () => {
    const series = seriesOf(monday, [...Array(7).fill(5), ...Array(7).fill(5.5), ...Array(7).fill(7)]);
    const r = weeklyRamp(series, addDays(monday, 20));
    expect(r.twoWeekChange).toBeCloseTo(0.4, 12);
    expect(r.aboveTwoWeekLimit).toBe(true);
  });

  it('is unknown when a week is incomplete or has an unknown day, never treated as 0', () => {
    expect(weeklyRamp(km, addDays(monday, 13)).twoWeekChange).toBeUndefined(); // week 3 back is before history
    const gap = seriesOf(monday, [
      ...Array(7).fill(5),
      5,
      undefined,
      ...Array(5).fill(5),
      ...Array(7).fill(6),
    ]);
    const r = weeklyRamp(gap, addDays(monday, 20));
    expect(r.weekOverWeek).toBeUndefined();
    expect(r.aboveTenPercent).toBeUndefined();
    expect(r.twoWeekChange).toBeCloseTo(6 / 5 - 1, 12);
  });
});
