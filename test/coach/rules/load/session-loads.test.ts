import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { sessionRpeLoad } from '../../../../coach/rules/load/session-rpe-load.js';
import { trimp } from '../../../../coach/rules/load/trimp.js';
import { intensityTss, rtss } from '../../../../coach/rules/load/rtss.js';
import { checkActivity } from '../../../../coach/rules/load/activity-load-input.js';

const day = '2027-03-01';

describe('sessionRpeLoad (Foster: RPE × minutes)', () => {
  it('60 min at RPE 7 is 420 AU', () => {
    expect(sessionRpeLoad({ date: day, durationSeconds: 3600, rpe: 7 })).toBe(420);
    expect(sessionRpeLoad({ date: day, durationSeconds: 2700, rpe: 4 })).toBe(180);
  });

  it('is unknown, not 0, without an RPE or a duration', () => {
    expect(sessionRpeLoad({ date: day, durationSeconds: 3600 })).toBeUndefined();
    expect(sessionRpeLoad({ date: day, rpe: 6 })).toBeUndefined();
    expect(sessionRpeLoad({ date: day, durationSeconds: 3600, rpe: 11 })).toBeUndefined();
    // RPE 0 is a real rating (rest-like effort), so its load is a real 0.
    expect(sessionRpeLoad({ date: day, durationSeconds: 3600, rpe: 0 })).toBe(0);
  });

  it('is additive over splitting a session in two (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.nat(20_000), fc.nat(20_000), (rpe, s1, s2) => {
        const whole = sessionRpeLoad({ date: day, durationSeconds: s1 + s2, rpe }) ?? NaN;
        const parts =
          (sessionRpeLoad({ date: day, durationSeconds: s1, rpe }) ?? NaN) +
          (sessionRpeLoad({ date: day, durationSeconds: s2, rpe }) ?? NaN);
        return Math.abs(whole - parts) < 1e-9 * Math.max(1, whole);
      }),
      { seed: 5 },
    );
  });
});

describe('trimp (Banister)', () => {
  const physiology = { maxHr: 190, restingHr: 60 };
  const run = { date: day, durationSeconds: 2700, avgHr: 150 };

  it('worked values: 45 min at 150 bpm (rest 60, max 190)', () => {
    // HRr = 90/130; male 45·HRr·0.64·e^(1.92·HRr) ≈ 75.33; female 45·HRr·0.86·e^(1.67·HRr) ≈ 85.14
    expect(trimp(run, { ...physiology, sex: 'male' })).toBeCloseTo(75.33, 2);
    expect(trimp(run, { ...physiology, sex: 'female' })).toBeCloseTo(85.14, 2);
  });

  it('defaults to the male weighting when sex is unknown', () => {
    expect(trimp(run, physiology)).toBe(trimp(run, { ...physiology, sex: 'male' }));
  });

  it('is unknown without average HR, duration, or usable anchors; clamps HRr to 0–1', () => {
    expect(trimp({ date: day, durationSeconds: 2700 }, physiology)).toBeUndefined();
    expect(trimp({ date: day, avgHr: 150 }, physiology)).toBeUndefined();
    expect(trimp(run, { maxHr: 60, restingHr: 60 })).toBeUndefined();
    expect(trimp({ ...run, avgHr: 50 }, physiology)).toBe(0);
    expect(trimp({ ...run, avgHr: 200 }, physiology)).toBeCloseTo(45 * 0.64 * Math.exp(1.92), 9);
  });

  it('rises with average HR (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 189 }), (hr) => {
        const a = trimp({ ...run, avgHr: hr }, physiology) ?? NaN;
        const b = trimp({ ...run, avgHr: hr + 1 }, physiology) ?? NaN;
        return b > a;
      }),
      { seed: 9 },
    );
  });
});

describe('rtss (hours × IF² × 100)', () => {
  it('30 min at IF 0.9 is 40.5', () => {
    expect(intensityTss(0.5, 0.9)).toBeCloseTo(40.5, 10);
    // threshold 4:30/km; 6 km in 30:00 is 5:00/km → IF 270/300 = 0.9
    expect(rtss({ date: day, durationSeconds: 1800, distanceMeters: 6000 }, 270)).toBeCloseTo(40.5, 10);
  });

  it('one hour at threshold pace is 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 480 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (pace, hours) => {
          const a = {
            date: day,
            durationSeconds: hours * 3600,
            distanceMeters: ((hours * 3600) / pace) * 1000,
          };
          return Math.abs((rtss(a, pace) ?? NaN) - 100 * hours) < 1e-6;
        },
      ),
      { seed: 13 },
    );
  });

  it('is unknown without distance or duration', () => {
    expect(rtss({ date: day, durationSeconds: 1800 }, 270)).toBeUndefined();
    expect(rtss({ date: day, distanceMeters: 6000 }, 270)).toBeUndefined();
    expect(rtss({ date: day, durationSeconds: 1800, distanceMeters: 6000 }, 0)).toBeUndefined();
  });
});

describe('checkActivity', () => {
  it('accepts a sparse activity and rejects bad values with stable codes', () => {
    expect(checkActivity({ date: day }).ok).toBe(true);
    const cases: [Parameters<typeof checkActivity>[0], string][] = [
      [{ date: '2027-02-30' }, 'ACTIVITY_DATE_INVALID'],
      [{ date: day, durationSeconds: -1 }, 'ACTIVITY_DURATION_INVALID'],
      [{ date: day, durationSeconds: 3 * 86_400 }, 'ACTIVITY_DURATION_INVALID'],
      [{ date: day, distanceMeters: Number.NaN }, 'ACTIVITY_DISTANCE_INVALID'],
      [{ date: day, rpe: 12 }, 'ACTIVITY_RPE_INVALID'],
      [{ date: day, avgHr: 300 }, 'ACTIVITY_HR_INVALID'],
    ];
    for (const [a, code] of cases) {
      const r = checkActivity(a);
      expect(!r.ok && r.code, JSON.stringify(a)).toBe(code);
    }
  });
});
