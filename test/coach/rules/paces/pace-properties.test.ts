import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repTimes } from '../../../../coach/rules/paces/rep-times.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';

const SEED = 20261124;
const vdot = fc.double({ min: 20, max: 90, noNaN: true });

function flat(v: number): Record<string, number> {
  const p = trainingPaces(v);
  const r = repTimes(v);
  return {
    easyFrom: p.easy.from,
    easyTo: p.easy.to,
    marathon: p.marathon,
    threshold: p.threshold,
    interval: p.interval,
    repetition: p.repetition,
    ...Object.fromEntries(Object.entries(r.interval).map(([k, s]) => [`I ${k}`, s])),
    ...Object.fromEntries(Object.entries(r.repetition).map(([k, s]) => [`R ${k}`, s])),
  };
}

/** Paces the book never holds flat from one VDOT to the next (R and rep times repeat a second at times). */
const STRICT = ['easyFrom', 'easyTo', 'marathon', 'threshold', 'interval'];

describe('training pace properties', () => {
  it('a higher VDOT is faster (or, for rounded rep times, no slower) on every pace', () => {
    fc.assert(
      fc.property(vdot, fc.double({ min: 0.01, max: 5, noNaN: true }), (v, step) => {
        const higher = Math.min(90, v + step);
        fc.pre(higher - v > 1e-6);
        const slow = flat(v);
        const fast = flat(higher);
        return Object.keys(slow).every((k) =>
          STRICT.includes(k) ? fast[k]! < slow[k]! : fast[k]! <= slow[k]!,
        );
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps the easy range ordered (from is faster than to) and the intensities in order', () => {
    fc.assert(
      fc.property(vdot, (v) => {
        const p = trainingPaces(v);
        return (
          p.easy.from < p.easy.to &&
          p.marathon < p.easy.from &&
          p.threshold < p.marathon &&
          p.interval < p.threshold &&
          p.repetition < p.interval
        );
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('is continuous where the printed table stops (VDOT 30 and 85)', () => {
    for (const edge of [30, 85]) {
      const at = flat(edge);
      for (const near of [edge - 1e-6, edge + 1e-6]) {
        const other = flat(near);
        for (const k of Object.keys(at))
          expect(Math.abs(other[k]! - at[k]!), `${k} near ${edge}`).toBeLessThan(0.01);
      }
    }
  });

  it('returns finite positive seconds across VDOT 20–90', () => {
    for (let v = 20; v <= 90; v += 0.25) {
      for (const [k, s] of Object.entries(flat(v)))
        expect(Number.isFinite(s) && s > 0, `${k} at ${v}`).toBe(true);
    }
  });

  it('refuses a VDOT that is not a positive number (a caller bug, not runner input)', () => {
    expect(() => trainingPaces(Number.NaN)).toThrow(RangeError);
    expect(() => repTimes(0)).toThrow(RangeError);
  });
});
