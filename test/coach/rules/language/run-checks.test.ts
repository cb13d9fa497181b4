import { describe, expect, it } from 'vitest';
import { checkRun, fastestPossiblePace } from '../../../../coach/rules/language/run-checks.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

const km = (meters: number) => ({ start: 0, meters, unit: 'km' as const, named: false });

describe('fastestPossiblePace', () => {
  it('is the world-record pace of the longest record distance not beyond the run', () => {
    expect(fastestPossiblePace(10_000)).toBe(157.1); // 26:11 over 10 km
    expect(fastestPossiblePace(42_195)).toBe(171.5); // 2:00:35 over the marathon
    expect(fastestPossiblePace(12_000)).toBe(157.1); // nobody holds 10 000 m record pace for longer
    expect(fastestPossiblePace(50)).toBe(95.8); // 100 m record pace below 100 m
  });
});

describe('checkRun', () => {
  it('keeps a plausible run', () => {
    expect(checkRun(km(10_000), { start: 0, seconds: 3150 })).toEqual({
      distanceM: 10_000,
      durationS: 3150,
      problems: [],
    });
  });

  it('refuses a time faster than the world record and keeps the distance', () => {
    const r = checkRun(km(10_000), { start: 0, seconds: 180 });
    expect(r.distanceM).toBe(10_000);
    expect(r.durationS).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ code: 'PACE_FASTER_THAN_WORLD_RECORD', slot: 'durationS' });
    expect(problemQuestion(r.problems[0]!).text).toContain('10 km in 3:00');
  });

  it('reads a:bb as h:mm when m:ss would beat the world record', () => {
    expect(checkRun(km(21_097.5), { start: 0, seconds: 105, asHoursMinutes: 6300 }).durationS).toBe(6300);
    expect(checkRun(km(5000), { start: 0, seconds: 1290, asHoursMinutes: 77_400 }).durationS).toBe(1290);
  });

  it('reads a short a:bb without a distance as h:mm', () => {
    expect(checkRun(undefined, { start: 0, seconds: 105, asHoursMinutes: 6300 }).durationS).toBe(6300);
    expect(checkRun(undefined, { start: 0, seconds: 2700, asHoursMinutes: 162_000 }).durationS).toBe(2700);
  });

  it('refuses distances and durations no single run has', () => {
    expect(checkRun(km(1_000_000), undefined).problems.map((p) => p.code)).toEqual(['DISTANCE_IMPLAUSIBLE']);
    expect(checkRun(undefined, { start: 0, seconds: 100 * 3600 }).problems.map((p) => p.code)).toEqual([
      'DURATION_IMPLAUSIBLE',
    ]);
    expect(checkRun(km(5000), { start: 0, seconds: 5 * 3600 }).problems.map((p) => p.code)).toEqual([
      'PACE_TOO_SLOW',
    ]);
  });
});
