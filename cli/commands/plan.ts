/**
 * `runloop plan`: a periodised training plan from a recent race (or none), a goal, a race date and the
 * days the runner can run. Prints a week-by-week table (in km, or miles with `--units mi`), or the plan as
 * JSON (`--json`): always km, times in seconds, paces in seconds per km, dates ISO. Bad input: one line on
 * stderr, exit 2. The flags are read in `../plan-args.ts`.
 */
import type { CliCommand, CliIo } from '../command.js';
import { badInput } from '../command.js';
import { buildPlan } from '../../coach/rules/plan/build-plan.js';
import { planJson } from '../../coach/prompts/plan-json.js';
import { parsePlanArgs } from '../plan-args.js';
import { renderPlan } from '../plan-table.js';
import { planErrorText } from '../../coach/prompts/templates/plan-error-words.js';

const USAGE = `Usage: runloop plan --goal <5k|10k|half|marathon|fitness> --race-date <YYYY-MM-DD> --start <YYYY-MM-DD>
                    --days <mon,wed,…> --long-day <day> [options]

  Current fitness (optional; the best is a recent race):
    --race <distance> --time <mm:ss|h:mm:ss>   e.g. --race 5k --time 25:00
    --easy-pace <m:ss>                          your easy pace per km (per mile with --units mi), when you have no race
  Goal:
    --goal        5k, 10k, half, marathon, or fitness
    --race-date   race day (not for fitness)
    --target      target finish time, e.g. 1:55:00
    --weeks       plan length for --goal fitness (default 12)
  Your week:
    --start       first day of the plan
    --days        days you can run, e.g. mon,wed,fri,sun
    --long-day    the long-run day (one of --days)
    --max-min     the most minutes you can run on any day (45), or per day (mon=45,sat=150)
    --max-min-weekend   the most minutes on Saturday and Sunday, over --max-min (e.g. --max-min 45 --max-min-weekend 150)
  You:
    --weekly-km | --weekly-mi | --weekly-min   current weekly volume
    --longest-km | --longest-mi   your longest run in the last few weeks
    --level       beginner, intermediate (default) or advanced
    --age         age in years
    --injury      area:recent or area:recurring (repeatable), e.g. knee:recent
    --max-hr, --resting-hr, --lthr   heart rate (bpm) for HR ranges
  --units         km (default) or mi: distances and paces of the table
  --json          the plan as JSON: always km, s/km, seconds and ISO dates, whatever --units
`;

export { parsePlanArgs };

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
    return badInput(
      io,
      'plan',
      `${planErrorText(plan.code, plan.facts) ?? plan.message}${hint} (${plan.code})`,
    );
  }
  io.stdout(parsed.json ? `${JSON.stringify(planJson(plan.value))}\n` : renderPlan(plan.value, parsed.units));
  return 0;
}

const plan: CliCommand = {
  summary: 'A periodised training plan from a race result, a goal and your week',
  run,
};

export default plan;
