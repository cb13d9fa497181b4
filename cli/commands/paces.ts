/**
 * `runloop paces`: VDOT, training paces, rep times and race equivalents from a race (`--race 5k --time 20:00`)
 * or a VDOT (`--vdot 52`); `--units mi` prints per-mile paces; `--json` prints numbers in seconds.
 */
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../command.js';
import { badInput } from '../command.js';
import type { RepTimes } from '../../coach/rules/paces/rep-times.js';
import { repTimes } from '../../coach/rules/paces/rep-times.js';
import type { TrainingPaces } from '../../coach/rules/paces/training-paces.js';
import { trainingPaces } from '../../coach/rules/paces/training-paces.js';
import { formatDuration, formatPace, parseDuration } from '../../coach/rules/units/duration.js';
import type { RaceKey } from '../../coach/rules/units/race-distance.js';
import { METERS_PER_MILE, parseRaceDistance, RACE_KEYS } from '../../coach/rules/units/race-distance.js';
import { raceEquivalents } from '../../coach/rules/vdot/equivalent-race-time.js';
import { vdotFromRace } from '../../coach/rules/vdot/vdot-from-race.js';
import { checkVdot } from '../../coach/rules/vdot/vdot-range.js';

const USAGE = `Usage: runloop paces --race <distance> --time <mm:ss|h:mm:ss> [--units km|mi] [--json]
       runloop paces --vdot <20-90> [--units km|mi] [--json]

  --race   1500m, mile, 3000m, 2mile, 5k, 10k, 15k, half, marathon, or e.g. 8k, 12.5km, 3000m, 6mi
  --time   your finishing time, e.g. 20:00 or 1:35:12
  --vdot   a VDOT instead of a race
  --units  km (default) or mi for the printed paces; --json paces are always seconds per km
  --json   machine-readable output (seconds)
`;

type Source = { race: string; distanceMeters: number; timeSeconds: number } | { vdot: number };

interface Parsed {
  readonly vdot: number;
  readonly source: Source;
  readonly units: 'km' | 'mi';
  readonly json: boolean;
}

/** Reads the flags; a string is the one-line complaint for stderr. */
function parse(args: string[]): Parsed | 'help' | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        race: { type: 'string' },
        time: { type: 'string' },
        vdot: { type: 'string' },
        units: { type: 'string', default: 'km' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    return `${(e as Error).message.split('\n')[0]} (try: runloop paces --help)`;
  }
  if (values.help) return 'help';
  const units = values.units;
  if (units !== 'km' && units !== 'mi') return `--units must be km or mi, not "${units}".`;
  const { race, time, vdot } = values;
  if (vdot !== undefined && (race !== undefined || time !== undefined)) {
    return 'give either --race and --time, or --vdot, not both.';
  }
  if (vdot !== undefined) {
    const n = /^\s*\d+(\.\d+)?\s*$/.test(vdot) ? Number(vdot) : Number.NaN;
    const checked = checkVdot(n);
    if (!checked.ok) return `${checked.message.replace(/\.$/, '')} (got "${vdot}").`;
    return { vdot: checked.value, source: { vdot: checked.value }, units, json: values.json };
  }
  if (race === undefined || time === undefined) {
    return race === undefined && time === undefined
      ? 'give --race and --time (e.g. --race 5k --time 20:00) or --vdot (e.g. --vdot 52).'
      : race === undefined
        ? '--time needs --race (e.g. --race 5k).'
        : '--race needs --time (mm:ss or h:mm:ss).';
  }
  const distance = parseRaceDistance(race);
  if (!distance.ok) return distance.message;
  const seconds = parseDuration(time);
  if (!seconds.ok) return seconds.message;
  const fitness = vdotFromRace(distance.value.meters, seconds.value);
  if (!fitness.ok) {
    const what = `${race} in ${time}`;
    return fitness.code === 'FASTER_THAN_WORLD_RECORD'
      ? `${what} is faster than the world record (${formatDuration(Number(fitness.facts?.['worldRecordSeconds']))}); check the distance and time.`
      : fitness.code === 'VDOT_OUT_OF_RANGE'
        ? fitness.message.replace('That race', what)
        : `${what}: ${fitness.message}`;
  }
  return {
    vdot: fitness.value,
    source: { race, distanceMeters: distance.value.meters, timeSeconds: seconds.value },
    units,
    json: values.json,
  };
}

const round1 = (s: number) => Math.round(s * 10) / 10;

function roundPaces(p: TrainingPaces, factor = 1) {
  return {
    easy: { from: round1(p.easy.from * factor), to: round1(p.easy.to * factor) },
    marathon: round1(p.marathon * factor),
    threshold: round1(p.threshold * factor),
    interval: round1(p.interval * factor),
    repetition: round1(p.repetition * factor),
  };
}

function roundAll<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round1(v)])) as T;
}

function toJson(p: Parsed, paces: TrainingPaces, reps: RepTimes, eq: Record<RaceKey, number>): string {
  const out: Record<string, unknown> = {
    vdot: Math.round(p.vdot * 100) / 100,
    units: p.units,
    source: p.source,
    paces: roundPaces(paces),
    reps: { interval: roundAll(reps.interval), repetition: roundAll(reps.repetition) },
    equivalents: roundAll(eq),
  };
  if (p.units === 'mi') out['pacesPerMile'] = roundPaces(paces, METERS_PER_MILE / 1000);
  return `${JSON.stringify(out)}\n`;
}

function toTable(p: Parsed, paces: TrainingPaces, reps: RepTimes, eq: Record<RaceKey, number>): string {
  const u = p.units;
  const from =
    'race' in p.source ? ` (${p.source.race} in ${formatDuration(p.source.timeSeconds)})` : ' (given)';
  const pace = (s: number) => formatPace(s, u);
  const easy = `${pace(paces.easy.from).replace(`/${u}`, '')}–${pace(paces.easy.to)}`;
  const repLine = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, s]) => `${k} ${formatDuration(s)}`)
      .join('   ');
  const lines = [
    `VDOT ${p.vdot.toFixed(1)}${from}`,
    '',
    `Training paces (per ${u === 'km' ? 'km' : 'mile'})`,
    `  Easy         ${easy}`,
    `  Marathon     ${pace(paces.marathon)}`,
    `  Threshold    ${pace(paces.threshold)}`,
    `  Interval     ${pace(paces.interval)}`,
    `  Repetition   ${pace(paces.repetition)}`,
    '',
    'Rep times',
    `  Interval     ${repLine(reps.interval)}`,
    `  Repetition   ${repLine(reps.repetition)}`,
    '',
    'Race equivalents',
    ...RACE_KEYS.map((k) => `  ${k.padEnd(11)}${formatDuration(eq[k]).padStart(8)}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `runloop paces …`; resolves to the exit code. */
async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') return badInput(io, 'paces', parsed);
  const paces = trainingPaces(parsed.vdot);
  const reps = repTimes(parsed.vdot);
  const eq = raceEquivalents(parsed.vdot);
  io.stdout(parsed.json ? toJson(parsed, paces, reps, eq) : toTable(parsed, paces, reps, eq));
  return 0;
}

const paces: CliCommand = {
  summary: 'VDOT, training paces, rep times and race equivalents from a race or a VDOT',
  run,
};

export default paces;
