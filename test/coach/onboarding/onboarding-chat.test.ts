/** The onboarding chain without a database: what is missing, what is asked next, what one message fills. */
import { describe, expect, it } from 'vitest';
import {
  answerStep,
  extraAsks,
  missingStep,
  remainingAfter,
  type OnboardingDraft,
} from '../../../coach/onboarding/onboarding-chat.js';

const TODAY = '2026-12-01';
const CORE: OnboardingDraft = {
  step: 'extras',
  units: 'km',
  race: null,
  goal: 'half',
  raceDate: '2027-04-18',
  days: ['tue', 'thu', 'sat', 'sun'],
  longDay: 'sun',
  weeklyKm: 25,
  level: 'intermediate',
};

describe('onboarding chain', () => {
  it('asks the missing slots in order, the race day only for a race goal', () => {
    expect(missingStep({ step: 'units' })).toBe('units');
    expect(missingStep({ step: 'units', units: 'km', race: null, goal: 'fitness' })).toBe('days');
    expect(missingStep({ step: 'units', units: 'km', race: null, goal: 'half' })).toBe('race-date');
    expect(missingStep(CORE)).toBe('extras');
    expect(missingStep({ ...CORE, extrasDone: true })).toBeUndefined();
  });

  it('the closing question lists only what is still unknown', () => {
    expect(extraAsks(CORE)).toEqual(['target', 'longest-run', 'age', 'injuries', 'heart-rate', 'persona']);
    expect(extraAsks({ ...CORE, goal: 'fitness', age: 41, persona: 'hype' })).toEqual([
      'longest-run',
      'injuries',
      'heart-rate',
    ]);
  });

  it('counts the questions left, the long-run day only once the days are known', () => {
    expect(remainingAfter({ step: 'units' })).toBe(7);
    expect(remainingAfter({ ...CORE, step: 'experience', level: undefined })).toBe(1);
  });

  it('fills every slot a message gives, whichever question was asked', () => {
    const a = answerStep({ step: 'units' }, 'half marathon in april, weekends, 3 hours a week', TODAY);
    expect(a).toMatchObject({
      ok: true,
      draft: {
        goal: 'half',
        raceMonth: { year: 2027, month: 4 },
        days: ['sat', 'sun'],
        longDay: 'sun',
        weeklyMinutes: 180,
      },
      understood: { goal: 'half', days: ['sat', 'sun'], longDay: 'sun', weeklyMinutes: 180 },
    });
  });

  it('keeps the accepted slots when a later message does not mention them', () => {
    const a = answerStep({ ...CORE, step: 'extras' }, '41', TODAY);
    expect(a).toMatchObject({ ok: true, draft: { ...CORE, age: 41, extrasDone: true, injuries: [] } });
  });

  it('takes nothing from a question or a run report', () => {
    expect(answerStep(CORE, 'ran 5k today in 28 min', TODAY)).toEqual({ ok: false, aside: 'run-report' });
    expect(answerStep({ ...CORE, step: 'days' }, 'how many days should i run?', TODAY)).toEqual({
      ok: false,
      aside: 'question',
    });
  });

  it('asks again, saying so, when nothing in the message is usable', () => {
    expect(answerStep({ step: 'days' }, 'hmm not sure', TODAY)).toEqual({ ok: false });
  });

  it('closes with "that’s all" or "let’s go", assuming no injuries', () => {
    for (const text of ['that’s all', "let's go", 'nothing else 👍']) {
      expect(answerStep(CORE, text, TODAY), text).toMatchObject({
        ok: true,
        draft: { extrasDone: true, injuries: [] },
      });
    }
  });

  it('takes a coach picked by its option value in the closing question', () => {
    expect(answerStep(CORE, 'persona:drill-sergeant', TODAY)).toMatchObject({
      ok: true,
      draft: { persona: 'drill-sergeant', extrasDone: true },
    });
  });
});
