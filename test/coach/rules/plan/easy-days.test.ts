import { describe, expect, it } from 'vitest';
import {
  RECOVERY_MAX_MINUTES,
  RECOVERY_SHARE_OF_GENERAL,
  sizeEasyDays,
} from '../../../../coach/rules/plan/easy-days.js';

// Week offsets from Monday: Mon 0, Tue 1, Wed 2, Thu 3, Sat 5, Sun 6.
const base = { longDay: 6, minutes: 150, cap: 70, min: 15, mediumLong: 100, alternate: true };

describe('sizeEasyDays', () => {
  it('puts no medium-long run between two quality days: Tue T, Wed recovery, Thu I', () => {
    const days = sizeEasyDays({ ...base, days: [2, 5], hardDays: [1, 3, 6] });
    // Saturday is the eve of Sunday's long run: a short general-aerobic run, not a second long run.
    expect(days.map((d) => d.role)).toEqual(['recovery', 'pre-long']);
  });

  it('puts the medium-long run away from quality and the long run, after the recovery day', () => {
    const days = sizeEasyDays({ ...base, days: [2, 3, 5], hardDays: [1, 6] });
    expect(days.map((d) => [d.day, d.role])).toEqual([
      [2, 'recovery'],
      [3, 'medium-long'],
      [5, 'pre-long'],
    ]);
    const [recovery, mediumLong, eve] = days.map((d) => d.minutes) as [number, number, number];
    expect(mediumLong).toBeGreaterThan(eve);
    expect(recovery).toBeLessThan(mediumLong);
    expect(recovery + mediumLong + eve).toBeLessThanOrEqual(150);
  });

  it('the day before the long run is shorter than the general-aerobic run (review #4)', () => {
    // Tue quality, Thu and Sat easy, Sun long: Saturday is not a second Thursday.
    const days = sizeEasyDays({ ...base, days: [3, 5], hardDays: [1, 6], mediumLong: 0, minutes: 180 });
    const [thu, sat] = days as [(typeof days)[0], (typeof days)[0]];
    expect([thu.role, sat.role]).toEqual(['general', 'pre-long']);
    expect(sat.minutes).toBeLessThanOrEqual(RECOVERY_SHARE_OF_GENERAL * thu.minutes + 1);
  });

  it('recovery runs stop at their ceiling and general runs at their cap: the week comes out smaller', () => {
    // Mon after Sunday's long run, Wed after Tuesday's quality; Thu general; a big week.
    const days = sizeEasyDays({
      ...base,
      days: [0, 2, 3],
      hardDays: [1, 6],
      mediumLong: 0,
      minutes: 400,
      cap: 90,
    });
    expect(days.map((d) => [d.role, d.minutes])).toEqual([
      ['recovery', RECOVERY_MAX_MINUTES],
      ['recovery', RECOVERY_MAX_MINUTES],
      ['general', 90],
    ]);
  });
});
