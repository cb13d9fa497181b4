import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimateMaxHr } from '../../../../coach/rules/heart-rate/estimate-max-hr.js';
import { resolveMaxHr } from '../../../../coach/rules/heart-rate/resolve-max-hr.js';

describe('estimateMaxHr (Tanaka 208 − 0.7·age)', () => {
  it('gives 180 bpm at 40 and 187 at 30, flagged as an estimate with its error', () => {
    const at40 = estimateMaxHr(40);
    expect(at40).toEqual({ ok: true, value: { bpm: 180, estimated: true, sdBpm: { low: 7, high: 11 } } });
    const at30 = estimateMaxHr(30);
    expect(at30.ok && at30.value.bpm).toBe(187);
  });

  it('rejects implausible ages', () => {
    for (const age of [5, 0, -3, 130, Number.NaN]) {
      const r = estimateMaxHr(age);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('AGE_IMPLAUSIBLE');
    }
  });

  it('never rises with age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 99 }), (age) => {
        const a = estimateMaxHr(age);
        const b = estimateMaxHr(age + 1);
        return a.ok && b.ok && b.value.bpm <= a.value.bpm;
      }),
      { seed: 42 },
    );
  });
});

describe('resolveMaxHr', () => {
  it('prefers a measured HRmax over the age estimate', () => {
    expect(resolveMaxHr({ maxHr: 195, ageYears: 50 })).toEqual({
      ok: true,
      value: { bpm: 195, estimated: false },
    });
  });

  it('estimates from age when HRmax is unknown, and says when neither is known', () => {
    const r = resolveMaxHr({ ageYears: 50 });
    expect(r.ok && r.value).toMatchObject({ bpm: 173, estimated: true });
    const none = resolveMaxHr({ restingHr: 50 });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.code).toBe('HR_MAX_UNKNOWN');
  });
});
