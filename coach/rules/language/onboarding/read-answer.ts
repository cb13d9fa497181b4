/**
 * Reads every onboarding slot an answer fills, whichever question was asked: "half marathon in april"
 * gives the goal and the race month; one paragraph can give goal, date, days, volume and a recent race.
 * Bare answers ("25", "sun", "no", "41") count only for the question asked. A question to the coach or a
 * run being reported is an aside: nothing from it becomes a slot. Deterministic, never throws.
 */
import { addDays } from '../../calendar/index.js';
import { MAX_MESSAGE_CHARS } from '../limits.js';
import { normalizeText } from '../normalize.js';
import { numberWordsToDigits } from '../number-words.js';
import { parseMessage } from '../parse-message.js';
import { extractDate, WEEKDAY_WORDS } from '../dates.js';
import { personaFrom } from '../preferences.js';
import { runningDaysFrom } from './days.js';
import { goalFrom, targetFrom } from './goal.js';
import { NO_RACE, raceFrom } from './race.js';
import { dayInMonth, raceDateFrom, type RaceMonth } from './race-date.js';
import { ageFrom, heartRatesFrom, injuriesFrom, levelFrom, unitsFrom } from './runner-facts.js';
import type { GoalDistance, OnboardingFacts, OnboardingReading, OnboardingSlot } from './types.js';
import { longestRunHit, volumeFrom } from './volume.js';

export interface OnboardingReadContext {
  /** The runner's today, ISO (from the injected clock). */
  readonly today: string;
  /** The unit bare numbers are in (the runner's choice so far). */
  readonly units: 'km' | 'mi';
  /** The question the message answers. */
  readonly asking: OnboardingSlot;
  /** The goal already known, to read a target time in the right unit. */
  readonly goal?: GoalDistance;
  /** The race month already known, when only the day is missing. */
  readonly raceMonth?: RaceMonth;
}

