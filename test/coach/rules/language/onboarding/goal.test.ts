import { describe, expect, it } from 'vitest';
import { goalFrom, targetFrom } from '../../../../../coach/rules/language/onboarding/goal.js';

describe('goalFrom', () => {
  it('needs a goal word or a when unless the goal question was asked', () => {
    expect(goalFrom('half marathon in april', false)).toBe('half');
    expect(goalFrom('did a 10k in 55 min', false)).toBeUndefined();
    expect(goalFrom('10k', false)).toBeUndefined();
    expect(goalFrom('10k', true)).toBe('10k');
    expect(goalFrom('half an hour a day', true)).toBeUndefined();
  });
});

describe('targetFrom', () => {
  it('reads "sub N" in the unit that gives a possible pace for the goal', () => {
    expect(targetFrom('sub 25', '5k', false)).toBe(1500);
    expect(targetFrom('sub 2', 'half', false)).toBe(7200);
    expect(targetFrom('sub 4', 'marathon', false)).toBe(14400);
    expect(targetFrom('sub 25', 'marathon', false)).toBeUndefined();
  });

  it('takes a bare time only as the answer to the target question', () => {
    expect(targetFrom('1:55', 'half', 'target')).toBe(6900);
    expect(targetFrom('1:55', 'half', false)).toBeUndefined();
    expect(targetFrom('did a 10k in 50 min', '10k', 'target')).toBeUndefined();
  });

  it('reads "no" as no target only to the target question', () => {
    expect(targetFrom('no', 'half', 'target')).toBeNull();
    expect(targetFrom('no injuries', 'half', 'extras')).toBeUndefined();
    expect(targetFrom('no target, 41', 'half', 'extras')).toBeNull();
  });
});
