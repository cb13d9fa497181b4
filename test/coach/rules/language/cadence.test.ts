import { describe, expect, it } from 'vitest';
import { extractCadence } from '../../../../coach/rules/language/cadence.js';
import { CADENCE_MAX_SPM } from '../../../../coach/rules/language/limits.js';
import { problemQuestion } from '../../../../coach/prompts/templates/problem-words.js';

describe('extractCadence', () => {
  it('reads "cadence 172", "avg cadence: 168" and "180 spm"', () => {
    expect(extractCadence('7.5km / 40:05 / avg hr 139 / cadence 172').slots).toEqual({ cadence: 172 });
    expect(extractCadence('cadence: 168').slots).toEqual({ cadence: 168 });
    expect(extractCadence('180 spm today').slots).toEqual({ cadence: 180 });
  });

  it('refuses a cadence outside the bounds with a question, storing nothing', () => {
    const r = extractCadence(`cadence ${CADENCE_MAX_SPM + 140}`);
    expect(r.slots).toEqual({});
    expect(r.problems.map((p) => p.code)).toEqual(['CADENCE_OUT_OF_RANGE']);
    expect(problemQuestion(r.problems[0]!).text).toMatch(/\?$/);
  });
});
