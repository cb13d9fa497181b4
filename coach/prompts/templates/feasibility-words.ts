/**
 * A plan's feasibility, worded from its notes (`coach/rules/plan/feasibility.ts` returns only codes with
 * facts): the whole line for the plan table, chat and the API (`feasibilityText`, the wording the engine
 * used before issue 11 §7, word for word) and one sentence for the phone (`feasibilitySpoken`). A plan
 * stored before notes existed keeps its `message`, read back as is. Every persona keeps these words.
 */
import { formatDuration } from '../../rules/units/duration.js';
import type { Feasibility, FeasibilityCode, FeasibilityNote } from '../../rules/plan/types.js';

/** A feasibility line in both forms: `text` (as written) and `spoken` (one sentence). */
export interface FeasibilityWords {
  readonly text: string;
  readonly spoken: string;
}

type Facts = NonNullable<FeasibilityNote['facts']>;

const num = (f: Facts, k: string): number => Number(f[k] ?? Number.NaN);
const str = (f: Facts, k: string): string => String(f[k] ?? '');
const time = (f: Facts, k: string): string => formatDuration(num(f, k));
const vdot = (f: Facts, k = 'vdot'): string => num(f, k).toFixed(1);
const today = (f: Facts): string => `today's fitness (VDOT ${vdot(f)}) says ${time(f, 'predictedTime')}`;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const line = (text: string, spoken: string): FeasibilityWords => ({ text, spoken });

/** Every feasibility code's words. */
export const FEASIBILITY_WORDS: Readonly<Record<FeasibilityCode, (f: Facts) => FeasibilityWords>> = {
  TARGET_OUT_OF_REACH: (f) =>
    line(
      `A ${time(f, 'target')} needs VDOT ${f['neededVdot'] === undefined ? 'beyond any runner' : vdot(f, 'neededVdot')}: more than this build can bring. ` +
        `${capitalise(today(f))}, and ${num(f, 'trainingWeeks')} training weeks can plausibly take you to about VDOT ${vdot(f, 'raceDayVdot')}, about ${time(f, 'potentialTime')} if training goes well. ` +
        `A realistic target is ${time(f, 'realisticTarget')}. Race pace follows your current fitness and rises only when a race or your sessions show it.`,
      `${time(f, 'target')} is more than this build can bring, so ${time(f, 'realisticTarget')} is a realistic target.`,
    ),
  TARGET_WITHIN_REACH_IF_TRAINING: (f) =>
    line(
      `${time(f, 'target')} is within reach if training goes well (about ${time(f, 'potentialTime')} by race day): ${today(f)}, so the race step is paced at today's fitness and moves towards your target only as a race or your sessions show it.`,
      `${time(f, 'target')} is within reach if training goes well.`,
    ),
  TARGET_WITHIN_REACH: (f) =>
    line(`${time(f, 'target')} is within reach: ${today(f)}.`, `${time(f, 'target')} is within reach.`),
  PREDICTED: (f) =>
    line(
      `Predicted race-day time ${time(f, 'predictedTime')} from today's fitness (VDOT ${vdot(f)}); if training goes well, about ${time(f, 'potentialTime')} (VDOT about ${vdot(f, 'raceDayVdot')} by race day).`,
      `Today's fitness predicts ${time(f, 'predictedTime')} on race day.`,
    ),
  LOW_VOLUME: (f) =>
    line(
      `This build peaks at about ${num(f, 'peakWeekKm')} km a week, light for a ${str(f, 'goal')} (the race equivalents assume ${num(f, 'adequateKm')} km or more), so race pace starts from the conservative end.`,
      `This build is light on volume, so race pace starts on the conservative side.`,
    ),
  ESTIMATED_VDOT: () =>
    line(
      'Fitness is estimated from your easy pace (on the cautious side); a race result, even a 5K, will sharpen paces and the prediction.',
      'Fitness is estimated from your easy pace, so a race result will sharpen it.',
    ),
  SHORT_BUILD: (f) => {
    const level = str(f, 'level');
    return line(
      `${num(f, 'weeks')} weeks is short for ${level === 'intermediate' ? 'an' : 'a'} ${level} runner preparing a ${str(f, 'goal')}: allow ${num(f, 'comfortableWeeks')}+ weeks or pick a later race; this plan keeps the build safe rather than complete.`,
      `${num(f, 'weeks')} weeks is short, so this plan keeps the build safe rather than complete.`,
    );
  },
  DAY_CAP_TOO_SHORT: (f) =>
    line(
      `At most ${num(f, 'capMinutes')} minutes a day leaves no room for the long runs a ${str(f, 'goal')} needs (at least ${num(f, 'neededMinutes')} minutes): free one longer day a week, or pick a shorter race.`,
      `${num(f, 'capMinutes')} minutes a day is too short for the long runs this race needs.`,
    ),
  NO_RACE_RESULT: () =>
    line(
      'No race result yet: sessions go by effort; race once (even a 5K) to unlock paces and a prediction.',
      'No race result yet, so sessions go by effort.',
    ),
  GENERAL_FITNESS: (f) =>
    line(`General fitness over ${num(f, 'weeks')} weeks.`, `General fitness over ${num(f, 'weeks')} weeks.`),
};

/** One note's words. */
export function feasibilityNoteWords(note: FeasibilityNote): FeasibilityWords {
  return FEASIBILITY_WORDS[note.code](note.facts ?? {});
}

/**
 * The whole feasibility line: its notes worded and joined, or a stored plan's `message` as is.
 *
 * @example
 * feasibilityText({ ok: true, notes: [{ code: 'GENERAL_FITNESS', facts: { weeks: 8 } }] }); // 'General fitness over 8 weeks.'
 */
export function feasibilityText(f: Feasibility): string {
  if (f.notes === undefined || f.notes.length === 0) return f.message ?? '';
  return f.notes.map((n) => feasibilityNoteWords(n).text).join(' ');
}

/** The feasibility in one sentence (the first note's spoken form, or a stored message's first sentence). */
export function feasibilitySpoken(f: Feasibility): string {
  const first = f.notes?.[0];
  if (first === undefined) return (f.message ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';
  return feasibilityNoteWords(first).spoken;
}
