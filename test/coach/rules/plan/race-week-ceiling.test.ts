import { describe, it, expect } from 'vitest';
import { raceWeekCeiling } from '../../../../coach/rules/plan/race-week-ceiling.js';

describe('raceWeekCeiling', () => {
  it('is 60 % of the mean easy run of the build, in whole minutes', () => {
    expect(raceWeekCeiling([60, 70], [100], 20)).toBe(39);
    expect(raceWeekCeiling([50, 51], [], 20)).toBe(30);
  });

  it('falls back to the other sessions when the build had no easy run', () => {
    expect(raceWeekCeiling([], [40, 60], 20)).toBe(30);
  });

  it('never goes below the runner’s shortest session', () => {
    expect(raceWeekCeiling([40, 50], [40, 50, 45], 30)).toBe(30);
  });

  it('has no ceiling before any run', () => {
    expect(raceWeekCeiling([], [], 30)).toBeUndefined();
  });
});
