import { isIsoDate } from '../calendar/index.js';
import { crossCheckSlots } from './cross-checks.js';
import { EVENING_STARTS_HOUR, extractDate } from './dates.js';
import { extractCadence } from './cadence.js';
import type { DistanceHit } from './distance.js';
import { extractDistance } from './distance.js';
import { extractDuration } from './duration.js';
import { goalMentionSpan } from './goal-mention.js';
import { extractHeartRate } from './heart-rate.js';
import { HYPOTHETICAL, inferIntents, RUN_INTENTS } from './infer-intents.js';
import { keywordIntents } from './intents.js';
import { normalizeText } from './normalize.js';
import { numberWordsToDigits } from './number-words.js';
import { extractPace } from './pace.js';
import { extractPain } from './pain.js';
import { daysFrom, pauseReasonFrom, personaFrom } from './preferences.js';
import { findRedFlags } from './red-flags.js';
import { isQuestion, opensWithQuestion } from './question.js';
import { extractRpe } from './rpe.js';
import { checkRun } from './run-checks.js';
import { applyQuestion, readCoachingQuestion } from './coaching-questions.js';
import { applyReschedule } from './reschedule.js';
import type { Extraction } from './scan.js';
import { maskSpans, matchesOf, problem, round1, spanOf } from './scan.js';
import { extractSleep } from './sleep.js';
import { extractSpeed, type SpeedHit } from './speed.js';
import type { Intent, ParseContext, ParsedMessage, Problem, Slots } from './types.js';
import { INTENT_ORDER } from './types.js';
import { extractWellness } from './wellness.js';

/** Intents about days to come: a bare weekday in them points forward. */
const AHEAD_INTENTS: readonly Intent[] = ['ask_today', 'ask_week', 'change_days', 'change_goal'];
/** A race mentioned without being run ("10k race on sunday!") is ahead of the runner. */
const FUTURE_RACE = /\brace\b/;

