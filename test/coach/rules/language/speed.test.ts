import { describe, expect, it } from 'vitest';
import { extractSpeed } from '../../../../coach/rules/language/speed.js';

describe('extractSpeed', () => {
  it('reads km/h, kph and mph as metres per second', () => {
    expect(extractSpeed('treadmill 45 min at 10 km/h').hit?.metersPerSecond).toBeCloseTo(10000 / 3600);
    expect(extractSpeed('30 mins at 12kph').hit).toMatchObject({ unit: 'km' });
    expect(extractSpeed('40 min @ 6 mph').hit?.metersPerSecond).toBeCloseTo((6 * 1609.344) / 3600);
  });

  it('finds nothing in a distance or a pace', () => {
    expect(extractSpeed('ran 10 km in 50 min').hit).toBeUndefined();
    expect(extractSpeed('5:00/km').hit).toBeUndefined();
    expect(extractSpeed('0 km/h').hit).toBeUndefined();
  });
});
