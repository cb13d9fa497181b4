/**
 * The flags of `runloop plan` read into a plan request. Distances given in miles (`--weekly-mi`,
 * `--longest-mi`, and `--easy-pace` under `--units mi`) become km: the engine works in km.
 */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../coach/rules/calendar/epoch-day.js';
import type { Weekday } from '../coach/rules/calendar/weekday.js';
import { isWeekday } from '../coach/rules/calendar/weekday.js';
import type { InjuryHistory, Level, PlanInput } from '../coach/rules/plan/plan-input.js';
import type { GoalDistance } from '../coach/rules/plan/types.js';
import { parseDuration } from '../coach/rules/units/duration.js';
import { METERS_PER_MILE, parseRaceDistance } from '../coach/rules/units/race-distance.js';

/** Kilometres in one mile: `--weekly-mi` and `--longest-mi` are turned into km with it. */
const KM_PER_MILE = METERS_PER_MILE / 1000;
const WEEKEND: readonly Weekday[] = ['sat', 'sun'];

const GOALS: readonly string[] = ['5k', '10k', 'half', 'marathon', 'fitness'];
const LEVELS: readonly string[] = ['beginner', 'intermediate', 'advanced'];

export interface Parsed {
  readonly input: PlanInput;
  readonly json: boolean;
  /** The unit of the table (`--units`); the JSON is always km and s/km. */
  readonly units: 'km' | 'mi';
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
        'max-min-weekend': { type: 'string' },
        units: { type: 'string', default: 'km' },
        'weekly-km': { type: 'string' },
        'weekly-mi': { type: 'string' },
        'weekly-min': { type: 'string' },
        'longest-km': { type: 'string' },
        'longest-mi': { type: 'string' },
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
  const units = values.units.trim().toLowerCase();
  if (units !== 'km' && units !== 'mi') return `--units must be km or mi, not "${values.units}".`;
  if (
    [values['weekly-km'], values['weekly-mi'], values['weekly-min']].filter((v) => v !== undefined).length > 1
  )
    return 'give one of --weekly-km, --weekly-mi or --weekly-min, not several.';
  if (values['longest-km'] !== undefined && values['longest-mi'] !== undefined)
    return 'give --longest-km or --longest-mi, not both.';

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
    if (!pace.ok) return `--easy-pace must be m:ss per ${units}, not "${values['easy-pace']}".`;
    fitness = { easyPaceSecondsPerKm: units === 'mi' ? pace.value / KM_PER_MILE : pace.value };
  }
  let targetTime: number | undefined;
  if (values.target !== undefined) {
    const t = parseDuration(values.target);
    if (!t.ok) return `--target: ${t.message}`;
    targetTime = t.value;
  }
  const numbers: Record<string, number | undefined> = {};
  const caps = dayCaps(values['max-min'], values['max-min-weekend']);
  if (typeof caps === 'string') return caps;
  for (const flag of [
    'weeks',
    'weekly-km',
    'weekly-mi',
    'weekly-min',
    'longest-km',
    'longest-mi',
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
    ...optional('maxMinutesPerDay', caps.every),
    ...(caps.byDay === undefined ? {} : { maxMinutesByDay: caps.byDay }),
    ...optional('weeklyKm', inKm(numbers['weekly-km'], numbers['weekly-mi'])),
    ...optional('weeklyMinutes', numbers['weekly-min']),
    ...optional('longestRunKm', inKm(numbers['longest-km'], numbers['longest-mi'])),
    ...optional('age', numbers['age']),
    ...(injuries.length === 0 ? {} : { injuries }),
    ...(Object.keys(hr).length === 0 ? {} : { hr }),
  };
  return { input, json: values.json, units };
}

const inKm = (km: number | undefined, mi: number | undefined): number | undefined =>
  km ?? (mi === undefined ? undefined : Math.round(mi * KM_PER_MILE * 1000) / 1000);

/**
 * `--max-min 45` (every day), `--max-min mon=45,sat=150` (the days named) and `--max-min-weekend 150`
 * (Saturday and Sunday) as the plan's caps; a string is the complaint.
 *
 * @example
 * dayCaps('45', '150'); // { every: 45, byDay: { sat: 150, sun: 150 } }
 */
export function dayCaps(
  maxMin: string | undefined,
  weekend: string | undefined,
): { every?: number; byDay?: Partial<Record<Weekday, number>> } | string {
  const byDay: Partial<Record<Weekday, number>> = {};
  let every: number | undefined;
  if (maxMin !== undefined && maxMin.includes('=')) {
    for (const part of maxMin.split(',')) {
      const m = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/i.exec(part);
      const day = m?.[1]?.toLowerCase().slice(0, 3);
      if (m === null || day === undefined || !isWeekday(day))
        return `--max-min takes minutes (45) or days and minutes (mon=45,sat=150), not "${maxMin}".`;
      byDay[day] = Number(m[2]);
    }
  } else {
    const n = positiveNumber('--max-min', maxMin);
    if (typeof n === 'string') return n;
    every = n;
  }
  const w = positiveNumber('--max-min-weekend', weekend);
  if (typeof w === 'string') return w;
  if (w !== undefined) for (const d of WEEKEND) byDay[d] = w;
  return {
    ...(every === undefined ? {} : { every }),
    ...(Object.keys(byDay).length === 0 ? {} : { byDay }),
  };
}
