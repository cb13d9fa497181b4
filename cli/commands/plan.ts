/**
 * `runloop plan`: a periodised training plan from a recent race (or none), a goal, a race date and the
 * days the runner can run. Prints a week-by-week table, or the plan as JSON (`--json`): times in seconds,
 * paces in seconds per km, dates ISO. Bad input: one line on stderr, exit 2.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../command.js';
import { badInput } from '../command.js';
import { isIsoDate } from '../../coach/rules/calendar/epoch-day.js';
import type { Weekday } from '../../coach/rules/calendar/weekday.js';
import { isWeekday } from '../../coach/rules/calendar/weekday.js';
import { buildPlan } from '../../coach/rules/plan/build-plan.js';
import type { InjuryHistory, Level, PlanInput } from '../../coach/rules/plan/plan-input.js';
import type { GoalDistance } from '../../coach/rules/plan/types.js';
import { parseDuration } from '../../coach/rules/units/duration.js';
import { parseRaceDistance } from '../../coach/rules/units/race-distance.js';
import { renderPlan } from '../plan-table.js';

const USAGE = `Usage: runloop plan --goal <5k|10k|half|marathon|fitness> --race-date <YYYY-MM-DD> --start <YYYY-MM-DD>
                    --days <mon,wed,…> --long-day <day> [options]

  Current fitness (optional; the best is a recent race):
    --race <distance> --time <mm:ss|h:mm:ss>   e.g. --race 5k --time 25:00
    --easy-pace <m:ss>                          your easy pace per km, when you have no race
  Goal:
    --goal        5k, 10k, half, marathon, or fitness
    --race-date   race day (not for fitness)
    --target      target finish time, e.g. 1:55:00
    --weeks       plan length for --goal fitness (default 12)
  Your week:
    --start       first day of the plan
    --days        days you can run, e.g. mon,wed,fri,sun
    --long-day    the long-run day (one of --days)
    --max-min     the most minutes you can run on any day
  You:
    --weekly-km | --weekly-min   current weekly volume
    --longest-km  your longest run in the last few weeks
    --level       beginner, intermediate (default) or advanced
    --age         age in years
    --injury      area:recent or area:recurring (repeatable), e.g. knee:recent
    --max-hr, --resting-hr, --lthr   heart rate (bpm) for HR ranges
  --json          the plan as JSON (seconds, s/km, ISO dates)
`;

const GOALS: readonly string[] = ['5k', '10k', 'half', 'marathon', 'fitness'];
const LEVELS: readonly string[] = ['beginner', 'intermediate', 'advanced'];

interface Parsed {
  readonly input: PlanInput;
  readonly json: boolean;
}

function positiveNumber(flag: string, text: string | undefined): number | undefined | string {
  if (text === undefined) return undefined;
  const n = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(n) ? n : `${flag} must be a number, not "${text}".`;
}

/**
 * Reads the flags into a plan request; a string is the one-line complaint for stderr.
 *
 * @example
 * parsePlanArgs(['--goal', 'fitness', '--start', '2027-01-04', '--days', 'tue,sat', '--long-day', 'sat']);
 */
