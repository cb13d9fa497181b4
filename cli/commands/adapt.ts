/**
 * `runloop adapt --today YYYY-MM-DD < scenario.json`: adapts a plan for one day. The scenario is
 * `{ "plan": <plan JSON as printed by runloop plan --json>, "activities": [...], "checkins": [...] }`;
 * prints `{ "decisions": [...], "plan": <updated plan> }` as JSON. Bad input: one line on stderr, exit 2.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand, CliIo } from '../command.js';
import { badInput, readAll } from '../command.js';
import { adapt } from '../../coach/rules/adapt/adapt.js';
import type { History } from '../../coach/rules/adapt/history.js';
import { isIsoDate } from '../../coach/rules/calendar/epoch-day.js';
import { planFromJson, planJson } from '../../coach/prompts/plan-json.js';
import type { Plan } from '../../coach/rules/plan/types.js';

const USAGE = `Usage: runloop adapt --today <YYYY-MM-DD> < scenario.json

  Reads a scenario from standard input:
    { "plan": <plan JSON from runloop plan --json>,
      "activities": [{ "date", "km", "minutes", "avgHr", "rpe", "cadence", "laps", "race", "id",
                       "temperatureC", "dewPointC" }],
      "checkins":   [{ "date", "sleepHours", "sleepQuality", "restingHr", "hrv", "soreness", "stress",
                       "mood", "illness", "pain": { "location", "score" }, "redFlags", "note" }],
      "baseline":   { "restingHrBpm" } }   (optional: the resting HR stated at onboarding)
  and prints { "decisions": [...], "plan": <updated plan> } as JSON.

  --today   the day to adapt for (the runner's local date)
`;

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
const nonNegative = z.number().finite().nonnegative();
const range = z.looseObject({ from: z.number().finite(), to: z.number().finite() });
const intensity = z.enum(['E', 'M', 'T', 'I', 'R', 'walk']);
const step = z.looseObject({
  kind: z.enum(['warmup', 'run', 'rep', 'recovery', 'cooldown', 'walk', 'strides']),
  intensity,
  minutes: nonNegative.optional(),
  km: nonNegative.optional(),
  repeat: z.number().int().positive().optional(),
  pace: range.optional(),
  hr: range.optional(),
});
const sessionKind = z.enum([
  'easy',
  'long',
  'recovery',
  'tempo',
  'intervals',
  'repetitions',
  'marathon-pace',
  'hills',
  'run-walk',
  'race',
  'rest',
]);
const sessionFields = {
  date: isoDate,
  kind: sessionKind,
  hard: z.boolean(),
  minutes: nonNegative,
  km: nonNegative,
  // The worded line of `runloop plan --json` (with `purposeCode`, `purposeFacts`), or a code with facts.
  purpose: z.union([z.string(), z.looseObject({ code: z.string() })]),
  steps: z.array(step),
  status: z.enum(['planned', 'done', 'missed', 'adapted', 'skipped']).optional(),
};
const session = z.looseObject({ ...sessionFields, replaces: z.looseObject(sessionFields).optional() });
const plan = z.looseObject({
  rulesVersion: z.string(),
  vdot: z.number().finite().positive().optional(),
  vdotSetOn: isoDate.optional(),
  goal: z.looseObject({
    distance: z.enum(['5k', '10k', 'half', 'marathon', 'fitness']),
    raceDate: isoDate.optional(),
    targetTime: nonNegative.optional(),
  }),
  feasibility: z.looseObject({
    ok: z.boolean(),
    message: z.string().optional(),
    notes: z.array(z.looseObject({ code: z.string() })).optional(),
  }),
  weeks: z.array(
    z.looseObject({
      index: z.number().int(),
      start: isoDate,
      phase: z.enum(['base', 'build', 'race-specific', 'taper']),
      downWeek: z.boolean(),
      minutes: nonNegative,
      km: nonNegative,
      sessions: z.array(session),
    }),
  ),
});
/** Steps per minute; anything else is refused rather than guessed. */
const cadence = z.number().finite().positive().max(400);
const lap = z.looseObject({
  km: nonNegative,
  minutes: nonNegative,
  avgHr: z.number().positive().optional(),
  cadence: cadence.optional(),
});
const activity = z.looseObject({
  date: isoDate,
  km: nonNegative,
  minutes: nonNegative,
  avgHr: z.number().positive().optional(),
  rpe: z.number().min(0).max(10).optional(),
  laps: z.array(lap).optional(),
  cadence: cadence.optional(),
  id: z.string().optional(),
  race: z.boolean().optional(),
  temperatureC: z.number().finite().optional(),
  dewPointC: z.number().finite().optional(),
});
const score10 = z.number().min(0).max(10);
const checkin = z.looseObject({
  date: isoDate,
  sleepHours: z.number().min(0).max(24).optional(),
  sleepQuality: z.number().min(1).max(5).optional(),
  restingHr: z.number().positive().optional(),
  hrv: z.number().positive().optional(),
  soreness: score10.optional(),
  stress: score10.optional(),
  mood: z.number().min(1).max(5).optional(),
  illness: z.boolean().optional(),
  pain: z.looseObject({ location: z.string().min(1), score: score10 }).optional(),
  redFlags: z.array(z.string()).optional(),
  note: z.string().optional(),
});
const baseline = z.looseObject({ restingHrBpm: z.number().positive().optional() });
/** The scenario read from standard input. */
export const scenarioSchema = z.object({
  plan,
  activities: z.array(activity).default([]),
  checkins: z.array(checkin).default([]),
  baseline: baseline.optional(),
});

/**
 * Parses the scenario text; a string is the one-line complaint for stderr.
 *
 * @example
 * parseScenario('{}'); // 'plan: Invalid input: expected object, received undefined.'
 */
export function parseScenario(text: string): { plan: Plan; history: History } | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `the scenario is not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')}).`;
  }
  const r = scenarioSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'scenario';
    return `${where}: ${issue?.message ?? 'invalid'}.`;
  }
  return {
    plan: planFromJson(r.data.plan),
    history: {
      activities: r.data.activities as History['activities'],
      checkins: r.data.checkins as History['checkins'],
      ...(r.data.baseline?.restingHrBpm !== undefined
        ? { baseline: { restingHrBpm: r.data.baseline.restingHrBpm } }
        : {}),
    },
  };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => badInput(io, 'adapt', message);
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { today: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (e) {
    return fail(`${(e as Error).message.split('\n')[0]} (try: runloop adapt --help)`);
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.today === undefined) return fail('--today YYYY-MM-DD is required.');
  if (!isIsoDate(values.today)) return fail(`--today must be a date as YYYY-MM-DD, not "${values.today}".`);
  const scenario = parseScenario(await readAll(io.stdin));
  if (typeof scenario === 'string') return fail(scenario);
  const result = adapt(scenario.plan, scenario.history, values.today);
  io.stdout(`${JSON.stringify({ decisions: result.decisions, plan: planJson(result.plan) }, null, 2)}\n`);
  return 0;
}

const command: CliCommand = {
  summary: 'Adapt a plan for one day from runs and check-ins (JSON on stdin)',
  run,
};
export default command;
