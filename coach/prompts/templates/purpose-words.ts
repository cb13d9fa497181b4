/**
 * A session's purpose, worded from its code and facts (`coach/rules/plan` and `coach/rules/adapt` return
 * only those): the full line for the plan table, chat and the API (`text`, the wording the engine used
 * before issue 11 §7, word for word), and one sentence for the phone line (`spoken`). Every persona
 * keeps these words: the persona speaks in the lines around them (`voices.ts`).
 */
import type { Purpose, PurposeCode } from '../../rules/plan/types.js';
import { firstSentences } from './shared.js';

/** A purpose in both forms: `text` (the whole line, '' for none) and `spoken` (one sentence). */
export interface PurposeWords {
  readonly text: string;
  readonly spoken: string;
}

type Facts = Readonly<Record<string, number | string>>;

const GOAL_NAMES: Readonly<Record<string, string>> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'fitness',
};

const goal = (f: Facts): string => GOAL_NAMES[String(f['goal'])] ?? 'race';
const num = (f: Facts, k: string): number => Number(f[k] ?? Number.NaN);
const line = (text: string, spoken: string): PurposeWords => ({ text, spoken });

const WORDS: Readonly<Record<Exclude<PurposeCode, 'NONE' | 'LEGACY'>, (f: Facts) => PurposeWords>> = {
  EASY: () =>
    line(
      'Easy, conversational running: builds your aerobic engine and recovers you from harder days.',
      'Easy, conversational running to build your aerobic engine.',
    ),
  EASY_STRIDES: () =>
    line(
      'Easy running with a few relaxed strides: keeps your legs quick without tiring you.',
      'Easy running with a few relaxed strides to keep your legs quick.',
    ),
  LONG: (f) =>
    line(
      `Long run at easy effort: builds the endurance your ${goal(f)} rests on.`,
      `A long run at easy effort for the endurance your ${goal(f)} rests on.`,
    ),
  MEDIUM_LONG: (f) =>
    line(
      `Medium-long run at easy effort: a second, shorter long run midweek that deepens the endurance your ${goal(f)} needs.`,
      `A second, shorter long run midweek for the endurance your ${goal(f)} needs.`,
    ),
  RECOVERY: () =>
    line(
      'Short, very easy recovery run: blood flow for legs tired from the day before, nothing more.',
      'A short, very easy recovery run, nothing more.',
    ),
  LONG_MARATHON_PACE: (f) =>
    line(
      `Long run with a marathon-pace segment late in the run: rehearses your ${goal(f)} pace, fuelling and focus on tired legs.`,
      `A long run with a marathon-pace segment late on to rehearse your ${goal(f)} pace.`,
    ),
  LONG_THRESHOLD: (f) =>
    line(
      `Long run with threshold blocks in its second half: holds a strong ${goal(f)} effort on tired legs.`,
      `A long run with threshold blocks late on, a strong ${goal(f)} effort on tired legs.`,
    ),
  RUN_WALK: () =>
    line(
      "Run/walk: builds the running habit and your body's tolerance a little at a time.",
      'Run/walk to build the running habit a little at a time.',
    ),
  LONG_RUN_WALK: () =>
    line(
      'Longer run/walk: more time on your feet at an easy effort, walking breaks included.',
      'A longer run/walk, more time on your feet with walking breaks.',
    ),
  TEMPO: () =>
    line(
      'Steady threshold running: raises the pace you can hold for about an hour.',
      'Steady threshold running to raise the pace you can hold for an hour.',
    ),
  CRUISE: () =>
    line(
      'Threshold intervals with short jogs: more time at threshold pace than one steady run allows.',
      'Threshold intervals with short jogs, more time at threshold pace.',
    ),
  INTERVALS: () =>
    line(
      'Intervals at I pace: stretch your aerobic ceiling (VO2max) with 3–5 minute efforts.',
      'Intervals to stretch your aerobic ceiling.',
    ),
  REPETITIONS: () =>
    line(
      'Short fast repetitions with full recoveries: speed and running economy, not fatigue.',
      'Short fast repetitions for speed and economy, not fatigue.',
    ),
  MARATHON_PACE: () =>
    line(
      'Marathon-pace running: rehearses race rhythm, fuelling and patience.',
      'Marathon-pace running to rehearse race rhythm and fuelling.',
    ),
  HILLS: () =>
    line(
      'Short hill sprints with easy recoveries: power and strong, resilient legs.',
      'Short hill sprints for power and strong legs.',
    ),
  SHAKEOUT: () =>
    line(
      'A short shakeout: loose legs for tomorrow, nothing more.',
      'A short shakeout for loose legs tomorrow.',
    ),
  RACE: (f) => {
    const race = `Race day: your ${goal(f)}. Start controlled, settle into goal pace, finish strong.`;
    if (f['runMinutes'] === undefined)
      return line(race, `Race day: start controlled, settle into goal pace and finish strong.`);
    const run = num(f, 'runMinutes');
    const walk = num(f, 'walkMinutes');
    return line(
      `${race} Run/walk it as you trained: ${run} min running, ${walk} min walking, from the first minute; a brisk walk is your warm-up.`,
      `Race day: run/walk it as you trained, ${run} minutes running and ${walk} walking.`,
    );
  },
  EASY_NEXT_TO_HARD: () =>
    line(
      'Easy running: the day next to a hard one stays easy so you absorb the work.',
      'Easy running, so you absorb the hard day next to it.',
    ),
  EASED_HARD_RPE: () =>
    line(
      'Eased: your last run felt much harder than it should have.',
      'Eased, because your last run felt much harder than it should have.',
    ),
  LIGHTER_WEEK_HARD_RPE: () =>
    line('Lighter week: recent runs felt too hard.', 'A lighter week, because recent runs felt too hard.'),
  EASY_WHILE_PAIN: () =>
    line(
      'Easy only today: no hard running while something hurts.',
      'Easy only today, no hard running while something hurts.',
    ),
  PAIN_PAUSED_REST: () =>
    line(
      'Rest: running is paused until a qualified professional has checked the pain.',
      'Rest, running is paused until a professional has checked the pain.',
    ),
  RED_FLAG_REST: () =>
    line('Rest today: stop and get the symptom checked.', 'Rest today, and get the symptom checked.'),
  POST_RACE_EASY: (f) =>
    line(
      `Easy: recovery after your race on ${String(f['raceDate'])}, quality resumes after ${String(f['until'])}.`,
      'Easy, to recover from your race.',
    ),
  BACK_AFTER_BREAK: (f) =>
    line(
      `Back after ${num(f, 'daysOff')} days off: ${num(f, 'keepPercent')} % of the planned time${num(f, 'easyOnly') === 1 ? ', easy only' : ''}.`,
      `Back after ${num(f, 'daysOff')} days off, so ${num(f, 'keepPercent')} percent of the planned time.`,
    ),
  ILLNESS_RETURN: (f) =>
    line(
      `Graded return after illness: ${num(f, 'keepPercent')} % of the planned time${num(f, 'easyOnly') === 1 ? ', easy only' : ''}.`,
      `A gentle return after illness, ${num(f, 'keepPercent')} percent of the planned time.`,
    ),
  ILLNESS_REST: () =>
    line(
      'Rest: you are ill. Training resumes gently once you are well.',
      'Rest while you are ill, training resumes gently once you are well.',
    ),
  TWO_SHORT_NIGHTS: () =>
    line(
      'Easy today: two short nights, so recovery first.',
      'Easy today, two short nights so recovery first.',
    ),
  UNDER_RECOVERED_REST: () =>
    line('Rest: your body is asking for recovery.', 'Rest, your body is asking for recovery.'),
  UNDER_RECOVERED_EASY: () =>
    line('Easy instead of hard: recover first.', 'Easy instead of hard, so you recover first.'),
  MORNING_NUMBERS_EASY: () =>
    line(
      'Easy instead of hard: your morning numbers say recover first.',
      'Easy instead of hard, your morning numbers say recover first.',
    ),
  MISSED_DAYS_EASY: () =>
    line(
      'Easy: after missed days we keep the long run and one key session, and never cram.',
      'Easy, after missed days we never cram.',
    ),
  PROTECT_QUALITY: () =>
    line(
      'Shorter and strictly easy, so the next quality day can be run hard.',
      'Shorter and strictly easy, so the next quality day can be run hard.',
    ),
  EASED_OVERSHOOT: () =>
    line(
      'Eased: your last run went well beyond what was planned.',
      'Eased, because your last run went well beyond the plan.',
    ),
  LIGHTER_WEEK_OVERSHOOT: () =>
    line(
      'Lighter: the last seven days went well over plan.',
      'Lighter, because the last seven days went well over plan.',
    ),
  ACWR_LIGHTER: () =>
    line(
      'A little lighter: load has climbed fast and you are tired.',
      'A little lighter, your load has climbed fast.',
    ),
  ACWR_LIGHTER_OVERSHOOT: () =>
    line(
      'A little lighter: your load has climbed fast because recent runs went well past the plan.',
      'A little lighter, your load has climbed fast.',
    ),
  MONOTONY_SHORTER: () =>
    line(
      'Shorter easy run: every day has felt the same, so we vary it.',
      'A shorter easy run, to vary a week where every day felt the same.',
    ),
  WEEK_GROWTH_TRIMMED: () =>
    line(
      'Trimmed: this week would grow faster than is wise.',
      'Trimmed, so this week does not grow too fast.',
    ),
};

