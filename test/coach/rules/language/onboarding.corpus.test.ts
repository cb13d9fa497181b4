/** The onboarding corpora: every example of issue 11 and the runner texts, each read exactly. */
import { describe, expect, it } from 'vitest';
import { readOnboardingAnswer } from '../../../../coach/rules/language/onboarding/read-answer.js';
import { TODAY } from './corpus/case.js';
import { ISSUE_CASES, type OnboardingCase } from './corpus/onboarding.js';
import { RUNNER_TEXTS } from './corpus/onboarding-texts.js';

/** Numbers rounded to 0.001 so km converted from miles compare exactly. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

function run(name: string, cases: readonly OnboardingCase[]): void {
  describe(`${name} onboarding corpus`, () => {
    it.each(cases.map((c) => [`${c.asking}: ${c.text}`, c] as const))('%s', (_label, c) => {
      const reading = readOnboardingAnswer(c.text, {
        today: TODAY,
        units: c.units ?? 'km',
        asking: c.asking,
        ...(c.goal ? { goal: c.goal } : {}),
        ...(c.raceMonth ? { raceMonth: c.raceMonth } : {}),
      });
      expect(rounded(reading)).toEqual(
        rounded(c.aside ? { facts: c.facts, aside: c.aside } : { facts: c.facts }),
      );
    });
  });
}

run('issue 11', ISSUE_CASES);
run('runner texts', RUNNER_TEXTS);

it('holds at least 100 runner texts', () => {
  expect(RUNNER_TEXTS.length).toBeGreaterThanOrEqual(100);
});
