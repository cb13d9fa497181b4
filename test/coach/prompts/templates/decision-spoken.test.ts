import { describe, it, expect } from 'vitest';
import type { Decision } from '../../../../coach/rules/decision.js';
import { decisionSpoken } from '../../../../coach/prompts/templates/decision-spoken.js';
import { decisionWhy, spokenWhy } from '../../../../coach/prompts/templates/decision-reasons.js';

const decision = (rule: string, reasons: Decision['reasons'] = []): Decision => ({
  rule,
  date: '2027-01-18',
  action: 'note',
  before: null,
  after: null,
  reasons,
});

describe('decisionSpoken', () => {
  it('has one short sentence for rules whose written why is too long to say', () => {
    expect(decisionSpoken(decision('overshoot.week'), 'km')).toBe(
      'You ran far more than planned this week, so the coming days are lighter.',
    );
  });

  it('names the day of a cadence drop', () => {
    const d = decision('cadence.drop', [{ code: 'CADENCE_DROP_IN_RUN', facts: { date: '2027-01-17' } }]);
    expect(decisionSpoken(d, 'km')).toMatch(/^Your cadence dropped on .+17 Jan, often a sign of tired legs/);
  });

  it('has none for other rules', () => {
    expect(decisionSpoken(decision('missed.mark'), 'km')).toBeUndefined();
  });
});

describe('spokenWhy', () => {
  it('speaks the short form when there is one, else the first sentence of the written why', () => {
    expect(spokenWhy(decision('overshoot.week'), 'km')).toBe(
      decisionSpoken(decision('overshoot.week'), 'km'),
    );
    const missed = decision('missed.mark');
    expect(decisionWhy(missed, 'km').split('. ').length).toBeGreaterThan(1);
    expect(spokenWhy(missed, 'km')).toBe('Nothing was logged that day.');
  });
});