export function parsePlanArgs(args: string[]): Parsed | 'help' | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        race: { type: 'string' },
        time: { type: 'string' },
        'easy-pace': { type: 'string' },
        goal: { type: 'string' },
        'race-date': { type: 'string' },
        target: { type: 'string' },
        weeks: { type: 'string' },
        start: { type: 'string' },
        days: { type: 'string' },
        'long-day': { type: 'string' },
        'max-min': { type: 'string' },
        'weekly-km': { type: 'string' },
        'weekly-min': { type: 'string' },
        'longest-km': { type: 'string' },
        level: { type: 'string', default: 'intermediate' },
        age: { type: 'string' },
        injury: { type: 'string', multiple: true },
        'max-hr': { type: 'string' },
        'resting-hr': { type: 'string' },
        lthr: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    return `${(e as Error).message.split('\n')[0]} (try: runloop plan --help)`;
  }
  if (values.help) return 'help';
  const goal = values.goal;
  if (goal === undefined) return '--goal is required: 5k, 10k, half, marathon or fitness.';
  if (!GOALS.includes(goal)) return `--goal must be 5k, 10k, half, marathon or fitness, not "${goal}".`;
  if (!LEVELS.includes(values.level))
    return `--level must be beginner, intermediate or advanced, not "${values.level}".`;
  if (values.start === undefined) return '--start is required (YYYY-MM-DD).';
  if (!isIsoDate(values.start)) return `--start must be a date YYYY-MM-DD, not "${values.start}".`;
  const raceDate = values['race-date'];
  if (goal !== 'fitness') {
    if (raceDate === undefined) return '--race-date is required for a race goal (YYYY-MM-DD).';
    if (!isIsoDate(raceDate)) return `--race-date must be a date YYYY-MM-DD, not "${raceDate}".`;
  }
  if (values.days === undefined) return '--days is required, e.g. --days mon,wed,fri,sun.';
  const days = values.days
    .split(',')
    .map((d) => d.trim().toLowerCase().slice(0, 3))
    .filter((d) => d.length > 0);
  const badDay = days.find((d) => !isWeekday(d));
  if (badDay !== undefined) return `--days: unknown day "${badDay}" (use mon, tue, wed, thu, fri, sat, sun).`;
  const longDay = values['long-day']?.trim().toLowerCase().slice(0, 3);
  if (longDay === undefined) return '--long-day is required, e.g. --long-day sun.';
  if (!isWeekday(longDay)) return `--long-day: unknown day "${values['long-day']}".`;
  if (values['weekly-km'] !== undefined && values['weekly-min'] !== undefined)
    return 'give --weekly-km or --weekly-min, not both.';

  let fitness: PlanInput['fitness'] = {};
  if (values.race !== undefined || values.time !== undefined) {
    if (values.race === undefined) return '--time needs --race (e.g. --race 5k).';
    if (values.time === undefined) return '--race needs --time (mm:ss or h:mm:ss).';
    const distance = parseRaceDistance(values.race);
    if (!distance.ok) return distance.message;
    const time = parseDuration(values.time);
    if (!time.ok) return time.message;
    fitness = { race: { distanceMeters: distance.value.meters, timeSeconds: time.value } };
  } else if (values['easy-pace'] !== undefined) {
    const pace = parseDuration(values['easy-pace']);
    if (!pace.ok) return `--easy-pace must be m:ss per km, not "${values['easy-pace']}".`;
    fitness = { easyPaceSecondsPerKm: pace.value };
  }
  let targetTime: number | undefined;
  if (values.target !== undefined) {
    const t = parseDuration(values.target);
    if (!t.ok) return `--target: ${t.message}`;
    targetTime = t.value;
  }
  const numbers: Record<string, number | undefined> = {};
  for (const flag of [
    'weeks',
    'max-min',
    'weekly-km',
    'weekly-min',
    'longest-km',
    'age',
    'max-hr',
    'resting-hr',
    'lthr',
  ] as const) {
    const n = positiveNumber(`--${flag}`, values[flag]);
    if (typeof n === 'string') return n;
    numbers[flag] = n;
  }
  const injuries: InjuryHistory[] = [];
  for (const text of values.injury ?? []) {
    const m = /^([a-z][a-z -]*):(recent|recurring|recent\+recurring|old)$/i.exec(text.trim());
    if (!m) return `--injury must look like knee:recent or achilles:recurring, not "${text}".`;
    const kind = (m[2] ?? '').toLowerCase();
    injuries.push({
      area: (m[1] ?? '').trim(),
      recent: kind.includes('recent'),
      recurring: kind.includes('recurring'),
    });
  }
  const hr = {
    ...(numbers['max-hr'] === undefined ? {} : { maxHr: numbers['max-hr'] }),
    ...(numbers['resting-hr'] === undefined ? {} : { restingHr: numbers['resting-hr'] }),
    ...(numbers['lthr'] === undefined ? {} : { lthr: numbers['lthr'] }),
  };
  const optional = <K extends string>(key: K, value: number | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>;
  const input: PlanInput = {
    fitness,
    goal: {
      distance: goal as GoalDistance,
      ...(goal === 'fitness' ? optional('weeks', numbers['weeks']) : { raceDate: raceDate as string }),
      ...optional('targetTime', targetTime),
    },
    startDate: values.start,
    availableDays: days as Weekday[],
    longRunDay: longDay,
    level: values.level as Level,
    ...optional('maxMinutesPerDay', numbers['max-min']),
    ...optional('weeklyKm', numbers['weekly-km']),
    ...optional('weeklyMinutes', numbers['weekly-min']),
    ...optional('longestRunKm', numbers['longest-km']),
    ...optional('age', numbers['age']),
    ...(injuries.length === 0 ? {} : { injuries }),
    ...(Object.keys(hr).length === 0 ? {} : { hr }),
  };
  return { input, json: values.json };
}

/** Runs `runloop plan …`; resolves to the exit code. */
async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parsePlanArgs(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') return badInput(io, 'plan', parsed);
  const plan = buildPlan(parsed.input);
  if (!plan.ok) {
    // A race the long runs cannot reach: name the flag that plans the shorter race it offers.
    const shorter = plan.code === 'LONG_RUN_NOT_REACHABLE' ? plan.facts?.['shorterRace'] : undefined;
    const hint = typeof shorter === 'string' ? ` Try: --goal ${shorter}.` : '';
    return badInput(io, 'plan', `${plan.message}${hint} (${plan.code})`);
  }
  io.stdout(parsed.json ? `${JSON.stringify(plan.value)}\n` : renderPlan(plan.value));
  return 0;
}

const plan: CliCommand = {
  summary: 'A periodised training plan from a race result, a goal and your week',
  run,
};

export default plan;
