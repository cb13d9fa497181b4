/** Chosen options: a stable string encoding that round-trips, refuses anything else, and matches what replies offer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeOption,
  encodeOption,
  GOAL_CHOICES,
  LEVEL_CHOICES,
  LONG_DAY_CHOICES,
  NONE_STEPS,
  UNIT_CHOICES,
  type ChosenOption,
} from '../../../coach/prompts/chosen-option.js';
import { PERSONAS } from '../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../coach/prompts/templates/index.js';
import { offeredOptions } from '../../../coach/prompts/offered-options.js';
import { MESSAGES } from './samples.js';

const ID_A = '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e';
const ID_B = 'f00dbabe-1234-4abc-8def-0123456789ab';

const EVERY: readonly ChosenOption[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ kind: 'rpe', value: i + 1 }) as const),
  { kind: 'decision', answer: 'accept' },
  { kind: 'decision', answer: 'keep' },
  { kind: 'decision', answer: 'accept', ids: [ID_A] },
  { kind: 'decision', answer: 'keep', ids: [ID_A, ID_B] },
  { kind: 'confirm', answer: 'yes' },
  { kind: 'confirm', answer: 'no' },
  ...PERSONAS.map((persona) => ({ kind: 'persona', persona }) as const),
  ...UNIT_CHOICES.map((units) => ({ kind: 'units', units }) as const),
  ...GOAL_CHOICES.map((goal) => ({ kind: 'goal', goal }) as const),
  ...LEVEL_CHOICES.map((level) => ({ kind: 'level', level }) as const),
  ...LONG_DAY_CHOICES.map((day) => ({ kind: 'long-day', day }) as const),
  ...NONE_STEPS.map((step) => ({ kind: 'none', step }) as const),
];

describe('encodeOption / decodeOption', () => {
  it('round-trips every option, each to its own string', () => {
    for (const option of EVERY)
      expect(decodeOption(encodeOption(option))).toEqual({ ok: true, value: option });
    expect(new Set(EVERY.map(encodeOption)).size).toBe(EVERY.length);
  });

  it('keeps the values channels already send', () => {
    expect(encodeOption({ kind: 'rpe', value: 6 })).toBe('rpe:6');
    expect(encodeOption({ kind: 'decision', answer: 'keep' })).toBe('keep_original');
    expect(encodeOption({ kind: 'decision', answer: 'accept', ids: [ID_A] })).toBe(`accept:${ID_A}`);
    expect(encodeOption({ kind: 'persona', persona: 'hype' })).toBe('persona:hype');
    expect(encodeOption({ kind: 'confirm', answer: 'yes' })).toBe('yes');
  });

  it.each([
    '',
    'rpe:0',
    'rpe:11',
    'rpe:6.5',
    'rpe:',
    'rpe',
    'accept:',
    'accept:not-an-id',
    `keep_original:${ID_A},`,
    'persona:pirate',
    'units:furlongs',
    'goal:ultra',
    'level:elite',
    'long-day:mon',
    'none:goal',
    'keep original',
    'YES',
    'drop table athletes',
    `accept:${ID_A},${'x'.repeat(600)}`,
  ])('refuses %j with OPTION_MALFORMED', (value) => {
    expect(decodeOption(value)).toMatchObject({ ok: false, code: 'OPTION_MALFORMED' });
  });

  it('never throws on any string, and whatever it accepts encodes back to the same string', () => {
    const near = fc.oneof(
      fc.string(),
      fc
        .constantFrom(...EVERY.map(encodeOption))
        .chain((v) =>
          fc
            .tuple(fc.nat(v.length), fc.string({ maxLength: 3 }))
            .map(([i, x]) => v.slice(0, i) + x + v.slice(i)),
        ),
    );
    fc.assert(
      fc.property(near, (value) => {
        const decoded = decodeOption(value);
        if (decoded.ok) expect(encodeOption(decoded.value)).toBe(value);
        else expect(decoded.code).toBe('OPTION_MALFORMED');
      }),
      { numRuns: 2000 },
    );
  });

  it('every quick reply a template offers carries its option, and its value is that option encoded', () => {
    const offered = MESSAGES.flatMap(
      (message) => renderTemplate({ message, persona: 'hype', channel: 'telegram' }).options,
    );
    expect(offered.length).toBeGreaterThan(10);
    for (const o of offered) expect(decodeOption(o.value)).toEqual({ ok: true, value: o.option });
  });

  it('an adaptation offer names the decisions it answers', () => {
    const offer = offeredOptions([{ kind: 'delete-confirm' }, { kind: 'rpe-question', date: '2027-01-12' }]);
    expect(offer.slice(0, 2)).toEqual([
      { kind: 'confirm', answer: 'yes' },
      { kind: 'confirm', answer: 'no' },
    ]);
    expect(offer[2]).toEqual({ kind: 'rpe', value: 1 });
    const decision = MESSAGES.find((m) => m.kind === 'decision' && m.askAccept);
    expect(decision).toBeDefined();
    const withIds = offeredOptions([{ ...decision!, offeredIds: [ID_A] } as never]);
    expect(withIds).toEqual([
      { kind: 'decision', answer: 'accept', ids: [ID_A] },
      { kind: 'decision', answer: 'keep', ids: [ID_A] },
    ]);
  });
});
