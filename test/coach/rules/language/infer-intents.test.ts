import { describe, expect, it } from 'vitest';
import type { IntentEvidence } from '../../../../coach/rules/language/infer-intents.js';
import { inferIntents } from '../../../../coach/rules/language/infer-intents.js';

const base: IntentEvidence = {
  text: '',
  keywords: [],
  slots: {},
  problems: [],
  ranDistanceOrTime: false,
  timed: false,
  namedRace: false,
};

describe('inferIntents', () => {
  it('is unknown when nothing was found', () => {
    expect(inferIntents(base)).toEqual(['unknown']);
  });

  it('logs a run from its facts, and a race when a named race distance is timed', () => {
    expect(inferIntents({ ...base, text: 'ran 5k', ranDistanceOrTime: true })).toEqual(['log_run']);
    expect(
      inferIntents({ ...base, text: 'half 1:45', ranDistanceOrTime: true, timed: true, namedRace: true }),
    ).toEqual(['race_result']);
    expect(
      inferIntents({
        ...base,
        text: '10k race 44:59',
        keywords: ['race_result'],
        ranDistanceOrTime: true,
        timed: true,
      }),
    ).toEqual(['race_result']);
  });

  it('keeps race words without a time out of the result', () => {
    expect(inferIntents({ ...base, text: 'my race', keywords: ['race_result'] })).toEqual(['unknown']);
  });

  it('does not log questions, plans or requests', () => {
    for (const text of ['should i run 10k?', 'gonna do 8k tomorrow', 'give me 20x400 at 3:00/km']) {
      expect(inferIntents({ ...base, text, ranDistanceOrTime: true })).toEqual(['unknown']);
    }
    expect(inferIntents({ ...base, text: 'ran 10k, what next?', ranDistanceOrTime: true })).toEqual([
      'log_run',
    ]);
  });

  it('counts refused values as mentioned: an impossible RPE is still an RPE check-in', () => {
    const problems = [
      { code: 'RPE_OUT_OF_RANGE' as const, slot: 'rpe' as const, message: 'How hard, 1–10?' },
    ];
    expect(inferIntents({ ...base, text: 'rpe 15', problems })).toEqual(['rpe_checkin']);
  });

  it('makes a lone pain or red flag a check-in, but not when another intent handles it', () => {
    const slots = { pains: [{ location: 'knee' }] };
    expect(inferIntents({ ...base, slots })).toEqual(['morning_checkin']);
    expect(inferIntents({ ...base, slots, keywords: ['pause'] })).toEqual(['pause']);
    expect(inferIntents({ ...base, slots: { redFlags: ['dizziness'] } })).toEqual(['morning_checkin']);
  });

  it('orders intents by INTENT_ORDER', () => {
    const out = inferIntents({
      ...base,
      text: 'hi, ran 5k',
      keywords: ['greeting'],
      ranDistanceOrTime: true,
      slots: { sleepHours: 6 },
    });
    expect(out).toEqual(['log_run', 'morning_checkin', 'greeting']);
  });
});
