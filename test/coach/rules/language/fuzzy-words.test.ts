import { describe, expect, it } from 'vitest';
import { FUZZY_KEYWORDS, fuzzyKeyword } from '../../../../coach/rules/language/fuzzy-words.js';

describe('fuzzyKeyword', () => {
  it.each([
    ['yesteday', 'yesterday'],
    ['yesterdya', 'yesterday'],
    ['tomorow', 'tomorrow'],
    ['kilomteres', 'kilometres'],
    ['marahton', 'marathon'],
    ['maraton', 'marathon'],
    ['minuets', 'minutes'],
    ['achilels', 'achilles'],
    ['hamstrng', 'hamstring'],
    ['stresed', 'stressed'],
  ])('reads %s as %s', (typo, keyword) => {
    expect(fuzzyKeyword(typo)).toBe(keyword);
  });

  it('returns every keyword unchanged', () => {
    for (const k of FUZZY_KEYWORDS) expect(fuzzyKeyword(k)).toBe(k);
  });

  it('leaves short words, other first letters and words two edits away alone', () => {
    expect(fuzzyKeyword('sleet')).toBe('sleet');
    expect(fuzzyKeyword('testing')).toBe('testing');
    expect(fuzzyKeyword('yestrdy')).toBe('yestrdy');
    expect(fuzzyKeyword('ymsterday')).toBe('yesterday');
    expect(fuzzyKeyword('xesterday')).toBe('xesterday');
  });
});
