import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hrTargets } from '../../../../coach/rules/heart-rate/hr-targets.js';

describe('hrTargets (Daniels %HRmax bands)', () => {
  it('applies the bands to HRmax without a resting HR', () => {
    const r = hrTargets({ maxHr: 190 });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.method).toBe('percent-max');
    // E 65–79, M 80–90, T 88–92, I 98–100 % of 190.
    expect([r.value.E, r.value.M, r.value.T, r.value.I]).toEqual([
      { from: 124, to: 150 },
      { from: 152, to: 171 },
      { from: 167, to: 175 },
      { from: 186, to: 190 },
    ]);
    expect(r.value).not.toHaveProperty('R');
  });

  it('applies Daniels’ % HRmax bands to HRmax even when resting HR is known (SCIENCE.md)', () => {
    const r = hrTargets({ maxHr: 190, restingHr: 50 });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.method).toBe('percent-max');
    expect(r.value.E).toEqual({ from: 124, to: 150 });
    expect(r.value.M).toEqual({ from: 152, to: 171 });
    expect(r.value.I).toEqual({ from: 186, to: 190 });
    // The easy ceiling stays below Daniels' M band (80 % HRmax = 152 bpm).
    expect(r.value.E.to).toBeLessThan(Math.round(0.8 * 190));
  });

  it('flags an age-estimated HRmax and rejects bad inputs', () => {
    const r = hrTargets({ ageYears: 40 });
    expect(r.ok && r.value.maxHr).toMatchObject({ bpm: 180, estimated: true });
    const bad = hrTargets({ maxHr: 110, restingHr: 112 });
    expect(!bad.ok && bad.code).toBe('RESTING_HR_NOT_BELOW_MAX');
    const none = hrTargets({});
    expect(!none.ok && none.code).toBe('HR_MAX_UNKNOWN');
  });

  it('targets rise E < M < T < I and stay within rest..max (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 230 }),
        fc.option(fc.integer({ min: 30, max: 90 })),
        (maxHr, rest) => {
          const r = hrTargets(rest === null ? { maxHr } : { maxHr, restingHr: rest });
          if (!r.ok) return false;
          const { E, M, T, I } = r.value;
          for (const band of [E, M, T, I]) expect(band.from).toBeLessThanOrEqual(band.to);
          expect(E.to).toBeLessThanOrEqual(M.from);
          expect(M.from).toBeLessThan(T.from);
          expect(T.to).toBeLessThanOrEqual(I.from);
          expect(I.to).toBe(maxHr);
          return true;
        },
      ),
      { seed: 11 },
    );
  });
});
