/** Onboarding wording: the one-line confirmation, the asides, the follow-up questions, every persona. */
import { describe, expect, it } from 'vitest';
import type { CoachMessage, WordingRequest } from '../../../../coach/prompts/coach-message.js';
import { sentenceCount } from '../../../../coach/prompts/guards/shape-guard.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { EXTRAS_EXAMPLE, understoodLine } from '../../../../coach/prompts/templates/onboarding.js';
import { readOnboardingAnswer } from '../../../../coach/rules/language/onboarding/read-answer.js';

const PARAGRAPH: CoachMessage = {
  kind: 'onboarding-question',
  step: 'race-date',
  remaining: 2,
  raceMonth: { year: 2027, month: 4 },
  understood: {
    units: 'km',
    goal: 'half',
    raceMonth: { year: 2027, month: 4 },
    race: { km: 10, seconds: 3300 },
    days: ['tue', 'thu', 'sat', 'sun'],
    longDay: 'sun',
    weeklyKm: 25,
  },
};
const req = (message: CoachMessage, over: Partial<WordingRequest> = {}): WordingRequest => ({
  message,
  persona: 'neutral',
  channel: 'chat',
  units: 'km',
  ...over,
});

describe('onboarding templates', () => {
  it('confirms what a paragraph gave in one line, before asking for the race day', () => {
    const r = renderTemplate(req(PARAGRAPH));
    expect(r.text).toBe(
      'Got it: half marathon in April 2027, recent 10 km in 55:00, running Tue Thu Sat Sun, long run on Sunday, 25 km a week. ' +
        'Which day in April 2027 is the race? The day of the month is enough, e.g. 18. (2 more after this.)',
    );
  });

  it('states volumes in the runner’s unit', () => {
    expect(understoodLine({ weeklyKm: 25 }, 'mi')).toBe('15.5 mi a week.');
    expect(understoodLine({ weeklyMinutes: 180 }, 'km')).toBe('3 h a week.');
    expect(understoodLine({ weeklyMinutes: 100 }, 'km')).toBe('100 min a week.');
    expect(understoodLine({}, 'km')).toBeUndefined();
  });

  it('each persona opens the confirmation in its own voice', () => {
    const openings = PERSONAS.map(
      (persona) => renderTemplate(req(PARAGRAPH, { persona })).text.split(':')[0],
    );
    expect(new Set(openings).size).toBe(PERSONAS.length);
  });

  it('the phone form keeps the confirmation and the question in two sentences', () => {
    for (const persona of PERSONAS) {
      const r = renderTemplate(req(PARAGRAPH, { persona, channel: 'voice' }));
      expect(sentenceCount(r.text), r.text).toBeLessThanOrEqual(2);
      expect(r.text).toContain('half marathon in April 2027');
    }
  });

  it('says a run report or a question was not taken as an answer, then asks again', () => {
    const run = renderTemplate(
      req({ kind: 'onboarding-question', step: 'extras', aside: 'run-report', asks: ['target'] }),
    );
    expect(run.text).toMatch(
      /^I’ll log runs once your plan is built, so I didn’t save that one yet\. Anything else/,
    );
    const q = renderTemplate(req({ kind: 'onboarding-question', step: 'days', aside: 'question' }));
    expect(q.text).toMatch(
      /^I’ll answer questions like that once your plan is ready; first I need this\. Which days/,
    );
  });

  it('asks which days after a count and lists only what the closing question still needs', () => {
    const days = renderTemplate(
      req({ kind: 'onboarding-question', step: 'days', dayCount: { min: 3, max: 4 } }),
    );
    expect(days.text).toContain('Which 3 or 4 days suit you?');
    const extras = renderTemplate(
      req({ kind: 'onboarding-question', step: 'extras', remaining: 0, asks: ['age', 'injuries'] }),
    );
    expect(extras.text).toContain(
      'Anything else that shapes the plan: your age and any injury in the last three months?',
    );
    expect(extras.text).not.toMatch(/target time|Drill Sergeant/);
  });

  it('the closing question’s example is understood', () => {
    const r = readOnboardingAnswer(EXTRAS_EXAMPLE, {
      today: '2026-12-01',
      units: 'km',
      asking: 'extras',
      goal: 'half',
    });
    expect(r.facts).toEqual({
      age: 52,
      injuries: [{ area: 'left knee', recent: true, recurring: false }],
      targetS: 6600,
      persona: 'neutral',
    });
  });
});
