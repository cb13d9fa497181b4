/**
 * Formatting of engine facts for people: distances and paces in the runner's unit, durations, dates, HR
 * ranges and session steps. Pure; every template and the numbers guard share these, so what a template
 * shows is exactly what the guard accepts.
 */
import type { Weekday } from '../rules/calendar/weekday.js';
import { weekday } from '../rules/calendar/index.js';
import type { Range, Session, SessionKind, Step } from '../rules/plan/types.js';
import { formatDuration, formatPace } from '../rules/units/duration.js';
import { METERS_PER_MILE } from '../rules/units/race-distance.js';
import type { Units } from './persona.js';

/** Kilometres in one mile (international mile). */
export const KM_PER_MILE = METERS_PER_MILE / 1000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_NAMES = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
} as const;

/** Rounds to one decimal and drops a trailing `.0`. */
export function oneDecimal(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/**
 * A distance in the runner's unit, one decimal at most.
 *
 * @param km distance in kilometres
 * @example
 * formatDistance(10, 'km'); // '10 km'
 * formatDistance(10, 'mi'); // '6.2 mi'
 */
export function formatDistance(km: number, units: Units): string {
  return units === 'km' ? `${oneDecimal(km)} km` : `${oneDecimal(km / KM_PER_MILE)} mi`;
}

/**
 * A pace (s/km) in the runner's unit.
 *
 * @example
 * showPace(315, 'km'); // '5:15/km'
 */
export function showPace(secondsPerKm: number, units: Units): string {
  return formatPace(secondsPerKm, units);
}

/**
 * A pace range (s/km, `from` the faster end) in the runner's unit.
 *
 * @example
 * formatPaceRange({ from: 296, to: 334 }, 'km'); // '4:56–5:34/km'
 */
export function formatPaceRange(range: Range, units: Units): string {
  const from = showPace(range.from, units);
  if (Math.round(range.from) === Math.round(range.to)) return from;
  const to = showPace(range.to, units);
  return `${from.split('/')[0]}–${to}`;
}

/**
 * A duration in minutes as people say it: seconds under a minute, whole minutes under two hours.
 *
 * @param minutes duration in minutes
 * @example
 * formatMinutes(45);   // '45 min'
 * formatMinutes(0.33); // '20 s'
 */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  return `${Math.round(minutes)} min`;
}

/**
 * A clock time (race or run time) from seconds.
 *
 * @example
 * formatClock(6418); // '1:46:58'
 */
export function formatClock(seconds: number): string {
  return formatDuration(seconds);
}

/** Weekday names in full, by the rules' weekday codes ("long run on Sunday"). */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = Object.freeze({
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
});

/**
 * An ISO date as a short day: weekday, day of month, month.
 *
 * @example
 * formatDate('2027-01-19'); // 'Tue 19 Jan'
 */
export function formatDate(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? '';
  return `${DAY_NAMES[weekday(iso)]} ${d ?? ''} ${month}`;
}

/**
 * A heart-rate range.
 *
 * @example
 * formatHr({ from: 136, to: 154 }); // '136–154 bpm'
 */
export function formatHr(range: Range): string {
  return `${Math.round(range.from)}–${Math.round(range.to)} bpm`;
}

const KIND_NAMES: Readonly<Record<SessionKind, string>> = Object.freeze({
  easy: 'easy run',
  long: 'long run',
  recovery: 'recovery run',
  tempo: 'tempo run',
  intervals: 'interval session',
  repetitions: 'repetitions',
  'marathon-pace': 'marathon-pace run',
  hills: 'hill session',
  'run-walk': 'run/walk',
  race: 'race',
  rest: 'rest day',
});

/**
 * What a session kind is called in a reply.
 *
 * @example
 * sessionName('tempo'); // 'tempo run'
 */
export function sessionName(kind: SessionKind): string {
  return KIND_NAMES[kind];
}

const STEP_NAMES: Readonly<Record<Step['kind'], string>> = Object.freeze({
  warmup: 'warm-up',
  run: 'run',
  rep: 'rep',
  recovery: 'recovery jog',
  cooldown: 'cool-down',
  walk: 'walk',
  strides: 'strides',
});

const INTENSITY_NAMES: Readonly<Record<Step['intensity'], string>> = Object.freeze({
  E: 'easy',
  M: 'marathon pace',
  T: 'threshold',
  I: 'interval pace',
  R: 'repetition pace',
  walk: 'walking',
});

/**
 * One step as a line: repeats, length, what, pace and HR.
 *
 * @example
 * formatStep({ kind: 'rep', intensity: 'T', minutes: 7, repeat: 3, pace: { from: 312, to: 320 } }, 'km');
 * // '3 × 7 min threshold (5:12–5:20/km)'
 */
export function formatStep(step: Step, units: Units): string {
  const length =
    step.minutes !== undefined
      ? formatMinutes(step.minutes)
      : step.km !== undefined
        ? formatDistance(step.km, units)
        : '';
  const reps = step.repeat !== undefined && step.repeat > 1 ? `${step.repeat} × ` : '';
  const what =
    step.kind === 'rep' || step.kind === 'run'
      ? INTENSITY_NAMES[step.intensity]
      : step.kind === 'strides'
        ? 'strides, relaxed and quick'
        : `${STEP_NAMES[step.kind]}${step.intensity === 'E' && step.kind !== 'recovery' ? ' easy' : ''}`;
  const targets: string[] = [];
  if (step.pace !== undefined) targets.push(formatPaceRange(step.pace, units));
  if (step.hr !== undefined) targets.push(formatHr(step.hr));
  const tail = targets.length > 0 ? ` (${targets.join(', ')})` : '';
  return `${reps}${length} ${what}${tail}`.replace(/\s+/g, ' ').trim();
}

/**
 * A session's headline: name, total minutes and distance.
 *
 * @example
 * sessionHeadline(tempoSession, 'km'); // 'tempo run, 49 min, about 8.3 km'
 */
export function sessionHeadline(session: Session, units: Units): string {
  if (session.kind === 'rest') return 'rest day';
  return `${sessionName(session.kind)}, ${formatMinutes(session.minutes)}, about ${formatDistance(session.km, units)}`;
}

/**
 * The steps of a session, one per line, prefixed with `• `.
 *
 * @example
 * formatSteps(tempoSession, 'km'); // '• 15 min warm-up easy (6:08–6:51/km, 136–154 bpm)\n• …'
 */
export function formatSteps(session: Session, units: Units): string {
  return session.steps.map((s) => `• ${formatStep(s, units)}`).join('\n');
}
