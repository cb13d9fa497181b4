import { describe, it, expect } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { classifyIntensity } from '../../../../coach/rules/load/classify-intensity.js';
import { intensityDistribution } from '../../../../coach/rules/load/intensity-distribution.js';
import type { ActivityLoadInput } from '../../../../coach/rules/load/activity-load-input.js';

const asOf = '2027-03-28';

describe('classifyIntensity (RPE, else HR, else declared)', () => {
  it('uses CR-10 cut-offs ≤ 4 easy, 5–6 moderate, ≥ 7 hard', () => {
    const by = (rpe: number) => classifyIntensity({ date: asOf, rpe }).intensity;
    expect([1, 4, 4.5, 5, 6, 6.5, 7, 10].map(by)).toEqual([
      'easy',
      'easy',
      'easy',
      'moderate',
      'moderate',
      'moderate',
      'hard',
      'hard',
    ]);
  });

  it('falls back to %HRmax (< 82 easy, 82–87 moderate, ≥ 88 hard), then to the declared label', () => {
    const hr = (avgHr: number) => classifyIntensity({ date: asOf, avgHr }, 200).intensity;
    expect([150, 163, 164, 175, 176, 190].map(hr)).toEqual([
      'easy',
      'easy',
      'moderate',
      'moderate',
      'hard',
      'hard',
    ]);
    expect(classifyIntensity({ date: asOf, rpe: 3, avgHr: 190 }, 200)).toEqual({
      intensity: 'easy',
      source: 'rpe',
    });
    expect(classifyIntensity({ date: asOf, avgHr: 190, intensity: 'easy' })).toEqual({
      intensity: 'easy',
      source: 'declared',
    });
    expect(classifyIntensity({ date: asOf })).toEqual({ intensity: 'unknown', source: 'none' });
  });
});

describe('intensityDistribution (80/20 over 7 and 28 days)', () => {
  const recent: ActivityLoadInput[] = [
    { date: addDays(asOf, -6), durationSeconds: 120 * 60, rpe: 3 },
    { date: addDays(asOf, -4), durationSeconds: 40 * 60, rpe: 8 },
    { date: addDays(asOf, -2), durationSeconds: 30 * 60 }, // unrated: unknown
    { date: asOf, durationSeconds: 120 * 60, rpe: 4 },
    { date: addDays(asOf, -1), rpe: 5 }, // no duration: untimed
  ];
  const older: ActivityLoadInput[] = [
    { date: addDays(asOf, -20), durationSeconds: 60 * 60, intensity: 'moderate' },
    { date: addDays(asOf, -28), durationSeconds: 999 * 60, rpe: 9 }, // outside the 28 days
    { date: addDays(asOf, 1), durationSeconds: 999 * 60, rpe: 9 }, // after asOf
  ];

  it('shares time by class, keeps unknown time visible and checks 80/20 on classified time', () => {
    const d = intensityDistribution([...recent, ...older], asOf);
    expect(d.last7.from).toBe('2027-03-22');
    expect(d.last7.minutes).toEqual({ easy: 240, moderate: 0, hard: 40, unknown: 30 });
    expect(d.last7.share?.easy).toBeCloseTo(240 / 310, 12);
    expect(d.last7.share?.unknown).toBeCloseTo(30 / 310, 12);
    expect(d.last7.easyShareOfKnown).toBeCloseTo(240 / 280, 12);
    expect(d.last7.meetsEightyTwenty).toBe(true);
    expect(d.last7.untimedSessions).toBe(1);
    expect(d.last28.minutes).toEqual({ easy: 240, moderate: 60, hard: 40, unknown: 30 });
    expect(d.last28.easyShareOfKnown).toBeCloseTo(240 / 340, 12);
    expect(d.last28.meetsEightyTwenty).toBe(false);
  });

  it('has no shares without timed sessions', () => {
    const d = intensityDistribution([{ date: asOf, rpe: 3 }], asOf);
    expect(d.last7.share).toBeUndefined();
    expect(d.last7.meetsEightyTwenty).toBeUndefined();
    const unknownOnly = intensityDistribution([{ date: asOf, durationSeconds: 3600 }], asOf);
    expect(unknownOnly.last7.share?.unknown).toBe(1);
    expect(unknownOnly.last7.easyShareOfKnown).toBeUndefined();
  });
});
