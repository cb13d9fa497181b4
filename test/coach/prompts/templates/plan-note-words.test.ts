/**
 * Plan notes are worded in coach/prompts (issue 11 §7): the rules give a code and facts; every note code
 * has its full words and a phone form of at most two sentences.
 */
import { describe, expect, it } from 'vitest';
import { VOICE_MAX_SENTENCES } from '../../../../coach/prompts/templates/index.js';
import { planNoteWords } from '../../../../coach/prompts/templates/plan-note-words.js';
import { injuryNote } from '../../../../coach/rules/plan/injury-rules.js';
import { startNote } from '../../../../coach/rules/plan/plan-notes.js';
import { PLAN_NOTE_CODES, type PlanNote } from '../../../../coach/rules/plan/types.js';

const sentences = (text: string): number => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim()).length;

const NOTES: readonly PlanNote[] = [
  startNote(20, 60, 22),
  startNote(0, 60, 10),
  injuryNote([{ area: 'left achilles', recent: true, recurring: true }])!,
  injuryNote([{ area: 'knee', recent: false, recurring: true }])!,
];

describe('plan notes are worded in coach/prompts', () => {
  it('every note code is covered, and the rules give code and facts, no words', () => {
    expect([...new Set(NOTES.map((n) => n.code))].sort()).toEqual([...PLAN_NOTE_CODES].sort());
    for (const note of NOTES) expect(note.message).toBeUndefined();
  });

  it.each(NOTES)('$code: full words, and a phone form of at most two sentences', (note) => {
    const words = planNoteWords(note);
    expect(words.text).not.toMatch(/undefined|NaN/);
    expect(words.spoken).not.toMatch(/undefined|NaN/);
    expect(sentences(words.spoken)).toBeLessThanOrEqual(VOICE_MAX_SENTENCES);
  });

  it('keeps the wording runners got before', () => {
    expect(planNoteWords(startNote(20, 60, 22)).text).toBe(
      'You run about 20 min a week; the smallest week a plan starts from is 60 min, so your first week is run/walk: 60 min on your feet, about 22 of them running, the rest walking.',
    );
    expect(planNoteWords(NOTES[2]!).text).toMatch(
      /^You told me about a recent, recurring left Achilles problem, so the plan is gentler: weekly time rises at most 6 % a week with a lighter week every third, no fast repetitions/,
    );
  });

  it('a note stored with its old English keeps it', () => {
    const old = { code: 'INJURY_ADJUSTED', facts: { painMaxScore: 3 }, message: 'Old words.' } as const;
    expect(planNoteWords(old).text).toBe('Old words.');
  });
});
