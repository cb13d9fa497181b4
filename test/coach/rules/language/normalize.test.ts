import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../../coach/rules/language/limits.js';
import { normalizeText } from '../../../../coach/rules/language/normalize.js';

describe('normalizeText', () => {
  it('lower-cases, fixes typos and splits glued units', () => {
    expect(normalizeText('Ran 12,5 KMs yesturday!')).toBe('ran 12.5 km yesterday!');
    expect(normalizeText('10kms')).toBe('10 km');
    expect(normalizeText('6mi')).toBe('6 miles');
  });

  it('turns decimal commas into points only before a unit', () => {
    expect(normalizeText('slept 6,5h')).toBe('slept 6.5 h');
    expect(normalizeText('rpe 7,knee 3')).toBe('rpe 7,knee 3');
  });

  it('folds full-width digits, curly quotes and emoji replies', () => {
    expect(normalizeText('Ｒan ５k')).toBe('ran 5 k');
    expect(normalizeText('5’15”/km')).toBe(`5'15"/km`);
    expect(normalizeText('👍')).toBe('ok');
  });

  it('cuts very long messages', () => {
    expect(normalizeText('a '.repeat(10_000)).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });
});
