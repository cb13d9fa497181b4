/**
 * Words only in coach/prompts (issue 11 §7): the parser returns a code and facts, never a sentence, and
 * every problem code it can emit and every use case's clarify code has a question here, in every persona
 * and channel, with a phone form of at most two sentences that still asks the question.
 */
import { describe, expect, it } from 'vitest';
import type { ClarifyProblem } from '../../../../coach/prompts/coach-message.js';
import { CHANNELS, PERSONAS } from '../../../../coach/prompts/persona.js';
import { renderTemplate, VOICE_MAX_SENTENCES } from '../../../../coach/prompts/templates/index.js';
import { problemQuestion, QUESTION_CODES } from '../../../../coach/prompts/templates/problem-words.js';
import { PLAN_ERROR_WORDED } from '../../../../coach/prompts/templates/plan-error-words.js';
import { parseMessage } from '../../../../coach/rules/language/index.js';
import { PROBLEM_CODES, type ProblemCode } from '../../../../coach/rules/language/types.js';

const CONTEXT = { today: '2027-01-12', units: 'km' } as const;

/** A message the parser answers with each problem code (the facts are the parser's own). */
const EMITTED: Readonly<Record<Exclude<ProblemCode, 'DATE_INVALID'>, string>> = {
  DISTANCE_IMPLAUSIBLE: 'ran 900 km',
  DURATION_IMPLAUSIBLE: 'ran for 100 hours',
  PACE_FASTER_THAN_WORLD_RECORD: 'ran 10k in 3 min',
  PACE_TOO_SLOW: 'walked 3k at 25:00/km',
  RPE_OUT_OF_RANGE: 'rpe 15',
  CADENCE_OUT_OF_RANGE: 'ran 5k in 25 min, cadence 400',
  VALUE_NEGATIVE: 'ran -5 km',
  HR_OUT_OF_RANGE: 'ran 8k avg hr 300',
  MAX_HR_OUT_OF_RANGE: 'max heart rate 260',
  MAX_HR_BELOW_AVG_HR: 'ran 10k in 50 min, max 150 bpm, average hr 160',
  RESTING_HR_OUT_OF_RANGE: 'resting hr 15',
  HRV_OUT_OF_RANGE: 'hrv 400',
  SLEEP_OUT_OF_RANGE: 'slept 30 hours',
  PAIN_OUT_OF_RANGE: 'left knee 12/10',
  SORENESS_OUT_OF_RANGE: 'soreness 15/10',
  STRESS_OUT_OF_RANGE: 'stress 15/10',
  FUTURE_RUN_DATE: 'ran 10k tomorrow',
  RUN_POSITION_AMBIGUOUS: '3k in',
};

/** The use cases' clarify codes with the facts they send. */
const CLARIFY: readonly ClarifyProblem[] = [
  { code: 'RACE_DETAILS_MISSING', slot: 'distanceM' },
  { code: 'RUN_DETAILS_MISSING', slot: 'distanceM' },
  { code: 'DAYS_MISSING', slot: 'days' },
  { code: 'GOAL_DISTANCE_UNSUPPORTED', slot: 'distanceM' },
  { code: 'RACE_DATE_MISSING', slot: 'date' },
  { code: 'NO_RUN_TO_RATE', slot: 'rpe' },
  { code: 'PAIN_SCORE_MISSING', slot: 'pains', facts: { location: 'knee' } },
  { code: 'GOAL_AND_RUN_TOGETHER', slot: 'distanceM' },
  { code: 'PLAN_ENDS_BEFORE', slot: 'date', facts: { planEnd: '2027-04-18' } },
];

const sentences = (text: string): number => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim()).length;

function problemFor(code: ProblemCode, text: string): ClarifyProblem {
  const p = parseMessage(text, CONTEXT).problems.find((x) => x.code === code);
  expect(p, `"${text}" gives ${code}`).toBeDefined();
  return p!;
}