/** The note a builder purpose's week leads with (`week` fact). */
const WEEK_NOTES: Readonly<Record<string, string>> = {
  down: "Down week, lighter on purpose so the last weeks' work sinks in.",
  taper: 'Taper: less volume, a little sharpness, so you arrive fresh.',
};

/**
 * A session purpose's words. `NONE` has none (''); a `LEGACY` purpose (stored as English before purposes
 * were codes) shows its own text, its first sentence spoken.
 *
 * @example
 * purposeWords({ code: 'LONG', facts: { goal: 'half', week: 'down' } }).text;
 * // "Down week, lighter on purpose so the last weeks' work sinks in. Long run at easy effort: builds the endurance your half marathon rests on."
 */
export function purposeWords(purpose: Purpose): PurposeWords {
  const facts = purpose.facts ?? {};
  if (purpose.code === 'NONE') return line('', '');
  if (purpose.code === 'LEGACY') {
    const text = String(facts['text'] ?? '').trim();
    return line(text, firstSentences(text, 1));
  }
  const words = WORDS[purpose.code](facts);
  const note = WEEK_NOTES[String(facts['week'])];
  return note === undefined ? words : line(`${note} ${words.text}`, words.spoken);
}

/**
 * The purpose's full line ('' for none): what the plan table, the chat templates and the API show.
 *
 * @example
 * purposeText({ code: 'TEMPO' }); // 'Steady threshold running: raises the pace you can hold for about an hour.'
 */
export function purposeText(purpose: Purpose): string {
  return purposeWords(purpose).text;
}
