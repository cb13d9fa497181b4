import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { celsiusToFahrenheit, HADLEY_POINTS, heatAdjustment } from '../../../../coach/rules/heat/hadley.js';
import { heatAdjustedPace } from '../../../../coach/rules/heat/heat-adjusted-pace.js';

/** °C pair whose °F sum is `sumF`, with the dew point 5 °F below the temperature. */
function celsiusForSum(sumF: number): [number, number] {
  const tempF = (sumF + 5) / 2;
  const dewF = tempF - 5;
  return [((tempF - 32) * 5) / 9, ((dewF - 32) * 5) / 9];
}

function percentAt(sumF: number, shortRepeat = false): number {
  const [t, d] = celsiusForSum(sumF);
  const r = heatAdjustment(t, d, { shortRepeat });
  if (!r.ok) throw new Error(r.code);
  return r.value.percent;
}

describe('Hadley heat adjustment', () => {
  it('converts °C to °F', () => {
    expect(celsiusToFahrenheit(0)).toBe(32);
    expect(celsiusToFahrenheit(100)).toBe(212);
    expect(celsiusToFahrenheit(-40)).toBe(-40);
  });

  it('makes no change at or below a sum of 100', () => {
    expect(percentAt(60)).toBe(0);
    expect(percentAt(100)).toBeCloseTo(0, 9);
  });

  it('hits each band edge of the table (SCIENCE.md)', () => {
    const edges: [number, number][] = [
      [110, 0.5],
      [120, 1],
      [130, 2],
      [140, 3],
      [150, 4.5],
      [160, 6],
      [170, 8],
      [180, 10],
    ];
    for (const [sum, pct] of edges) expect(percentAt(sum), `sum ${sum}`).toBeCloseTo(pct, 6);
  });

  it('stays inside each band between its edges (e.g. 121–130 → 1–2 %)', () => {
    for (let i = 1; i < HADLEY_POINTS.length; i++) {
      const [lo, loPct] = HADLEY_POINTS[i - 1]!;
      const [hi, hiPct] = HADLEY_POINTS[i]!;
      const mid = percentAt((lo + hi) / 2);
      expect(mid).toBeGreaterThan(loPct);
      expect(mid).toBeLessThan(hiPct);
    }
  });

  it('works a real example: 25 °C with a 20 °C dew point is 77 + 68 = 145 °F → 3.75 %', () => {
    const r = heatAdjustment(25, 20);
    expect(r).toEqual({ ok: true, value: { temperatureF: 77, dewPointF: 68, sumF: 145, percent: 3.75 } });
  });

  it('halves the adjustment for repeats of a mile or less', () => {
    expect(percentAt(145, true)).toBeCloseTo(percentAt(145) / 2, 9);
  });

  it('says no hard running above 180', () => {
    const [t, d] = celsiusForSum(181);
    const r = heatAdjustment(t, d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('NO_HARD_RUNNING');
    expect(heatAdjustment(t, d, { shortRepeat: true }).ok).toBe(false);
  });

  it('guards impossible weather', () => {
    const cases: [number, number, string][] = [
      [20, 25, 'DEW_POINT_ABOVE_TEMPERATURE'],
      [75, 20, 'IMPLAUSIBLE_WEATHER'],
      [-70, -75, 'IMPLAUSIBLE_WEATHER'],
      [45, 40, 'IMPLAUSIBLE_WEATHER'],
      [Number.NaN, 10, 'IMPLAUSIBLE_WEATHER'],
      [20, Number.POSITIVE_INFINITY, 'IMPLAUSIBLE_WEATHER'],
    ];
    for (const [t, d, code] of cases) {
      const r = heatAdjustment(t, d);
      expect(r.ok, `${t}/${d}`).toBe(false);
      if (!r.ok) expect(r.code, `${t}/${d}`).toBe(code);
    }
    expect(heatAdjustment(20, 20).ok).toBe(true); // saturated air: dew point equals temperature
  });

  it('never falls as it gets hotter or more humid (seed 7)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (t, gap, warmer) => {
          const a = heatAdjustment(t, t - gap);
          const b = heatAdjustment(t + warmer, t - gap);
          if (!a.ok || !b.ok) return true;
          return b.value.percent >= a.value.percent;
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('heatAdjustedPace', () => {
  it('slows a pace by the adjustment', () => {
    const value = (r: ReturnType<typeof heatAdjustedPace>) => (r.ok ? r.value : Number.NaN);
    expect(value(heatAdjustedPace(240, 25, 20))).toBeCloseTo(249, 9);
    expect(value(heatAdjustedPace(240, 25, 20, { shortRepeat: true }))).toBeCloseTo(244.5, 9);
    expect(value(heatAdjustedPace(240, 10, 5))).toBe(240);
  });

  it('passes the heat errors through and refuses a non-pace', () => {
    const r = heatAdjustedPace(240, 36, 29);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('NO_HARD_RUNNING');
    expect(() => heatAdjustedPace(0, 20, 10)).toThrow(RangeError);
  });
});
