import { describe, expect, it } from 'vitest';
import {
  ageFrom,
  heartRatesFrom,
  injuriesFrom,
  levelFrom,
  unitsFrom,
} from '../../../../../coach/rules/language/onboarding/runner-facts.js';

describe('runner facts', () => {
  it('reads units from the question or an explicit request', () => {
    expect(unitsFrom('miles', true)).toBe('mi');
    expect(unitsFrom('miles', false)).toBeUndefined();
    expect(unitsFrom('in miles please', false)).toBe('mi');
  });

  it('reads a level word first, else years of running (never advanced from years alone)', () => {
    expect(levelFrom('somewhere in between, been running 2 years', true)).toBe('intermediate');
    expect(levelFrom('running for 20 years', false)).toBe('intermediate');
    expect(levelFrom('running 6 months', false)).toBe('beginner');
    expect(levelFrom('not very experienced', true)).toBeUndefined();
  });

  it('reads an age in bounds, a bare number only when asked', () => {
    expect(ageFrom("i'm 41", false)).toBe(41);
    expect(ageFrom('41', false)).toBeUndefined();
    expect(ageFrom('41', true)).toBe(41);
    expect(ageFrom('age 9', false)).toBeUndefined();
  });

  it('reads injuries with their history, "none" only when asked', () => {
    expect(injuriesFrom('dodgy right knee on and off', false)).toEqual([
      { area: 'right knee', recent: true, recurring: true },
    ]);
    expect(injuriesFrom('none', false)).toBeUndefined();
    expect(injuriesFrom('none', true)).toEqual([]);
  });

  it('keeps heart rates in bounds and resting below max', () => {
    expect(heartRatesFrom('max 185 rest 52')).toEqual({ maxHr: 185, restingHr: 52 });
    expect(heartRatesFrom('max 300 rest 52')).toEqual({ restingHr: 52 });
    expect(heartRatesFrom('max 110 resting 115')).toEqual({ maxHr: 110 });
  });
});
