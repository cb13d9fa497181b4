import { describe, expect, it } from 'vitest';
import { runningDaysFrom } from '../../../../../coach/rules/language/onboarding/days.js';

describe('runningDaysFrom', () => {
  it('reads ranges, wrapping over the weekend', () => {
    expect(runningDaysFrom('fri-mon')).toEqual({ days: ['mon', 'fri', 'sat', 'sun'] });
    expect(runningDaysFrom('tuesday through thursday')).toEqual({ days: ['tue', 'wed', 'thu'] });
  });

  it('applies exclusions to everything named', () => {
    expect(runningDaysFrom('every day except friday and saturday')).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'sun'],
    });
    expect(runningDaysFrom('weekdays but not wed')).toEqual({ days: ['mon', 'tue', 'thu', 'fri'] });
  });

  it('does not take a date, a past run or the long-run phrase as running days', () => {
    expect(runningDaysFrom('raced a 10k last sunday')).toEqual({});
    expect(runningDaysFrom('the race is sunday 18 april')).toEqual({});
    expect(runningDaysFrom('move my long run to sunday')).toEqual({ longDay: 'sun' });
    expect(runningDaysFrom('tue thu, long run on sunday')).toEqual({
      days: ['tue', 'thu', 'sun'],
      longDay: 'sun',
    });
  });

  it('keeps a count when no day is named, but not "days ago"', () => {
    expect(runningDaysFrom('3 or 4 days a week')).toEqual({ count: { min: 3, max: 4 } });
    expect(runningDaysFrom('ran 3 days ago')).toEqual({});
  });
});
