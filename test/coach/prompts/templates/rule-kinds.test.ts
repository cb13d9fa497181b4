import { describe, it, expect } from 'vitest';
import { isSafetyRule, isSofteningRule } from '../../../../coach/prompts/templates/rule-kinds.js';

describe('rule kinds', () => {
  it('safety rules are the safety.* ids', () => {
    expect(isSafetyRule('safety.red-flag')).toBe(true);
    expect(isSafetyRule('readiness.two-bad-nights')).toBe(false);
    expect(isSafetyRule('load.safety.x')).toBe(false);
  });

  it('the persona softens after safety, illness, readiness and break rules only', () => {
    for (const rule of [
      'safety.see-professional',
      'illness.rest',
      'readiness.hrv-trend',
      'fitness.break-detraining',
      'fitness.break-rebuild',
    ])
      expect(isSofteningRule(rule), rule).toBe(true);
    for (const rule of ['fitness.race-result', 'load.ramp', 'overshoot.run', 'xsafety.red-flag'])
      expect(isSofteningRule(rule), rule).toBe(false);
  });
});