const QUESTION =
  /^\s*(?:what|what'?s|whats|why|how(?! about)|can|could|should|shall|is|are|do|does|did you|will|would|when|where|which|who|wdym)\b[^?]*\?/;
const NO = /^\s*(?:no|nope|nah|none|nothing|n\/a|-|not really|never)\b/;
const FIRST_DAY = new RegExp(
  String.raw`\b(${Object.keys(WEEKDAY_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})s?\b`,
);
/** A date within this many days back makes a distance or time a run being reported, not a race result. */
const RUN_REPORT_DAYS = 1;

/** A run done today or yesterday ("ran 5k today in 28 min"), not a race (races are onboarding facts). */
const RAN = /\b(?:ran|run|did|done|finished|jogged|went for|got back from|just)\b/;
const RACE_WORD = /\b(?:race|raced|racing|parkrun|pb|pr|personal best)\b/;

function isRunReport(t: string, ctx: OnboardingReadContext): boolean {
  if (!RAN.test(t) || RACE_WORD.test(t)) return false;
  const parsed = parseMessage(t, { today: ctx.today, units: ctx.units });
  const aboutARun = parsed.intents.some((i) => i === 'log_run' || i === 'race_result');
  if (!aboutARun) return false;
  const when = extractDate(t, ctx.today, 'past')?.date;
  const recent = when !== undefined && when >= addDays(ctx.today, -RUN_REPORT_DAYS) && when <= ctx.today;
  return recent || /^\s*just (?:ran|did|finished|got back)\b/.test(t);
}

/**
 * Reads `raw` as an answer to `ctx.asking`, keeping every other slot it fills.
 *
 * @example
 * readOnboardingAnswer('half marathon in april', { today: '2026-12-01', units: 'km', asking: 'goal' })
 * // → { facts: { goal: 'half', raceMonth: { year: 2027, month: 4 } } }
 */
export function readOnboardingAnswer(raw: string, ctx: OnboardingReadContext): OnboardingReading {
  const text = typeof raw === 'string' ? raw.slice(0, MAX_MESSAGE_CHARS) : '';
  const t = numberWordsToDigits(normalizeText(text));
  if (QUESTION.test(t)) return { facts: {}, aside: 'question' };
  const runReport = isRunReport(t, ctx);
  const asked = (...slots: OnboardingSlot[]) => slots.includes(ctx.asking);
  const facts: { -readonly [K in keyof OnboardingFacts]: OnboardingFacts[K] } = {};

  const units = unitsFrom(t, asked('units'));
  const volume = volumeFrom(t, units ?? ctx.units, asked('volume'));
  if (units ?? volume?.unit) facts.units = units ?? volume?.unit;
  if (volume?.weeklyKm !== undefined) facts.weeklyKm = volume.weeklyKm;
  if (volume?.weeklyMinutes !== undefined) facts.weeklyMinutes = volume.weeklyMinutes;

  const goal = goalFrom(t, asked('goal'));
  if (goal) facts.goal = goal;
  if ((NO_RACE.test(t) && !asked('goal')) || (asked('race') && NO.test(t))) facts.race = null;
  else {
    const race = raceFrom(t);
    if (race) facts.race = race;
  }

  const monthDay = ctx.raceMonth && asked('race-date') ? dayInMonth(t, ctx.raceMonth, ctx.today) : undefined;
  const date = monthDay !== undefined ? { date: monthDay } : raceDateFrom(t, ctx.today);
  const aboutTheRace =
    asked('race-date') || goal !== undefined || /\b(?:race|event|it'?s on|is on)\b/.test(t);
  if (date?.date !== undefined && date.date > ctx.today && aboutTheRace) facts.raceDate = date.date;
  else if (date?.month !== undefined && aboutTheRace) facts.raceMonth = date.month;

  const targetGoal = goal ?? ctx.goal;
  if (targetGoal !== undefined && targetGoal !== 'fitness') {
    const how = asked('target-time') ? 'target' : asked('extras') ? 'extras' : false;
    const target = targetFrom(t, targetGoal, how);
    if (target !== undefined) facts.targetS = target;
  }

  const days = runningDaysFrom(t);
  if (days.days && (asked('days') || days.days.length > 0)) facts.days = days.days;
  if (days.count && !days.days) facts.dayCount = days.count;
  // To the long-run question, the first day named is the answer ("friday, i work weekends").
  const firstDay = asked('long-day') ? WEEKDAY_WORDS[FIRST_DAY.exec(t)?.[1] ?? ''] : undefined;
  const longDay = days.longDay ?? firstDay;
  if (longDay) facts.longDay = longDay;
  if (asked('long-day') && facts.longDay !== undefined) delete facts.days;

  const longest = longestRunHit(t, facts.units ?? ctx.units, asked('longest-run'));
  if (longest !== undefined) facts.longestRunKm = longest.km;
  if (longest?.unit !== undefined && facts.units === undefined) facts.units = longest.unit;
  const level = levelFrom(t, asked('experience'));
  if (level) facts.level = level;
  const age = ageFrom(t, asked('age', 'extras'));
  if (age !== undefined) facts.age = age;
  const injuries = injuriesFrom(t, asked('injuries', 'extras'));
  if (injuries) facts.injuries = injuries;
  Object.assign(facts, heartRatesFrom(t));
  if (asked('persona', 'extras') || /\b(?:coach|voice|persona|tone)\b/.test(t)) {
    const persona = personaFrom(t);
    if (persona) facts.persona = persona;
  }
  if (runReport) {
    // The run is not a race, a target or a longest run; the rest of the message still counts.
    delete facts.race;
    delete facts.targetS;
    delete facts.longestRunKm;
    delete facts.weeklyKm;
    delete facts.weeklyMinutes;
    if (Object.keys(facts).length === 0) return { facts: {}, aside: 'run-report' };
  }
  return { facts };
}
