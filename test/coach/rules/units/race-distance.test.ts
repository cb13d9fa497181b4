import { describe, expect, it } from 'vitest';
import {
  METERS_PER_MILE,
  parseRaceDistance,
  RACE_DISTANCE_METERS,
  RACE_KEYS,
} from '../../../../coach/rules/units/race-distance.js';

describe('parseRaceDistance', () => {
  it('reads every named race', () => {
    for (const key of RACE_KEYS) {
      const r = parseRaceDistance(key);
      expect(r).toEqual({ ok: true, value: { meters: RACE_DISTANCE_METERS[key], key } });
    }
  });

  it('reads numbers with units and tags the ones that are named races', () => {
    expect(parseRaceDistance('8k')).toEqual({ ok: true, value: { meters: 8000 } });
    expect(parseRaceDistance('12.5km')).toEqual({ ok: true, value: { meters: 12500 } });
    expect(parseRaceDistance('3000m')).toEqual({ ok: true, value: { meters: 3000, key: '3000m' } });
    expect(parseRaceDistance('5000m')).toEqual({ ok: true, value: { meters: 5000, key: '5k' } });
    const six = parseRaceDistance('6mi');
    expect(six.ok && six.value.meters).toBeCloseTo(6 * METERS_PER_MILE, 9);
    expect(parseRaceDistance('2mi')).toEqual({
      ok: true,
      value: { meters: 2 * METERS_PER_MILE, key: '2mile' },
    });
  });

  it('ignores case, spaces and hyphens', () => {
    expect(parseRaceDistance(' Half-Marathon ')).toEqual({
      ok: true,
      value: { meters: 21097.5, key: 'half' },
    });
    expect(parseRaceDistance('10 K')).toEqual({ ok: true, value: { meters: 10000, key: '10k' } });
  });

  it('rejects what is not a distance', () => {
    for (const text of ['', 'far', '5', '0k', '-5k', 'k', '5kk', '1e3m']) {
      const r = parseRaceDistance(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.code).toBe('UNKNOWN_DISTANCE');
    }
  });

  it('uses the World Athletics half and full marathon lengths', () => {
    expect(RACE_DISTANCE_METERS.half).toBe(21097.5);
    expect(RACE_DISTANCE_METERS.marathon).toBe(42195);
  });
});
