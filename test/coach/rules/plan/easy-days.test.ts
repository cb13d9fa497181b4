import { describe, expect, it } from 'vitest';
import { sizeEasyDays } from '../../../../coach/rules/plan/easy-days.js';

// Week offsets from Monday: Tue 1, Wed 2, Thu 3, Sat 5, Sun 6.
const base = { longDay: 6, minutes: 150, cap: 70, min: 15, mediumLong: 100, alternate: true };

describe('sizeEasyDays', () => {
  it('puts no medium-long run between two quality days: Tue T, Wed recovery, Thu I', () => {
    const days = sizeEasyDays({ ...base, days: [2, 5], hardDays: [1, 3, 6] });
    expect(days.map((d) => d.role)).toEqual(['recovery', 'general']);
  });

  it('puts the medium-long run away from quality and the long run, after the recovery day', () => {
    const days = sizeEasyDays({ ...base, days: [2, 3, 5], hardDays: [1, 6] });
    expect(days.map((d) => [d.day, d.role])).toEqual([
      [2, 'recovery'],
      [3, 'medium-long'],
      [5, 'general'],
    ]);
    const [recovery, mediumLong, general] = days.map((d) => d.minutes) as [number, number, number];
    expect(mediumLong).toBeGreaterThan(general);
    expect(recovery).toBeLessThan(general);
    expect(recovery + mediumLong + general).toBeLessThanOrEqual(150);
  });
});
