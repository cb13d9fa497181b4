/**
 * Feasibility worded in coach/prompts (issue 11 §7): the rule returns codes with facts, the neutral words
 * are the engine's words from before (a snapshot of 22 goals taken on the code that still wrote English),
 * every code has a one-sentence phone form, and a plan stored with only a `message` reads back as is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../../coach/prompts/persona.js';
import { feasibilityJson, planFromJson, planJson } from '../../../../coach/prompts/plan-json.js';
import {
  FEASIBILITY_WORDS,
  feasibilityNoteWords,
  feasibilitySpoken,
  feasibilityText,
} from '../../../../coach/prompts/templates/feasibility-words.js';
import { type FeasibilityInput, goalFeasibility } from '../../../../coach/rules/plan/feasibility.js';
import type { FeasibilityNote } from '../../../../coach/rules/plan/types.js';
import { fixturePlan } from '../../rules/adapt/plan-fixture.js';

interface Snapshot {
  readonly input: FeasibilityInput;
  /** `plan.feasibility.message` as the rule wrote it before the words moved. */
  readonly message: string;
}

const SNAPSHOT = JSON.parse(
  readFileSync(new URL('./feasibility-snapshot.json', import.meta.url), 'utf8'),
) as readonly Snapshot[];

const sentences = (text: string): number => text.split(/(?<=[.!?])(?:\s+|$)/).filter((s) => s !== '').length;
const notesOf = (input: FeasibilityInput): readonly FeasibilityNote[] => goalFeasibility(input).notes ?? [];

describe('feasibility words: the neutral wording is the engine’s wording from before', () => {
  it('holds 22 goals', () => expect(SNAPSHOT).toHaveLength(22));

  it.each(SNAPSHOT.map((s, i) => [i, s] as const))(
    'goal %i reads as the engine wrote it',
    (_i, { input, message }) => expect(feasibilityText(goalFeasibility(input))).toBe(message),
  );

  it('the rule returns codes with facts, no words', () => {
    for (const { input } of SNAPSHOT) {
      const f = goalFeasibility(input);
      expect(f.message).toBeUndefined();
      expect(f.notes?.length).toBeGreaterThan(0);
    }
  });

  it('the snapshot exercises every feasibility code', () => {
    const seen = new Set(SNAPSHOT.flatMap(({ input }) => notesOf(input).map((n) => n.code)));
    expect([...seen].sort()).toEqual(Object.keys(FEASIBILITY_WORDS).sort());
  });
});

describe('feasibility words: every code, in every persona, with a phone form', () => {
  const notes = SNAPSHOT.flatMap(({ input }) => notesOf(input));

  it.each(PERSONAS.map((p) => [p] as const))('persona %s: every note worded, one spoken sentence', () => {
    // Every persona keeps these words (the persona speaks around them), so each reads the same text.
    for (const note of notes) {
      const words = feasibilityNoteWords(note);
      expect(words.text, note.code).not.toMatch(/undefined|NaN|\[object|null/);
      expect(words.spoken, note.code).not.toMatch(/undefined|NaN|\[object|null/);
      expect(words.spoken, note.code).not.toBe('');
      expect(sentences(words.spoken), words.spoken).toBe(1);
    }
  });

  it('the phone form is the first note in one sentence', () => {
    const f = goalFeasibility(SNAPSHOT[11]!.input);
    expect(f.notes?.[0]?.code).toBe('TARGET_OUT_OF_REACH');
    expect(feasibilitySpoken(f)).toBe(
      '1:30:00 is more than this build can bring, so 1:47:20 is a realistic target.',
    );
  });
});

describe('feasibility words: plans stored before the notes', () => {
  const stored = { ok: false, message: 'Old words. Kept as they were.' };

  it('a stored message reads back as is, and its first sentence is the phone form', () => {
    expect(feasibilityText(stored)).toBe('Old words. Kept as they were.');
    expect(feasibilitySpoken(stored)).toBe('Old words.');
  });

  it('the JSON a client reads carries the worded message beside the notes, and reads back to the notes', () => {
    const plan = {
      ...fixturePlan({ start: '2026-01-05', weeks: 4, vdot: 42 }),
      feasibility: goalFeasibility(SNAPSHOT[6]!.input),
    };
    const json = planJson(plan);
    expect(json.feasibility.message).toBe(SNAPSHOT[6]!.message);
    expect(json.feasibility.notes).toEqual(plan.feasibility.notes);
    expect(planFromJson(JSON.parse(JSON.stringify(json)) as typeof json).feasibility).toEqual(
      plan.feasibility,
    );
    expect(feasibilityJson(stored).message).toBe(stored.message);
    expect(planFromJson(planJson({ ...plan, feasibility: stored })).feasibility).toEqual(stored);
  });
});
