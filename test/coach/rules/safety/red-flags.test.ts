import { describe, expect, it } from 'vitest';
import {
  classifyRedFlags,
  isRedFlag,
  RED_FLAG_PHRASES,
  RED_FLAGS,
  redFlagsInText,
} from '../../../../coach/rules/safety/red-flags.js';

describe('red flags', () => {
  it('recognises each red flag from the words a runner uses', () => {
    expect(redFlagsInText('My chest hurts when I climb')).toEqual(['chest_pain']);
    expect(redFlagsInText('I nearly passed out at the end')).toEqual(['fainting']);
    expect(redFlagsInText('felt light-headed and dizzy')).toEqual(['dizziness']);
    expect(redFlagsInText("I couldn't catch my breath, short of breath for an hour")).toEqual([
      'unusual_breathlessness',
    ]);
    expect(redFlagsInText('a sudden sharp pain in my shin')).toEqual(['sharp_pain']);
    expect(redFlagsInText('I was limping home')).toEqual(['limping']);
    expect(redFlagsInText('Ankle is SWOLLEN today')).toEqual(['swelling']);
    expect(redFlagsInText('pins and needles in my foot')).toEqual(['numbness']);
  });

  it('returns flags in vocabulary order without duplicates', () => {
    expect(redFlagsInText('numb toes, dizzy, dizziness again, chest pain')).toEqual([
      'chest_pain',
      'dizziness',
      'numbness',
    ]);
  });

  it('does not fire on ordinary training talk', () => {
    for (const text of [
      'Great run, legs a bit tired',
      'easy 10k, felt fresh',
      'tempo was hard but fine',
      'sore quads after hills',
    ]) {
      expect(redFlagsInText(text)).toEqual([]);
    }
  });

  it('matches whole words only', () => {
    expect(redFlagsInText('I feel limber')).toEqual([]);
    expect(redFlagsInText('numbers were good')).toEqual([]);
  });

  it('accepts codes and free text together', () => {
    expect(classifyRedFlags(['swelling', 'felt faint after the run', 'not a flag'])).toEqual([
      'fainting',
      'swelling',
    ]);
    expect(classifyRedFlags([])).toEqual([]);
  });

  it('has a phrase list for every code and every code is recognised', () => {
    for (const flag of RED_FLAGS) {
      expect(isRedFlag(flag)).toBe(true);
      expect(RED_FLAG_PHRASES[flag].length).toBeGreaterThan(0);
      for (const phrase of RED_FLAG_PHRASES[flag])
        expect(redFlagsInText(`today: ${phrase}.`)).toContain(flag);
    }
    expect(isRedFlag('headache')).toBe(false);
  });
});
