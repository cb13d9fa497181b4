/** Wording of the coaching-question replies (issue 11 §5), in every persona and the two-sentence phone form. */
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../../coach/prompts/coach-message.js';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../../coach/prompts/templates/index.js';
import { midRunCue } from '../../../../coach/rules/in-run/mid-run-cue.js';
import { EASY } from '../samples.js';

const word = (message: CoachMessage, persona = 'neutral' as const, channel: 'chat' | 'voice' = 'chat') =>
  renderTemplate({ message, persona, channel, units: 'km' }).text;

describe('question templates', () => {
  it('a day ahead is named by its date, not "Today"', () => {
    const text = word({ kind: 'today', date: EASY.date, ahead: true, session: EASY });
    expect(text).toContain('Thu 21 Jan: easy run, 59 min');
    expect(text).not.toContain('Today');
    expect(word({ kind: 'today', date: EASY.date, ahead: true, session: EASY }, 'neutral', 'voice')).toMatch(
      /^Thu 21 Jan: easy run, 59 min\./,
    );
  });

  it('an outside question says so plainly and names who to ask, in every persona and by phone', () => {
    for (const persona of PERSONAS) {
      const text = word({ kind: 'outside-coaching', topic: 'nutrition' }, persona as 'neutral');
      expect(text).toContain('outside what I coach');
      expect(text).toContain('sports dietitian');
      expect(text).not.toMatch(/didn.t catch/i);
    }
    expect(word({ kind: 'outside-coaching', topic: 'medical' }, 'neutral', 'voice')).toBe(
      'Medicines and supplements is outside what I coach, so I won’t guess. Ask a doctor or pharmacist.',
    );
  });

  it('the mid-run reply opens with the cue and states the HR against the ceiling', () => {
    const cue = midRunCue(EASY, 0, { distanceKm: 3, hr: 158 });
    expect(cue.cue).toBe('slow_down');
    const text = word({ kind: 'mid-run-cue', cue, sessionKind: 'easy' }, 'neutral', 'voice');
    expect(text).toBe('Slow down. HR 158 is above your easy ceiling of 154 bpm.');
  });

  it('a prediction with no fitness yet promises nothing', () => {
    expect(word({ kind: 'race-prediction', distance: 'half' })).toMatch(/can’t predict a half marathon yet/);
  });
});
