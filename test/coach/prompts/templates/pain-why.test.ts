import { describe, it, expect } from 'vitest';
import type { Decision } from '../../../../coach/rules/decision.js';
import { painWhy } from '../../../../coach/prompts/templates/pain-why.js';

const decision = (reasons: Decision['reasons']): Decision => ({
  rule: 'safety.pain-no-intensity',
  date: '2027-01-18',
  action: 'no_intensity',
  before: null,
  after: null,
  reasons,
});
const TAIL = 'so no hard running while something hurts.';

describe('painWhy', () => {
  it('says where it hurts and how much, then the rule’s ending', () => {
    const d = decision([{ code: 'PAIN_REPORTED', facts: { location: 'knee', score: 6 } }]);
    expect(painWhy(d, TAIL)).toBe(`You reported pain in your knee (6/10), ${TAIL}`);
  });

  it('reads the first reason’s facts when there is no PAIN_REPORTED reason', () => {
    const d = decision([{ code: 'PAIN_SCORE_HIGH', facts: { score: 5 } }]);
    expect(painWhy(d, TAIL)).toBe(`You reported pain (5/10), ${TAIL}`);
  });

  it('says a warning symptom for a red flag with no location', () => {
    const d = decision([{ code: 'RED_FLAG', facts: { redFlags: ['chest_pain'] } }]);
    expect(painWhy(d, TAIL)).toBe(`You reported a warning symptom, ${TAIL}`);
  });
});
