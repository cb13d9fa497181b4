import { describe, expect, it } from 'vitest';
import { raceFrom } from '../../../../../coach/rules/language/onboarding/race.js';

describe('raceFrom', () => {
  it('reads distance and time either way round, h:mm when m:ss is impossible', () => {
    expect(raceFrom('24:30 for 5k')).toEqual({ distanceM: 5000, durationS: 1470 });
    expect(raceFrom('half in 1:58')).toEqual({ distanceM: 21097.5, durationS: 7080 });
  });

  it('refuses a time faster than the world record or slower than a walk', () => {
    expect(raceFrom('5k in 9:00')).toBeUndefined();
    expect(raceFrom('5k in 3 hours')).toBeUndefined();
  });

  it('does not read a weekly volume or a target as a race', () => {
    expect(raceFrom('25k a week in 3 hours')).toBeUndefined();
    expect(raceFrom('want to run the half in 1:50')).toBeUndefined();
    expect(raceFrom('marathon sub 3:30')).toBeUndefined();
  });
});
