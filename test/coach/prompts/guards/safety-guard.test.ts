import { describe, expect, it } from 'vitest';
import { checkSafety } from '../../../../coach/prompts/guards/safety-guard.js';

describe('checkSafety', () => {
  it('rejects diagnoses, medication and running through pain', () => {
    expect(checkSafety('Sounds like shin splints to me.', false)).toMatchObject({
      ok: false,
      code: 'DIAGNOSIS',
    });
    expect(checkSafety('I would diagnose that as overuse.', false)).toMatchObject({
      ok: false,
      code: 'DIAGNOSIS',
    });
    expect(checkSafety("It's probably nothing, keep at it.", false)).toMatchObject({ ok: false });
    expect(checkSafety('Pop a couple of painkillers first.', false)).toMatchObject({
      ok: false,
      code: 'MEDICATION',
    });
    expect(checkSafety('Take some ibuprofen.', false)).toMatchObject({ ok: false, code: 'MEDICATION' });
    expect(checkSafety('Just push through the pain!', false)).toMatchObject({
      ok: false,
      code: 'OVERRIDES_STOP',
    });
    expect(checkSafety('Ignore the pain and finish.', false)).toMatchObject({
      ok: false,
      code: 'OVERRIDES_STOP',
    });
  });

  it('accepts ordinary coaching, and shouting only when not softened', () => {
    expect(checkSafety('Easy 45 min today. Why: two short nights.', false)).toEqual({ ok: true });
    expect(checkSafety("LET'S GO! Big tempo today!", false)).toEqual({ ok: true });
    expect(checkSafety("LET'S GO! Big tempo today!", true)).toMatchObject({ ok: false, code: 'HARSH_TONE' });
    expect(checkSafety('Easy today, soldier. No excuses.', true)).toMatchObject({
      ok: false,
      code: 'HARSH_TONE',
    });
    expect(checkSafety('Easy today, keep your HR and RPE low.', true)).toEqual({ ok: true });
  });
});
