/**
 * The notes a plan carries, worded from their code and facts (`coach/rules/plan` returns only those):
 * the full note for the plan table and chat, and a two-sentence form for the phone line.
 */
import type { PlanNote } from '../../rules/plan/types.js';

/** A plan note in both forms: `text` (the whole note) and `spoken` (two short sentences at most). */
export interface NoteWords {
  readonly text: string;
  readonly spoken: string;
}

const n = (note: PlanNote, k: string): number => note.facts[k] ?? Number.NaN;

function startAboveStated(note: PlanNote): NoteWords {
  const stated = n(note, 'statedMinutes');
  return {
    text:
      `${stated === 0 ? 'You are starting from no running' : `You run about ${stated} min a week`}; the smallest week a plan starts from is ${n(note, 'minStartMinutes')} min, ` +
      `so your first week is run/walk: ${n(note, 'startMinutes')} min on your feet, about ${n(note, 'runningMinutes')} of them running, the rest walking.`,
    spoken: `Your first week is run/walk: ${n(note, 'startMinutes')} minutes on your feet, about ${n(note, 'runningMinutes')} of them running.`,
  };
}

const every = (weeks: number): string => (weeks === 3 ? 'third' : `${weeks}th`);

function injuryAdjusted(note: PlanNote): NoteWords {
  const about = note.injury;
  const how =
    about === undefined
      ? ''
      : about.recent && about.recurring
        ? 'recent, recurring '
        : about.recent
          ? 'recent '
          : 'recurring ';
  const area = (about?.area ?? 'injury').replace(/\bachilles\b/i, 'Achilles');
  const calf = n(note, 'achillesOrCalf') === 1;
  const fast = calf
    ? `no fast repetitions or hill sprints, and no intervals or strides in the first ${n(note, 'noFastWeeks')} weeks (threshold running stays): quick, springy running loads the Achilles and calf the most`
    : 'no fast repetitions or hill sprints';
  const pain = n(note, 'painMaxScore');
  return {
    text:
      `You told me about a ${how}${area} problem, so the plan is gentler: weekly time rises at most ${n(note, 'rampPercent')} % ` +
      `a week with a lighter week every ${every(n(note, 'downWeekEvery'))}, ${fast}. ` +
      `Pain rule: run on only while the pain stays at ${pain}/10 or less during the run, has settled by the next morning, ` +
      `and is no worse from one week to the next; otherwise stop and tell me, and see a physio if it does not settle.`,
    spoken: `Because of your ${area}, the plan ramps gently. Keep running only while the pain stays at ${pain} out of 10 or less.`,
  };
}

const WORDS: Readonly<Record<PlanNote['code'], (note: PlanNote) => NoteWords>> = {
  START_ABOVE_STATED_VOLUME: startAboveStated,
  INJURY_ADJUSTED: injuryAdjusted,
};

/**
 * A plan note's words. A note stored before the rules stopped wording them keeps its own message.
 *
 * @example
 * planNoteWords({ code: 'START_ABOVE_STATED_VOLUME', facts: { statedMinutes: 20, startMinutes: 60,
 *   runningMinutes: 22, minStartMinutes: 60 } }).spoken;
 * // 'Your first week is run/walk: 60 minutes on your feet, about 22 of them running.'
 */
export function planNoteWords(note: PlanNote): NoteWords {
  if (note.message !== undefined) return { text: note.message, spoken: note.message };
  return WORDS[note.code](note);
}
