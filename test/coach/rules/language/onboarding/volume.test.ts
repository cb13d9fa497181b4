import { describe, expect, it } from 'vitest';
import { longestRunFrom, volumeFrom } from '../../../../../coach/rules/language/onboarding/volume.js';

describe('volumeFrom', () => {
  it('converts miles to km and keeps the unit written', () => {
    expect(volumeFrom('20 miles a week', 'km', false)).toEqual({
      weeklyKm: (20 * 1609.344) / 1000,
      unit: 'mi',
    });
    expect(volumeFrom('20', 'mi', true)).toEqual({ weeklyKm: (20 * 1609.344) / 1000 });
  });

  it('reads hours and minutes as minutes', () => {
    expect(volumeFrom('around 3 hours a week', 'km', false)).toEqual({ weeklyMinutes: 180 });
    expect(volumeFrom('90 min per week', 'km', false)).toEqual({ weeklyMinutes: 90 });
  });

  it('needs a week word unless the volume question was asked', () => {
    expect(volumeFrom('25', 'km', false)).toBeUndefined();
    expect(volumeFrom('did a 10k', 'km', false)).toBeUndefined();
  });

  it('refuses a week beyond the bounds', () => {
    expect(volumeFrom('900 km a week', 'km', false)).toBeUndefined();
    expect(volumeFrom('40 hours a week', 'km', false)).toBeUndefined();
  });
});

describe('longestRunFrom', () => {
  it('reads the longest run, not a time or a week', () => {
    expect(longestRunFrom('longest run lately 14k', 'km', false)).toBe(14);
    expect(longestRunFrom('long run is about 10 miles', 'km', false)).toBeCloseTo(16.09344, 6);
    expect(longestRunFrom('long run 90 min', 'km', false)).toBeUndefined();
    expect(longestRunFrom('12', 'km', true)).toBe(12);
  });
});
