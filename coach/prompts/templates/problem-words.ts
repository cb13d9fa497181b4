/**
 * The clarifying questions, keyed by code: the parser's problems (`coach/rules/language` returns only a
 * code, the slot and the facts) and the use cases' "tell me more" codes. Each code has the written
 * question and a one-sentence spoken one (the phone line's two-sentence form has room for nothing more).
 */
import { formatDuration } from '../../rules/units/duration.js';
import type { ProblemCode } from '../../rules/language/types.js';
import type { ClarifyProblem } from '../message-parts.js';
import type { Persona } from '../persona.js';
import { formatDate } from '../format.js';
import { planErrorText } from './plan-error-words.js';

/**
 * The line before the questions, per persona (`text`) and for the phone (`spoken`, one sentence): nothing
 * from the message was stored. Softened replies use the neutral line.
 */
export const NOTHING_SAVED: Readonly<Record<Persona, QuestionWords>> = {
  neutral: {
    text: 'Something in that doesn’t add up, so I saved nothing yet.',
    spoken: 'Nothing saved yet.',
  },
  'drill-sergeant': {
    text: 'Numbers don’t add up. Nothing logged until they do.',
    spoken: 'Nothing logged yet.',
  },
  hype: {
    text: 'Hold up, something in there doesn’t add up, so nothing’s saved yet!',
    spoken: 'Hold up, nothing saved yet!',
  },
  'best-friend': {
    text: 'Hmm, something in that doesn’t quite add up, so I haven’t saved anything yet.',
    spoken: 'I haven’t saved anything yet.',
  },
};

/** Codes the use cases ask about when a message lacks something they need. */
export type ClarifyCode =
  | 'RACE_DETAILS_MISSING'
  | 'RUN_DETAILS_MISSING'
  | 'DAYS_MISSING'
  | 'GOAL_DISTANCE_UNSUPPORTED'
  | 'RACE_DATE_MISSING'
  | 'NO_RUN_TO_RATE'
  | 'PAIN_SCORE_MISSING'
  | 'GOAL_AND_RUN_TOGETHER'
  | 'PLAN_ENDS_BEFORE';

/**
 * Clarify codes that ask without refusing anything the runner said (the run beside a goal was logged; a
 * week after the plan is simply not planned): their reply opens with the question, not "nothing saved".
 */
export const ASK_ONLY_CODES: readonly string[] = ['GOAL_AND_RUN_TOGETHER', 'PLAN_ENDS_BEFORE'];

type Facts = Readonly<Record<string, number | string>>;

/** A question in both forms: `text` for chat, `spoken` (one sentence) for the phone line. */
export interface QuestionWords {
  readonly text: string;
  readonly spoken: string;
}

type Words = (f: Facts, slot: string) => QuestionWords;

const num = (f: Facts, k: string): number => Number(f[k] ?? Number.NaN);
const str = (f: Facts, k: string): string => String(f[k] ?? '');
const round1 = (x: number): number => Math.round(x * 10) / 10;
const clock = (s: number): string => formatDuration(s);
/** "10 km" or "6.2 mi": the distance in the unit the runner wrote it in. */
const distance = (f: Facts): string =>
  str(f, 'unit') === 'mi'
    ? `${round1(num(f, 'distanceM') / 1609.344)} mi`
    : `${round1(num(f, 'distanceM') / 1000)} km`;
/** "(you wrote "2:00/km")" when the runner's words are known. */
const said = (f: Facts): string => (f['said'] === undefined ? '' : ` ("${str(f, 'said')}")`);

function rpeWords(f: Facts): QuestionWords {
  const rpe = num(f, 'rpe');
  const spoken = 'How hard did it feel, from 1 to 10?';
  switch (f['reason']) {
    case 'borg':
      return {
        text: `RPE here goes from 1 (very easy) to 10 (all-out)${rpe >= 6 ? ` — ${rpe} sounds like the 6–20 Borg scale` : ''}. What would it be out of 10?`,
        spoken,
      };
    case 'out_of':
      return { text: 'How hard was it on a 1–10 scale?', spoken };
    case 'not_whole':
      return {
        text: `RPE is a whole number from 1 to 10. Was it more of a ${num(f, 'lower')} or a ${num(f, 'upper')}?`,
        spoken: `Was it more of a ${num(f, 'lower')} or a ${num(f, 'upper')}?`,
      };
    case 'range':
      return {
        text: `One number from 1 to 10, please: was it more of a ${num(f, 'lower')} or a ${num(f, 'upper')}?`,
        spoken: `Was it more of a ${num(f, 'lower')} or a ${num(f, 'upper')}?`,
      };
    default:
      return {
        text: `RPE goes from 1 (very easy) to 10 (all-out); ${rpe} is off the scale. How hard did it feel, 1–10?`,
        spoken,
      };
  }
}

