import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALLBACK_VERSION,
  decodeCallback,
  encodeCallback,
  MAX_CALLBACK_BYTES,
  NEVER_PENDING_ID,
  resolveCallback,
} from '../../../bots/telegram/callback-data.js';
import {
  GOAL_CHOICES,
  LEVEL_CHOICES,
  LONG_DAY_CHOICES,
  NONE_STEPS,
  UNIT_CHOICES,
  type ChosenOption,
} from '../../../coach/prompts/chosen-option.js';
import { PERSONAS } from '../../../coach/prompts/persona.js';

const ID_A = '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e';
const ID_B = 'f00dbabe-1234-4abc-8def-0123456789ab';

const option: fc.Arbitrary<ChosenOption> = fc.oneof(
  fc.integer({ min: 1, max: 10 }).map((value) => ({ kind: 'rpe' as const, value })),
  fc.record({
    kind: fc.constant('decision' as const),
    answer: fc.constantFrom('accept' as const, 'keep' as const),
    ids: fc.array(fc.uuid(), { minLength: 1, maxLength: 12 }),
  }),
  fc.constantFrom<ChosenOption>(
    { kind: 'confirm', answer: 'yes' },
    { kind: 'confirm', answer: 'no' },
    { kind: 'decision', answer: 'accept' },
    ...PERSONAS.map((persona) => ({ kind: 'persona', persona }) as const),
    ...UNIT_CHOICES.map((units) => ({ kind: 'units', units }) as const),
    ...GOAL_CHOICES.map((goal) => ({ kind: 'goal', goal }) as const),
    ...LEVEL_CHOICES.map((level) => ({ kind: 'level', level }) as const),
    ...LONG_DAY_CHOICES.map((day) => ({ kind: 'long-day', day }) as const),
    ...NONE_STEPS.map((step) => ({ kind: 'none', step }) as const),
  ),
);

describe('Telegram callback data', () => {
  it('is at most 64 bytes, versioned, and chooses the same option back (property)', () => {
    fc.assert(
      fc.property(option, fc.integer({ min: 0, max: 9999 }), (o, index) => {
        const encoded = encodeCallback(o, index);
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        expect(Buffer.byteLength(encoded.data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
        expect(encoded.data.startsWith(CALLBACK_VERSION)).toBe(true);
        const decoded = decodeCallback(encoded.data);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const offered = Array.from({ length: index + 1 }, (_, i): ChosenOption =>
          i === index ? o : { kind: 'rpe', value: 1 },
        );
        expect(resolveCallback(decoded.value, offered)).toEqual(o);
      }),
    );
  });

  it('carries one decision id inside; several become a reference to the offer', () => {
    expect(encodeCallback({ kind: 'rpe', value: 6 }, 0)).toEqual({ ok: true, data: '1:rpe:6' });
    expect(encodeCallback({ kind: 'decision', answer: 'accept', ids: [ID_A] }, 3)).toEqual({
      ok: true,
      data: `1:accept:${ID_A}`,
    });
    const two = encodeCallback({ kind: 'decision', answer: 'keep', ids: [ID_A, ID_B] }, 3);
    expect(two.ok && two.data).toMatch(/^1#3\.k\.[0-9a-f]{8}$/);
  });

  it('a reference to an offer that is gone resolves to an answer the core calls stale', () => {
    const offered: ChosenOption = { kind: 'decision', answer: 'accept', ids: [ID_A, ID_B] };
    const data = encodeCallback(offered, 0);
    const decoded = data.ok ? decodeCallback(data.data) : undefined;
    expect(decoded?.ok).toBe(true);
    if (!decoded?.ok) return;
    // A newer reply offered something else at index 0; the same offer elsewhere is still found.
    expect(resolveCallback(decoded.value, [{ kind: 'rpe', value: 3 }, offered])).toEqual(offered);
    expect(resolveCallback(decoded.value, [{ kind: 'rpe', value: 3 }])).toEqual({
      kind: 'decision',
      answer: 'accept',
      ids: [NEVER_PENDING_ID],
    });
    expect(resolveCallback(decoded.value, undefined)).toMatchObject({ ids: [NEVER_PENDING_ID] });
  });

  it('refuses other versions and anything this bot cannot have sent', () => {
    expect(decodeCallback('0:rpe:6')).toEqual({ ok: false, code: 'CALLBACK_VERSION' });
    expect(decodeCallback('2#1.a.abcdef12')).toEqual({ ok: false, code: 'CALLBACK_VERSION' });
    for (const bad of [
      '',
      'rpe:6',
      '1:rpe:11',
      '1:',
      '1#x.a.abcdef12',
      '1#1.z.abcdef12',
      '1:accept:nope',
      'x'.repeat(65),
    ])
      expect(decodeCallback(bad), bad).toMatchObject({ ok: false, code: 'CALLBACK_MALFORMED' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const decoded = decodeCallback(s);
        if (decoded.ok) expect(Buffer.byteLength(s)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      }),
    );
  });
});
