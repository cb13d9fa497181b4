import { describe, expect, it } from 'vitest';
import { daysFrom, pauseReasonFrom, personaFrom } from '../../../../coach/rules/language/preferences.js';

describe('daysFrom', () => {
  it('lists the named days in week order, minus excluded ones', () => {
    expect(daysFrom('sat, mon and wed')).toEqual({ days: ['mon', 'wed', 'sat'] });
    expect(daysFrom('weekdays but not friday')).toEqual({ days: ['mon', 'tue', 'wed', 'thu'] });
    expect(daysFrom('weekends only')).toEqual({ days: ['sat', 'sun'] });
  });

  it('finds the long-run day without turning it into the only running day', () => {
    expect(daysFrom('move my long run to sunday')).toEqual({ days: [], longDay: 'sun' });
    expect(daysFrom('tue thu, saturday for the long run')).toEqual({
      days: ['tue', 'thu', 'sat'],
      longDay: 'sat',
    });
  });
});

describe('personaFrom', () => {
  it.each([
    ['switch to drill sergeant', 'drill-sergeant'],
    ['be tougher on me', 'drill-sergeant'],
    ['hype me up', 'hype'],
    ['be my best friend coach', 'friend'],
    ['can you be nicer', 'friend'],
    ['neutral please, just the facts', 'neutral'],
  ])('%s → %s', (text, persona) => {
    expect(personaFrom(text)).toBe(persona);
  });

  it('returns nothing when no persona is named', () => {
    expect(personaFrom('change the coach')).toBeUndefined();
  });
});

describe('pauseReasonFrom', () => {
  it.each([
    ['pause, hurt my knee', 'injury'],
    ['pause, got covid', 'illness'],
    ['on holiday next week', 'travel'],
    ['pause please', 'other'],
  ])('%s → %s', (text, reason) => {
    expect(pauseReasonFrom(text)).toBe(reason);
  });
});
