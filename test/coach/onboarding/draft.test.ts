import { describe, expect, it } from 'vitest';
import { applyFacts, impliedLongDay } from '../../../coach/onboarding/draft.js';

describe('applyFacts', () => {
  it('stores a race as distance and clock time, and reports what was understood', () => {
    const r = applyFacts({ step: 'race' }, { race: { distanceM: 10000, durationS: 3300 } });
    expect(r.draft.race).toEqual({ distance: '10000m', time: '55:00' });
    expect(r.understood).toEqual({ race: { km: 10, seconds: 3300 } });
  });

  it('a race date replaces a race month; named days replace a count', () => {
    const withMonth = applyFacts(
      { step: 'goal' },
      { raceMonth: { year: 2027, month: 4 }, dayCount: { min: 3, max: 4 } },
    );
    const r = applyFacts(withMonth.draft, { raceDate: '2027-04-18', days: ['tue', 'thu', 'sun'] });
    expect(r.draft).toEqual({ step: 'goal', raceDate: '2027-04-18', days: ['tue', 'thu', 'sun'] });
  });

  it('adds the long-run day to the running days', () => {
    const r = applyFacts({ step: 'long-day', days: ['tue', 'thu'] }, { longDay: 'sat' });
    expect(r.draft.days).toEqual(['tue', 'thu', 'sat']);
  });

  it('minutes replace km and km replace minutes', () => {
    const km = applyFacts({ step: 'volume', weeklyMinutes: 120 }, { weeklyKm: 25 });
    expect(km.draft).toEqual({ step: 'volume', weeklyKm: 25 });
  });
});

describe('impliedLongDay', () => {
  it('is Sunday, else Saturday, else none', () => {
    expect(impliedLongDay(['tue', 'sat', 'sun'])).toBe('sun');
    expect(impliedLongDay(['tue', 'sat'])).toBe('sat');
    expect(impliedLongDay(['mon', 'tue'])).toBeUndefined();
  });
});