/** Only a position, the way a runner says it mid-run: "3k in", "im 20 min in", "about 5k in now". */
const POSITION_ALONE =
  /^\s*(?:i'?m |im |i am )?(?:about |like |around |just )?\d+(?:\.\d+)?\s*(?:k|km|miles|min)\s+in(?:\s+(?:now|so far))?\s*[.!]*\s*$/;

/**
 * The time of each rep: after a set (`6x800 in 3:20`) or said per rep (`3:20 each`). A pace after a set
 * (`5x1k @ 4:10`) stays the run's pace slot, the work's pace the assessment reads.
 */
const REP_SPLIT =
  /(?<=\b\d{1,2}\s*(?:x|×)\s*\d+(?:\.\d+)?\s*(?:m|k|km|miles|mile|s|sec)?\s*)in\s*\d{1,2}:\d{2}\b(?!\s*(?:\/|per\b|pace))|(?:@|at|in)?\s*\d{1,2}:\d{2}\s*(?:each|per rep|a rep|avg per rep)\b/;

/** Right after a day: it names that day's session ("yesterday's intervals"), not the message's day. */
const NAMES_A_SESSION =
  /^(?:'?s)?\s+(?:intervals?|run|session|workout|long run|tempo|race|track|reps|hills|effort)\b/;

/** A supposition inside a question ("if i slept 5h", "what if my legs are sore"): not a fact to store. */
const SUPPOSED = /\b(?:if|even if|assuming|in case|say) (?:i|i'?ve|i'?m|im|my|only)\b[^?.!,]*/;

/** The runner's local today: `timezoneNow.date` when valid, else `today`; undefined if neither is a date. */
function localToday(context: ParseContext): string | undefined {
  const tz = context.timezoneNow?.date;
  if (typeof tz === 'string' && isIsoDate(tz)) return tz;
  return typeof context.today === 'string' && isIsoDate(context.today) ? context.today : undefined;
}

/**
 * Turns a runner's free text into intents and slots, deterministically. Handles typos, mixed case,
 * decimal commas, numbers said as words (voice), several facts in one message, and dates relative to
 * the runner's today. Implausible values (a 10K in 3 min, RPE 15, HR 300, sleep 30 h, pain 12/10) are
 * not stored: each becomes a Problem whose `message` is the clarifying question to ask. Never throws.
 *
 * @example
 * parseMessage('ran 10k in 52:30 yesterday, felt hard, avg hr 158', { today: '2026-11-24', units: 'km' })
 * // → { intents: ['log_run', 'rpe_checkin'],
 * //     slots: { date: '2026-11-23', avgHr: 158, rpe: 5, durationS: 3150, distanceM: 10000 }, problems: [] }
 */
export function parseMessage(text: string, context: ParseContext): ParsedMessage {
  const units = context.units === 'mi' ? 'mi' : 'km';
  const today = localToday(context);
  const t = numberWordsToDigits(
    normalizeText(typeof text === 'string' ? text : '').replace(/(\d+) and a half\b/g, '$1.5'),
  );
  const slots: Slots = {};
  const problems: Problem[] = [];
  // A goal race beside a run ("…, training for a half in april") is never the run's distance or time.
  const goal = goalMentionSpan(t);
  let masked = goal ? maskSpans(t, [goal]) : t;
  const apply = (e: Extraction): void => {
    Object.assign(slots, e.slots);
    problems.push(...e.problems);
    masked = maskSpans(masked, e.spans);
  };

  const keywords = keywordIntents(t);
  const redFlags = findRedFlags(t);
  if (redFlags.length > 0) slots.redFlags = redFlags;
  // Both readings of a bare weekday; which one applies is known once the intents are.
  const pastHit = today === undefined ? undefined : extractDate(masked, today, 'past');
  const aheadHit = today === undefined ? undefined : extractDate(masked, today, 'upcoming');
  if (pastHit) masked = maskSpans(masked, [pastHit.span]);

  // A rep's time ("6x800 in 3:20 each") is not the run's.
  masked = maskSpans(masked, matchesOf(REP_SPLIT, masked).map(spanOf));
  apply(extractHeartRate(masked));
  apply(extractCadence(masked));
  const messageUnit = /\bmiles\b/.test(masked) ? 'mi' : /\d\s*(?:km|k)\b/.test(masked) ? 'km' : undefined;
  apply(extractPace(masked, units, messageUnit));
  // "should i do the tempo if i slept 5h?": a fact supposed inside a question is not stored (a pain in
  // it still is read, for safety).
  const asked = isQuestion(t);
  const supposed = asked ? matchesOf(SUPPOSED, masked).map(spanOf) : [];
  apply(extractPain(masked));
  masked = maskSpans(masked, supposed);
  apply(extractSleep(masked));
  apply(extractWellness(masked));
  apply(extractRpe(masked, slots.pains !== undefined || problems.some((p) => p.slot === 'pains')));
  const duration = extractDuration(masked);
  masked = maskSpans(masked, duration.spans);
  const speed = extractSpeed(masked);
  masked = maskSpans(masked, speed.spans);
  const distance = extractDistance(masked, units);
  const covered = distance.hit ?? distanceAtSpeed(speed.hit, duration.hit?.seconds);
  const negative = negativeRunValue(masked, distance.hit, duration.hit?.start);
  const run = negative ? { problems: [negative] } : checkRun(covered, duration.hit);
  if (run.distanceM !== undefined) slots.distanceM = run.distanceM;
  if (run.durationS !== undefined) slots.durationS = run.durationS;
  problems.push(...run.problems);
  if (distance.segmentM !== undefined && run.distanceM !== undefined) {
    const { paceSPerKm } = slots;
    slots.segment =
      paceSPerKm === undefined
        ? { distanceM: round1(distance.segmentM) }
        : { distanceM: round1(distance.segmentM), paceSPerKm };
    delete slots.paceSPerKm;
  }
  problems.push(...crossCheckSlots(slots));
  // "3k in" alone: finished 3 km, or 3 km into a run? Without a question or what the watch shows, ask.
  if (POSITION_ALONE.test(t)) {
    const slot = distance.hit ? 'distanceM' : 'durationS';
    problems.push(problem('RUN_POSITION_AMBIGUOUS', slot));
  }

  const intents = new Set(
    inferIntents({
      text: t,
      keywords,
      slots,
      problems,
      ranDistanceOrTime: distance.hit !== undefined || distance.reps || duration.hit !== undefined,
      timed: duration.hit !== undefined,
      question: asked,
      reportThenQuestion: covered !== undefined && duration.hit !== undefined && !opensWithQuestion(t),
      namedRace: distance.hit?.named === true,
    }),
  );
  const question = readCoachingQuestion(t);
  if (question) applyQuestion(intents, slots, question, t);
  const rescheduled = today !== undefined && applyReschedule(intents, slots, t, today);
  if (intents.has('change_persona')) {
    const persona = personaFrom(t);
    if (persona) slots.persona = persona;
  }
  if (intents.has('change_days')) {
    const { days, longDay } = daysFrom(t);
    if (days.length > 0) slots.days = days;
    if (longDay) slots.longDay = longDay;
  }
  if (intents.has('pause')) slots.pauseReason = pauseReasonFrom(t);

  const aboutARun = RUN_INTENTS.some((i) => intents.has(i));
  // A run asked about or planned ("can i run 15k on sunday?", "gonna do 8k sat") is the coming one.
  const looksAhead =
    !aboutARun &&
    (AHEAD_INTENTS.some((i) => intents.has(i)) ||
      HYPOTHETICAL.test(t) ||
      (FUTURE_RACE.test(t) && !intents.has('morning_checkin')));
  const dateHit = looksAhead ? aheadHit : pastHit;
  // A move or limit carries its own dates; a run reported beside it keeps its day.
  // "legs dead after yesterday's intervals": the day names a session, not the day of a check-in.
  const possessive =
    dateHit !== undefined &&
    intents.has('morning_checkin') &&
    !aboutARun &&
    NAMES_A_SESSION.test(t.slice(dateHit.span.end));
  if (
    dateHit &&
    !possessive &&
    today !== undefined &&
    !intents.has('change_days') &&
    (!rescheduled || aboutARun)
  ) {
    const notYet =
      dateHit.date > today ||
      (dateHit.laterToday === true &&
        context.timezoneNow !== undefined &&
        context.timezoneNow.hour < EVENING_STARTS_HOUR);
    if (aboutARun && notYet) {
      problems.push(problem('FUTURE_RUN_DATE', 'date', { date: dateHit.date, today }));
    } else slots.date = dateHit.date;
  }

  for (const p of problems) if (p.slot !== 'pains') delete slots[p.slot];
  const ordered = INTENT_ORDER.filter((i) => intents.has(i));
  return asked
    ? { intents: ordered, slots, problems, question: true }
    : { intents: ordered, slots, problems };
}

/** Treadmill-style reports: a speed held for a time gives the distance (`45 min at 10 km/h` → 7.5 km). */
function distanceAtSpeed(speed: SpeedHit | undefined, seconds: number | undefined): DistanceHit | undefined {
  if (!speed || seconds === undefined) return undefined;
  return { start: speed.start, meters: speed.metersPerSecond * seconds, unit: speed.unit, named: false };
}

/**
 * A minus sign written against a run's distance or time (`ran -5 km`), not a range (`4-5 km`) nor a dash
 * between two facts (`rhr 48 - 10k easy`).
 */
const MINUS_BEFORE = /(?:^|[\s(:=])[-−]$/;

/** A distance or duration the runner wrote as negative: refused with its own question. */
function negativeRunValue(
  masked: string,
  distance: DistanceHit | undefined,
  durationStart: number | undefined,
): Problem | undefined {
  if (distance && MINUS_BEFORE.test(masked.slice(Math.max(0, distance.start - 3), distance.start))) {
    return problem('VALUE_NEGATIVE', 'distanceM', {
      distanceM: -distance.meters,
    });
  }
  if (
    durationStart !== undefined &&
    MINUS_BEFORE.test(masked.slice(Math.max(0, durationStart - 3), durationStart))
  ) {
    return problem('VALUE_NEGATIVE', 'durationS');
  }
  return undefined;
}
