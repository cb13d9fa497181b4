import { describe, expect, it } from 'vitest';
import { checkRun, fastestPossiblePace } from '../../../../coach/rules/language/run-checks.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

const km = (meters: number) => ({ start: 0, meters, unit: 'km' as const, named: false });

describe('fastestPossiblePace', () => {
  it('is the world-record pace at a record distance, interpolated between record distances', () => {
    expect(fastestPossiblePace(10_000)).toBe(157.1); // 26:11 over 10 km
    expect(fastestPossiblePace(42_195)).toBe(171.5); // 2:00:35 over the marathon
    // Between 10 000 m and the half, on the power law through both records (slower than 10 km pace).
    expect(fastestPossiblePace(12_000)).toBe(158.6);
    expect(fastestPossiblePace(50)).toBe(95.8); // 100 m record pace below 100 m
  });

  it('never refuses a real record between the record distances', () => {
    // Road records: 15 km 41:05 and 20 km 55:21 (Kiplimo 2020), 100 km just over 6:05 (Sorokin 2022).
    for (const [m, s] of [
      [15_000, 2465],
      [20_000, 3321],
      [100_000, 21_935],
    ] as const)
      expect(fastestPossiblePace(m)).toBeLessThanOrEqual(s / (m / 1000));
  });

  it('refuses 16 km in 42 min: faster than the record pace between 10 km and the half', () => {
    const run = checkRun(km(16_000), { start: 0, seconds: 42 * 60 });
    expect(run.problems.map((p) => p.code)).toEqual(['PACE_FASTER_THAN_WORLD_RECORD']);
    expect(run.durationS).toBeUndefined();
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
