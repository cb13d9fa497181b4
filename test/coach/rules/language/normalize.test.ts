import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../../../coach/rules/language/limits.js';
import { normalizeText } from '../../../../coach/rules/language/normalize.js';

describe('normalizeText', () => {
  it('lower-cases, fixes typos and splits glued units', () => {
    expect(normalizeText('Ran 12,5 KMs yesturday!')).toBe('ran 12.5 km yesterday!');
    expect(normalizeText('10kms')).toBe('10 km');
    expect(normalizeText('6mi')).toBe('6 miles');
  });

  it('leaves words that are names on every object alone ("constructor" is no typo)', () => {
    expect(normalizeText('constructor toString __proto__ valueOf')).toBe(
      'constructor tostring __proto__ valueof',
    );
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

describe('normalizeText on plain ASCII', () => {
  it('reads a backtick as an apostrophe, as the full fold does', () => {
    expect(normalizeText('it`s 10k')).toBe("it's 10 k");
    expect(normalizeText('\u00e9 it`s 10k')).toBe("\u00e9 it's 10 k");
  });

  it('gives what the full fold gives: the same text behind a word outside ASCII reads the same', () => {
    // "é " in front sends the message through the whole fold (NFKC, quotes, dashes) and changes no word.
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
      maxLength: 80,
    });
    fc.assert(
      fc.property(ascii, (s) => normalizeText(`\u00e9 ${s}`) === `\u00e9 ${normalizeText(s)}`.trim()),
      { seed: 20261202, numRuns: 2000 },
    );
  });
});