function expectWorded(p: ClarifyProblem): void {
  for (const persona of PERSONAS)
    for (const channel of CHANNELS) {
      const reply = renderTemplate({ message: { kind: 'clarify', problems: [p] }, persona, channel });
      const where = `${p.code} ${persona} ${channel}: ${reply.text}`;
      if (channel !== 'voice') expect(reply.text, where).toContain(problemQuestion(p).text);
      expect(reply.text, where).not.toMatch(/undefined|NaN|\[object/);
      if (channel === 'voice') {
        expect(sentences(reply.text), where).toBeLessThanOrEqual(VOICE_MAX_SENTENCES);
        expect(reply.text.trim(), where).toMatch(/\?$/);
      }
    }
}

describe('clarifying questions are worded in coach/prompts', () => {
  it('every problem code and clarify code has wording', () => {
    for (const code of [...PROBLEM_CODES, ...CLARIFY.map((c) => c.code)])
      expect(QUESTION_CODES, code).toContain(code);
  });

  it.each(Object.entries(EMITTED))('%s: the parser gives a code and facts, no sentence', (code, text) => {
    const p = problemFor(code as ProblemCode, text);
    expect(Object.keys(p).sort()).toEqual(
      p.facts === undefined ? ['code', 'slot'] : ['code', 'facts', 'slot'],
    );
  });

  it.each(Object.entries(EMITTED))(
    '%s is asked in every persona and channel, ≤ 2 sentences on the phone',
    (code, text) => expectWorded(problemFor(code as ProblemCode, text)),
  );

  it.each(CLARIFY)('$code is asked in every persona and channel, ≤ 2 sentences on the phone', (p) =>
    expectWorded(p),
  );

  it.each<ClarifyProblem>([
    { code: 'NOT_ENOUGH_WEEKS', slot: 'goal', facts: { weeks: 2, minWeeks: 4, goal: 'half' } },
    { code: 'TOO_FEW_DAYS', slot: 'days', facts: { days: 1, minDays: 3, goal: 'marathon' } },
    { code: 'MAX_HR_IMPLAUSIBLE', slot: 'goal', facts: { maxHrBpm: 260 } },
    { code: 'HR_RESERVE_TOO_SMALL', slot: 'goal', facts: {} },
  ])('the plan error $code is worded by coach/prompts, ≤ 2 sentences on the phone', (p) => {
    expect(PLAN_ERROR_WORDED).toContain(p.code);
    expectWorded({ ...p, message: 'The rule’s own words, never shown.' });
    const chat = renderTemplate({
      message: { kind: 'clarify', problems: [p] },
      persona: 'neutral',
      channel: 'chat',
    });
    expect(chat.text).not.toContain('never shown');
  });

  it('a question that refuses nothing opens with the question, never "nothing saved"', () => {
    for (const code of ['GOAL_AND_RUN_TOGETHER', 'PLAN_ENDS_BEFORE']) {
      const reply = renderTemplate({
        message: { kind: 'clarify', problems: [{ code, slot: 'date', facts: { planEnd: '2027-04-18' } }] },
        persona: 'neutral',
        channel: 'chat',
      });
      expect(reply.text, code).not.toMatch(/saved nothing|doesn.t add up/);
    }
    const ends = renderTemplate({
      message: {
        kind: 'clarify',
        problems: [{ code: 'PLAN_ENDS_BEFORE', slot: 'date', facts: { planEnd: '2027-04-18' } }],
      },
      persona: 'neutral',
      channel: 'chat',
    });
    expect(ends.text).toContain('Sun 18 Apr');
  });

  it('each persona frames the same question in its own voice', () => {
    const p = problemFor('SLEEP_OUT_OF_RANGE', 'slept 30 hours');
    const texts = PERSONAS.map(
      (persona) =>
        renderTemplate({ message: { kind: 'clarify', problems: [p] }, persona, channel: 'chat' }).text,
    );
    expect(new Set(texts).size).toBe(PERSONAS.length);
    for (const t of texts) expect(t).toContain('How many hours did you sleep last night?');
  });

  it('the written question is the one the runner used to get (wording kept where it was right)', () => {
    const words = renderTemplate({
      message: {
        kind: 'clarify',
        problems: [problemFor('PACE_FASTER_THAN_WORLD_RECORD', 'ran 10k in 3 min')],
      },
      persona: 'neutral',
      channel: 'chat',
    }).text;
    expect(words).toBe(
      'Something in that doesn’t add up, so I saved nothing yet. 10 km in 3:00 would be 0:18/km — faster than the world record (2:37/km). What was your time for the 10 km?',
    );
  });
});
