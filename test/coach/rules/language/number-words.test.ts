import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from '../../../../coach/rules/language/number-words.js';

describe('numberWordsToDigits', () => {
  it.each([
    ['ten k', '10 k'],
    ['ran twenty one point one k', 'ran 21.1 k'],
    ['six point two miles', '6.2 miles'],
    ['five and a half hours', '5.5 hours'],
    ['one hundred and sixty', '160'],
    ['two thousand twenty six', '2026'],
    ['twenty-one', '21'],
    ['rpe seven', 'rpe 7'],
  ])('reads %s as %s', (words, digits) => {
    expect(numberWordsToDigits(words)).toBe(digits);
  });

  it('joins two spoken groups into a clock time when a pace or time follows or precedes', () => {
    expect(numberWordsToDigits('five forty per k')).toBe('5:40 per k');
    expect(numberWordsToDigits('in fifty two thirty')).toBe('in 52:30');
    expect(numberWordsToDigits('finished in one forty five')).toBe('finished in 1:45');
    expect(numberWordsToDigits('one oh five ten')).toBe('1:05:10');
  });

  it('joins them into one number when a heart rate is meant', () => {
    expect(numberWordsToDigits('hr one sixty')).toBe('hr 160');
    expect(numberWordsToDigits('hr one forty five')).toBe('hr 145');
    expect(numberWordsToDigits('heart rate was about one fifty five')).toBe('heart rate was about 155');
    expect(numberWordsToDigits('one seventy bpm')).toBe('170 bpm');
  });

  it('leaves "one" alone when it is a pronoun', () => {
    expect(numberWordsToDigits('a tough one today')).toBe('a tough one today');
    expect(numberWordsToDigits('one mile')).toBe('1 mile');
  });

  it('keeps punctuation that ends a spoken number', () => {
    expect(numberWordsToDigits('ten k, fifty minutes')).toBe('10 k, 50 minutes');
  });
});