function fasterThanRecord(f: Facts, slot: string): QuestionWords {
  const pace = num(f, 'paceSPerKm');
  if (slot === 'durationS') {
    const label = distance(f);
    return {
      text: `${label} in ${clock(num(f, 'durationS'))} would be ${clock(pace)}/km — faster than the world record (${clock(num(f, 'recordPaceSPerKm'))}/km). What was your time for the ${label}?`,
      spoken: `What was your time for the ${label}?`,
    };
  }
  if (f['said'] !== undefined)
    return {
      text: `${clock(pace)}/km would be faster than any world record. What pace did you mean${said(f)}?`,
      spoken: 'What pace did you mean?',
    };
  return {
    text: `${clock(pace)}/km over that distance would beat the world record. What pace did you run?`,
    spoken: 'What pace did you run?',
  };
}

function tooSlow(f: Facts, slot: string): QuestionWords {
  const pace = num(f, 'paceSPerKm');
  if (slot === 'durationS') {
    const label = distance(f);
    return {
      text: `${label} in ${clock(num(f, 'durationS'))} would be ${clock(pace)}/km, slower than walking. What was your time for the ${label}?`,
      spoken: `What was your time for the ${label}?`,
    };
  }
  return {
    text: `${clock(pace)}/km is slower than walking pace. What pace did you mean${said(f)}?`,
    spoken: 'What pace did you mean?',
  };
}

const PROBLEM_WORDS: Readonly<Record<ProblemCode, Words>> = {
  DISTANCE_IMPLAUSIBLE: (f) => ({
    text: `${distance(f)} doesn't look like one run. How far did you go?`,
    spoken: 'How far did you go?',
  }),
  DURATION_IMPLAUSIBLE: (f) => ({
    text: `${clock(num(f, 'durationS'))} doesn't look like the length of a run. How long did you run for?`,
    spoken: 'How long did you run for?',
  }),
  PACE_FASTER_THAN_WORLD_RECORD: fasterThanRecord,
  PACE_TOO_SLOW: tooSlow,
  RPE_OUT_OF_RANGE: rpeWords,
  CADENCE_OUT_OF_RANGE: (f) => ({
    text: `${num(f, 'cadence')} steps per minute can't be a running cadence (${num(f, 'minSpm')}–${num(f, 'maxSpm')}). What was your cadence?`,
    spoken: 'What was your cadence?',
  }),
  VALUE_NEGATIVE: (_f, slot) =>
    slot === 'durationS'
      ? {
          text: 'A run can’t last a negative time. How long did you run for?',
          spoken: 'How long did you run for?',
        }
      : {
          text: 'A run can’t be a negative distance. How far did you go?',
          spoken: 'How far did you go?',
        },
  HR_OUT_OF_RANGE: (f) => ({
    text: `${num(f, 'avgHr')} bpm can't be an average heart rate for a run (${num(f, 'minBpm')}–${num(f, 'maxBpm')}). What was your average heart rate?`,
    spoken: 'What was your average heart rate?',
  }),
  MAX_HR_OUT_OF_RANGE: (f) => ({
    text: `A max heart rate of ${num(f, 'maxHr')} bpm is outside what a heart does (${num(f, 'minBpm')}–${num(f, 'maxBpm')}). What was the highest number your watch showed?`,
    spoken: 'What was the highest heart rate your watch showed?',
  }),
  MAX_HR_BELOW_AVG_HR: (f) => ({
    text: `Your max heart rate (${num(f, 'maxHr')}) is below your average (${num(f, 'avgHr')}). Which number was the max?`,
    spoken: 'Which heart rate was the max?',
  }),
  RESTING_HR_OUT_OF_RANGE: (f) => ({
    text: `A resting heart rate of ${num(f, 'restingHr')} bpm doesn't look right (usually ${num(f, 'minBpm')}–${num(f, 'maxBpm')}). What did you measure when you woke up?`,
    spoken: 'What resting heart rate did you measure when you woke up?',
  }),
  HRV_OUT_OF_RANGE: (f) => ({
    text: `An HRV of ${num(f, 'hrvMs')} ms is outside the usual ${num(f, 'minMs')}–${num(f, 'maxMs')} ms. What number did your device give (rMSSD in ms)?`,
    spoken: 'What HRV did your device give?',
  }),
  SLEEP_OUT_OF_RANGE: (f) => ({
    text: `${num(f, 'sleepHours')} hours of sleep in one night doesn't add up. How many hours did you sleep last night?`,
    spoken: 'How many hours did you sleep last night?',
  }),
  PAIN_OUT_OF_RANGE: (f) => ({
    text: `Pain goes from 0 (none) to 10 (the worst imaginable). How bad is your ${str(f, 'location')} right now, 0–10?`,
    spoken: `How bad is your ${str(f, 'location')} right now, from 0 to 10?`,
  }),
  SORENESS_OUT_OF_RANGE: () => ({
    text: 'Soreness goes from 0 (none) to 10 (extreme) — what would you give it?',
    spoken: 'How sore are you, from 0 to 10?',
  }),
  STRESS_OUT_OF_RANGE: () => ({
    text: 'Stress goes from 0 (none) to 10 (extreme) — what would you give it?',
    spoken: 'How stressed are you, from 0 to 10?',
  }),
  RUN_POSITION_AMBIGUOUS: () => ({
    text: 'For a finished run I need the distance and time (e.g. "ran 3k in 18 min"); mid-run, add your HR or pace (e.g. "3k in, hr 165"). Is that a run you finished, or are you out there right now?',
    spoken: 'Did you finish that run, or are you still out there?',
  }),
  FUTURE_RUN_DATE: (f) => ({
    text: `That day hasn't happened yet (${str(f, 'date')}). Which day did you run?`,
    spoken: 'Which day did you run?',
  }),
  DATE_INVALID: () => ({
    text: 'I couldn’t read that date. Which day do you mean, for example "yesterday" or "2027-04-18"?',
    spoken: 'Which day do you mean?',
  }),
};

