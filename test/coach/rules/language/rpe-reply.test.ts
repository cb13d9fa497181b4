/** Replies to the RPE question as runners type them: a leading score, hedged or with words after. */
import { describe, expect, it } from 'vitest';
import { readRpeReply } from '../../../../coach/rules/language/rpe-reply.js';

const RATINGS: readonly (readonly [string, number])[] = [
  ['4, felt ok', 4],
  ['4/10 tbh', 4],
  ['prob a 7', 7],
  ['probably a 6', 6],
  ['maybe 5', 5],
  ['about a 5 i think', 5],
  ['7 - tough one', 7],
  ['8!! legs gone', 8],
  ['3 out of 10, easy', 3],
  ['10/10 never again', 10],
  ['hmm 6', 6],
  ['ok 5', 5],
  ["i'd say 4", 4],
  ['  2. super chill  ', 2],
  ['6 legs a bit heavy', 6],
  ['1', 1],
];

const NOT_RATINGS: readonly string[] = [
  '5k easy',
  '10 km in 50 min',
  '6 x 400m',
  '4.5 maybe',
  '12',
  '0',
  '7am run was fine',
  '3 days off',
  'felt ok',
  'ran 5k',
  '30 min jog',
  '8:30 pace',
  '5 mi today',
];

describe('readRpeReply', () => {
  it.each(RATINGS)('%j rates %i', (text, rpe) => expect(readRpeReply(text)).toBe(rpe));
  it.each(NOT_RATINGS)('%j is not a rating', (text) => expect(readRpeReply(text)).toBeUndefined());
});
