import { describe, expect, it } from 'vitest';
import { inlineKeyboard } from '../../../../bots/telegram/keyboards/inline.js';
import {
  acceptOptions,
  PERSONA_OPTIONS,
  RPE_OPTIONS,
  YES_NO_OPTIONS,
} from '../../../../coach/prompts/options.js';

const ID_A = '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e';
const ID_B = 'f00dbabe-1234-4abc-8def-0123456789ab';
const rows = (k: ReturnType<typeof inlineKeyboard>) =>
  k!.inline_keyboard.map((row) => row.map((b) => [b.text, 'callback_data' in b ? b.callback_data : '']));

describe('inline keyboards for quick replies', () => {
  it('RPE 1–10 in two rows of five', () => {
    const k = rows(inlineKeyboard(RPE_OPTIONS));
    expect(k.map((r) => r.map(([t]) => t))).toEqual([
      ['1', '2', '3', '4', '5'],
      ['6', '7', '8', '9', '10'],
    ]);
    expect(k[0]![0]![1]).toBe('1:rpe:1');
  });

  it('Accept / Keep original and Yes / No in one row; several decisions by offer reference at their offset', () => {
    expect(rows(inlineKeyboard(YES_NO_OPTIONS))).toEqual([
      [
        ['Yes', '1:yes'],
        ['No', '1:no'],
      ],
    ]);
    expect(rows(inlineKeyboard(acceptOptions([ID_A])))).toEqual([
      [
        ['Accept', `1:accept:${ID_A}`],
        ['Keep original', `1:keep_original:${ID_A}`],
      ],
    ]);
    const many = rows(inlineKeyboard(acceptOptions([ID_A, ID_B]), 10));
    expect(many[0]!.map(([, d]) => d)).toEqual([
      expect.stringMatching(/^1#10\.a\./),
      expect.stringMatching(/^1#11\.k\./),
    ]);
  });

  it('longer lists in pairs; nothing to choose, no keyboard', () => {
    expect(rows(inlineKeyboard(PERSONA_OPTIONS)).map((r) => r.length)).toEqual([2, 2]);
    expect(inlineKeyboard([])).toBeUndefined();
  });
});