const CLARIFY_WORDS: Readonly<Record<ClarifyCode, Words>> = {
  RACE_DETAILS_MISSING: () => ({
    text: 'What distance was the race, and your finish time? For example "10k race in 44:30".',
    spoken: 'What distance was the race, and your finish time?',
  }),
  RUN_DETAILS_MISSING: () => ({
    text: 'How far and how long did you run? For example "10k in 52:30".',
    spoken: 'How far and how long did you run?',
  }),
  DAYS_MISSING: () => ({
    text: 'Which days can you run? For example "mon, wed, fri and sun, long run on sunday".',
    spoken: 'Which days can you run?',
  }),
  GOAL_DISTANCE_UNSUPPORTED: () => ({
    text: 'I plan for the 5K, 10K, half marathon and marathon. Which of those is your race?',
    spoken: 'Is your race a 5K, 10K, half marathon or marathon?',
  }),
  RACE_DATE_MISSING: () => ({
    text: 'When is the race? A date like 2027-04-18 is perfect.',
    spoken: 'When is the race?',
  }),
  NO_RUN_TO_RATE: () => ({
    text: 'Which run was that? Tell me the run first, for example "ran 8k in 45 min".',
    spoken: 'Which run was that? Tell me the run first.',
  }),
  PAIN_SCORE_MISSING: (f) => ({
    text: `How bad is the ${str(f, 'location')} on a scale of 0 to 10, where 10 is the worst pain you can imagine?`,
    spoken: `How bad is the ${str(f, 'location')}, from 0 to 10?`,
  }),
  PLAN_ENDS_BEFORE: (f) => ({
    text: `Your plan ends on ${dateOf(f, 'planEnd')}, before then, so there is nothing planned for that week yet. What's your next goal? Tell me like "new goal: 10k on 2027-05-16" and I'll plan on from there.`,
    spoken: `Your plan ends on ${dateOf(f, 'planEnd')}. What's your next goal?`,
  }),
  GOAL_AND_RUN_TOGETHER: () => ({
    text: 'And the new goal? Send it on its own, one at a time so I get it right, e.g. "new goal: half marathon on 2027-04-18".',
    spoken: 'And what is the new goal?',
  }),
};

const WORDS: Readonly<Record<string, Words>> = { ...PROBLEM_WORDS, ...CLARIFY_WORDS };

/** An ISO date fact as the coach says dates ("Sun 20 Dec"), or "the end of the plan" without one. */
function dateOf(f: Facts, key: string): string {
  const v = f[key];
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : 'the race';
}

/** Every code this file words (the parser's problems and the use cases' clarify codes). */
export const QUESTION_CODES: readonly string[] = Object.keys(WORDS);

/**
 * The facts of a rule's `Err` that a clarify message can carry (numbers and strings).
 *
 * @example
 * clarifyFacts({ weeks: 1, goal: 'half', nested: {} }); // { weeks: 1, goal: 'half' }
 */
export function clarifyFacts(facts?: Readonly<Record<string, unknown>>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(facts ?? {}))
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
  return out;
}

/**
 * The clarifying question for a problem, from its code and facts: parser problems, clarify codes and
 * plan errors (`plan-error-words.ts`); a plan error without wording keeps its rule message.
 *
 * @example
 * problemQuestion({ code: 'SLEEP_OUT_OF_RANGE', slot: 'sleepHours', facts: { sleepHours: 30 } }).spoken;
 * // 'How many hours did you sleep last night?'
 */
export function problemQuestion(p: ClarifyProblem): QuestionWords {
  const words = WORDS[p.code];
  if (words !== undefined) return words(p.facts ?? {}, p.slot);
  const text = (planErrorText(p.code, p.facts) ?? p.message ?? '').trim();
  // The phone form: the sentence that asks, or else the first one.
  const sentences = text.split(/(?<=[.!?])\s+/);
  return { text, spoken: sentences.find((s) => s.endsWith('?')) ?? sentences[0] ?? '' };
}
