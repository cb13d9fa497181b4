import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { heartRateReserveFraction, karvonen } from '../../../../coach/rules/heart-rate/karvonen.js';

describe('karvonen: THR = (HRmax − HRrest)·intensity + HRrest', () => {
  it('worked values', () => {
    // 190 max, 50 rest: reserve 140 bpm; 70 % of it is 98 bpm above rest.
    expect(karvonen(190, 50, 0.7)).toBeCloseTo(148, 10);
    // 40-year-old, 220 − age = 180, rest 60, 50 % → 120 bpm.
    expect(karvonen(180, 60, 0.5)).toBeCloseTo(120, 10);
    expect(karvonen(180, 60, 0)).toBe(60);
    expect(karvonen(180, 60, 1)).toBe(180);
  });

  it('the reserve fraction inverts it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 90 }),
        fc.integer({ min: 40, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rest, reserve, f) => {
          const max = rest + reserve;
          return Math.abs(heartRateReserveFraction(karvonen(max, rest, f), max, rest) - f) < 1e-9;
        },
      ),
      { seed: 7 },
    );
  });
});
