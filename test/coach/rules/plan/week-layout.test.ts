import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chooseEasyDays, chooseHardDays, circularGap } from '../../../../coach/rules/plan/week-layout.js';

const MON = 0;
const TUE = 1;
const WED = 2;
const THU = 3;
const FRI = 4;
const SUN = 6;

describe('week layout', () => {
  it('measures gaps on the weekly circle (Sunday and Monday are neighbours)', () => {
    expect(circularGap(SUN, MON)).toBe(1);
    expect(circularGap(MON, THU)).toBe(3);
    expect(circularGap(TUE, SUN)).toBe(2);
  });

  it('puts two quality days away from a Sunday long run and as far apart as possible', () => {
    expect(chooseHardDays([MON, TUE, WED, THU, FRI, 5], SUN, 2)).toEqual([TUE, FRI]);
    expect(chooseHardDays([MON, TUE, THU], SUN, 2)).toEqual([TUE, THU]);
  });

  it('picks Monday over Wednesday with a Friday long run on a Mon/Wed/Fri week', () => {
    expect(chooseHardDays([MON, WED], FRI, 1)).toEqual([MON]);
  });

  it('gives fewer hard days when they cannot be apart', () => {
    expect(chooseHardDays([MON, TUE], SUN, 2)).toHaveLength(1);
    expect(chooseHardDays([], SUN, 1)).toEqual([]);
  });

  it('never returns adjacent hard days, and only candidates', () => {
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2, 3, 4, 5, 6]),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.integer({ min: 0, max: 3 }),
        (candidates, longDay, count) => {
          const hard = chooseHardDays(candidates, longDay, count);
          expect(hard.length).toBeLessThanOrEqual(count);
          for (const d of hard) expect(candidates).toContain(d);
          for (const a of hard)
            for (const b of hard) if (a !== b) expect(circularGap(a, b)).toBeGreaterThanOrEqual(2);
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });

  it('spreads easy days between the days already taken', () => {
    expect(chooseEasyDays([MON, TUE, WED, FRI], [THU, SUN], 1)).toEqual([TUE]);
    expect(chooseEasyDays([MON, TUE], [], 5)).toEqual([MON, TUE]);
  });
});
