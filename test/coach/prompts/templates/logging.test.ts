/** A logged race is worded as a race in every voice, and "today" after it shows the day done by the race. */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { purposeText } from '../../../../coach/prompts/templates/purpose-words.js';
import { EASY } from '../samples.js';

const word = (message: CoachMessage, persona: (typeof PERSONAS)[number]) =>
  renderTemplate({ message, persona, channel: 'chat', units: 'km', name: 'Ben' }).text;

const run = { kind: 'run-logged', date: EASY.date, km: 10, seconds: 3090, plannedKind: 'easy' } as const;

describe('run-logged and today for a race', () => {
  it('a race on an easy day is a race in every voice, never "your easy run" nor a logged run', () => {
    for (const persona of PERSONAS) {
      const text = word({ ...run, rpe: 9, race: true }, persona);
      expect(text, persona).toMatch(/race/i);
      expect(text, persona).not.toMatch(/easy run\b|run logged|run in the bank|your run/i);
    }
  });

  it('calm check: the same run, not a race, is still the easy run', () => {
    expect(word(run, 'neutral')).toContain('That was your easy run.');
  });

  it('today after a race shows the day done by it, with the recovery, not the session it replaced', () => {
    const today: CoachMessage = {
      kind: 'today',
      date: EASY.date,
      session: EASY,
      race: { km: 10, seconds: 3090, recoveryUntil: '2027-01-27' },
    };
    for (const persona of PERSONAS) {
      const text = word(today, persona);
      expect(text, persona).toMatch(
        /: done, you raced 10 km in 51:30\. .*easy running only through Wed 27 Jan/,
      );
      expect(text, persona).not.toContain(purposeText(EASY.purpose));
    }
  });
});
