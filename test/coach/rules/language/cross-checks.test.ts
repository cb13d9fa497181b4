import { describe, expect, it } from 'vitest';
import { crossCheckSlots } from '../../../../coach/rules/language/cross-checks.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

describe('crossCheckSlots', () => {
  it('accepts consistent slots', () => {
    expect(crossCheckSlots({ distanceM: 10_000, paceSPerKm: 300, avgHr: 150, maxHr: 175 })).toEqual([]);
  });

  it('refuses a pace faster than the world record over that distance', () => {
    const [p] = crossCheckSlots({ distanceM: 42_195, paceSPerKm: 165 });
    expect(p).toMatchObject({ code: 'PACE_FASTER_THAN_WORLD_RECORD', slot: 'paceSPerKm' });
  });

  it('allows the same pace over a distance where it is humanly possible', () => {
    expect(crossCheckSlots({ distanceM: 5000, paceSPerKm: 165 })).toEqual([]);
  });

  it('refuses a max heart rate below the average', () => {
    const [p] = crossCheckSlots({ avgHr: 160, maxHr: 150 });
    expect(p).toMatchObject({
      code: 'MAX_HR_BELOW_AVG_HR',
      slot: 'maxHr',
      facts: { avgHr: 160, maxHr: 150 },
    });
    expect(problemQuestion(p!).text).toMatch(/\?$/);
  });
});
