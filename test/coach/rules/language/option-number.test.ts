import { describe, expect, it } from 'vitest';
import { optionNumber } from '../../../../coach/rules/language/option-number.js';

describe('the position a short reply names', () => {
  it.each([
    ['2', 2],
    [' #2 ', 2],
    ['2.', 2],
    ['option 2', 2],
    ['Option  1', 1],
    ['number 2 please', 2],
    ['no. 1', 1],
    ['go with 1', 1],
    ["i'll take 2", 2],
    ['the 2nd one', 2],
    ['first one', 1],
    ['the second', 2],
    ['second option pls', 2],
  ] as const)('%j → %i', (text, n) => {
    expect(optionNumber(text)).toBe(n);
  });

  it.each([
    '2 hours',
    'ran 2k',
    'first run today',
    'second half was hard',
    'option',
    '',
    'the one',
    '2 or 3',
  ])('%j is not a choice', (text) => {
    expect(optionNumber(text)).toBeUndefined();
  });
});
