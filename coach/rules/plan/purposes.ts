/**
 * The one-line "why" of each session, in the runner's language. Wording here is the engine's plain
 * default; the persona layer (coach/prompts) may re-word it but never change what it says.
 */
import type { GoalDistance, Phase } from './types.js';

export type PurposeKey =
  | 'easy'
  | 'easy-strides'
  | 'long'
  | 'medium-long'
  | 'recovery'
  | 'long-marathon-pace'
  | 'long-threshold'
  | 'run-walk'
  | 'long-run-walk'
  | 'tempo'
  | 'cruise'
  | 'intervals'
  | 'repetitions'
  | 'marathon-pace'
  | 'hills'
  | 'shakeout'
  | 'race';

const GOAL_NAMES: Readonly<Record<GoalDistance, string>> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'fitness',
};

const BASE: Readonly<Record<PurposeKey, (goal: string) => string>> = {
  easy: () => 'Easy, conversational running: builds your aerobic engine and recovers you from harder days.',
  'easy-strides': () => 'Easy running with a few relaxed strides: keeps your legs quick without tiring you.',
  long: (g) => `Long run at easy effort: builds the endurance your ${g} rests on.`,
  'medium-long': (g) =>
    `Medium-long run at easy effort: a second, shorter long run midweek that deepens the endurance your ${g} needs.`,
  recovery: () =>
    'Short, very easy recovery run: blood flow for legs tired from the day before, nothing more.',
  'long-marathon-pace': (g) =>
    `Long run with a marathon-pace segment late in the run: rehearses your ${g} pace, fuelling and focus on tired legs.`,
  'long-threshold': (g) =>
    `Long run with threshold blocks in its second half: holds a strong ${g} effort on tired legs.`,
  'run-walk': () => "Run/walk: builds the running habit and your body's tolerance a little at a time.",
  'long-run-walk': () =>
    'Longer run/walk: more time on your feet at an easy effort, walking breaks included.',
  tempo: () => 'Steady threshold running: raises the pace you can hold for about an hour.',
  cruise: () =>
    'Threshold intervals with short jogs: more time at threshold pace than one steady run allows.',
  intervals: () => 'Intervals at I pace: stretch your aerobic ceiling (VO2max) with 3–5 minute efforts.',
  repetitions: () => 'Short fast repetitions with full recoveries: speed and running economy, not fatigue.',
  'marathon-pace': () => 'Marathon-pace running: rehearses race rhythm, fuelling and patience.',
  hills: () => 'Short hill sprints with easy recoveries: power and strong, resilient legs.',
  shakeout: () => 'A short shakeout: loose legs for tomorrow, nothing more.',
  race: (g) => `Race day: your ${g}. Start controlled, settle into goal pace, finish strong.`,
};

const PHASE_NOTES: Readonly<Partial<Record<Phase, string>>> = {
  taper: 'Taper: less volume, a little sharpness, so you arrive fresh.',
};

/**
 * The purpose line for a session.
 *
 * @example
 * sessionPurpose('long', 'half', 'build', false); // 'Long run at easy effort: builds the endurance your half marathon rests on.'
 * sessionPurpose('easy', '10k', 'base', true);    // 'Down week: … ' + easy purpose
 */
export function sessionPurpose(key: PurposeKey, goal: GoalDistance, phase: Phase, downWeek: boolean): string {
  const line = BASE[key](GOAL_NAMES[goal]);
  if (key === 'race') return line;
  if (downWeek) return `Down week, lighter on purpose so the last weeks' work sinks in. ${line}`;
  const note = PHASE_NOTES[phase];
  return note === undefined ? line : `${note} ${line}`;
}
