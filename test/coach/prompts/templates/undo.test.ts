/** Undo and "cannot answer yet" replies, and a run given only a time or a distance never shows a zero. */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';

const word = (
  message: CoachMessage,
  persona: (typeof PERSONAS)[number],
  channel: 'chat' | 'voice' = 'chat',
) => renderTemplate({ message, persona, channel, units: 'km', name: 'Ben' }).text;

describe('undo and honest replies', () => {
  it('says what was removed and how many plan changes were withdrawn, in every voice and on the phone', () => {
    const m: CoachMessage = {
      kind: 'undone',
      fact: 'run',
      date: '2027-01-17',
      km: 7.5,
      seconds: 2700,
      withdrawn: 1,
    };
    for (const persona of PERSONAS) {
      expect(word(m, persona), persona).toMatch(
        /took out the 7\.5 km run in 45:00 on Sun 17 Jan\. The plan change it caused is withdrawn\./,
      );
      expect(word(m, persona, 'voice'), persona).toMatch(/took out the 7\.5 km run in 45:00\./);
    }
    expect(
      word({ kind: 'undone', fact: 'rpe', date: '2027-01-17', rpe: 6, withdrawn: 2 }, 'neutral'),
    ).toMatch(/the RPE 6 on .*The 2 plan changes it caused are withdrawn/);
  });

  it('a question without an answer is told so, and that nothing was logged', () => {
    for (const persona of PERSONAS) {
      const text = word({ kind: 'cannot-answer-yet' }, persona);
      expect(text, persona).toMatch(/can’t answer that one yet/);
      expect(text, persona).toMatch(/Nothing was logged/);
    }
  });

  it('a run with only a time or only a distance shows what was given, never 0:00 or 0 km', () => {
    const timeOnly = word({ kind: 'run-logged', date: '2027-01-17', seconds: 2700 }, 'neutral');
    expect(timeOnly).toMatch(/45:00 of running/);
    expect(timeOnly).not.toMatch(/0:00\b(?!.)|in 0:00|0(\.0)? km/);
    const distanceOnly = word({ kind: 'run-logged', date: '2027-01-17', km: 4.2 }, 'neutral');
    expect(distanceOnly).toMatch(/4\.2 km/);
    expect(distanceOnly).not.toMatch(/in 0:00/);
  });
});
