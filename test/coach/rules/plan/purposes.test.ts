import { describe, expect, it } from 'vitest';
import { clientPurpose, readPurpose } from '../../../../coach/rules/plan/purposes.js';

describe('readPurpose', () => {
  it('keeps a code with its finite numbers and strings, in their order', () => {
    expect(readPurpose({ code: 'LONG', facts: { goal: 'half', week: 'down' } })).toStrictEqual({
      code: 'LONG',
      facts: { goal: 'half', week: 'down' },
    });
    const p = readPurpose({
      code: 'BACK_AFTER_BREAK',
      facts: { keepPercent: 70, bad: Number.NaN, daysOff: 9, no: null },
    });
    expect(p).toStrictEqual({ code: 'BACK_AFTER_BREAK', facts: { keepPercent: 70, daysOff: 9 } });
    expect(Object.keys(p.facts!)).toEqual(['keepPercent', 'daysOff']);
  });

  it('has no facts key when no fact is kept, or facts are no object', () => {
    for (const facts of [undefined, null, {}, { x: Infinity, y: [1] }, 'text', 3])
      expect(readPurpose({ code: 'EASY', facts })).toStrictEqual({ code: 'EASY' });
  });

  it("reads only the facts' own keys", () => {
    const facts = Object.assign(Object.create({ inherited: 'no' }) as object, { own: 'yes' });
    expect(readPurpose({ code: 'EASY', facts })).toStrictEqual({ code: 'EASY', facts: { own: 'yes' } });
  });

  it('reads text as LEGACY and anything else as NONE', () => {
    expect(readPurpose('Aerobic base, easy.')).toStrictEqual({
      code: 'LEGACY',
      facts: { text: 'Aerobic base, easy.' },
    });
    expect(readPurpose('  ')).toStrictEqual({ code: 'NONE' });
    expect(readPurpose({ code: 'NOT_A_CODE', facts: { a: 1 } })).toStrictEqual({ code: 'NONE' });
    expect(
      clientPurpose({ purpose: 'Easy', purposeCode: 'EASY', purposeFacts: { week: 'taper' } }),
    ).toStrictEqual({
      code: 'EASY',
      facts: { week: 'taper' },
    });
  });
});
