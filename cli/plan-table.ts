/**
 * The readable face of `runloop plan`: a header with fitness, the goal verdict and the builder's notes, one
 * line per week, sessions in short form; distances and paces in km or miles.
 */
import { planNoteWords } from '../coach/prompts/templates/plan-note-words.js';
import { feasibilityText } from '../coach/prompts/templates/feasibility-words.js';
import { weekday } from '../coach/rules/calendar/weekday.js';
import type { Plan, Session, Step } from '../coach/rules/plan/types.js';
import { formatDuration, formatPace } from '../coach/rules/units/duration.js';
import { METERS_PER_MILE } from '../coach/rules/units/race-distance.js';

export type TableUnits = 'km' | 'mi';

/** A distance in km as a number in the table's unit. */
const inUnits = (km: number, units: TableUnits): number =>
  units === 'km' ? km : (km * 1000) / METERS_PER_MILE;

const GOAL_NAMES: Record<string, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'general fitness',
};

const mins = (m: number | undefined): string => `${Math.round(m ?? 0)}'`;
const pace = (s: number, units: TableUnits): string => formatPace(s, units).replace(`/${units}`, '');

/** One block of work; R reps (`byDistance`) by their track distance in metres, whatever the units. */
function block(step: Step, units: TableUnits, byDistance = false): string {
  const reps = step.repeat !== undefined && step.repeat > 1 ? `${step.repeat}×` : '';
  const length =
    byDistance && step.km !== undefined
      ? `${Math.round(step.km * 1000)} m`
      : step.minutes !== undefined && step.minutes < 1
        ? `${Math.round(step.minutes * 60)}"`
        : mins(step.minutes);
  const at = step.pace === undefined ? '' : ` @${pace(step.pace.from, units)}–${pace(step.pace.to, units)}`;
  return `${reps}${length} ${step.intensity}${at}`;
}

/**
 * The runs and walk breaks of a run/walk session, every running block counted: the cycles' runs, then a
 * last run when it is as long as theirs (`2×8' run / 2' walk` is 8' run, 2' walk, 8' run) or else named
 * on its own (`20' run / 2' walk + 3' run`). Warm-up and cool-down walks are left out.
 *
 * @example
 * cycles(runWalkSession); // "2×8' run / 2' walk"
 */
function cycles(s: Session): string {
  const runs = s.steps.filter((st) => st.kind === 'run');
  const walk = s.steps.find((st) => st.kind === 'walk');
  const first = runs[0];
  if (first === undefined || walk === undefined) return '';
  const n = first.repeat ?? 1;
  const last = runs.length > 1 ? runs.at(-1) : undefined;
  const same = last !== undefined && mins(last.minutes) === mins(first.minutes);
  const count = n + (same ? 1 : 0);
  const head = `${count > 1 ? `${count}×` : ''}${mins(first.minutes)} run / ${mins(walk.minutes)} walk`;
  return last === undefined || same ? head : `${head} + ${mins(last.minutes)} run`;
}

/**
 * One session in a few words: day, kind, the main work and its length.
 *
 * @example
 * describeSession(tempo); // "Wed tempo 3×7' T @5:12–5:20 (49')"
 * describeSession(tempo, 'mi'); // "Wed tempo 3×7' T @8:22–8:35 (49')"
 * describeSession(reps, 'mi'); // "Tue repetitions 8×200 m R @6:12–6:25 (43')"
 */
export function describeSession(s: Session, units: TableUnits = 'km'): string {
  const day = weekday(s.date);
  const day3 = day.charAt(0).toUpperCase() + day.slice(1);
  const raceWalk = s.kind === 'race' ? s.steps.find((st) => st.kind === 'walk') : undefined;
  // A run/walk race (a runner not yet running the whole distance): its cycles and total time.
  if (raceWalk !== undefined) return `${day3} RACE run/walk ${cycles(s)} ${mins(s.minutes)}`;
  if (s.kind === 'race') {
    const race = s.steps.find((st) => st.kind === 'run');
    const time =
      race?.pace === undefined
        ? `${Math.round(inUnits(race?.km ?? 0, units) * 10) / 10} ${units} by effort`
        : formatDuration((race.minutes ?? 0) * 60);
    // The race pace as a range: today's equivalent (fast end) to the conservative end.
    const at =
      race?.pace === undefined ? '' : ` @${pace(race.pace.from, units)}–${pace(race.pace.to, units)}`;
    return `${day3} RACE ${time}${at}`;
  }
  if (s.steps.some((st) => st.kind === 'walk'))
    return `${day3} ${s.kind === 'long' ? 'long ' : ''}run/walk ${cycles(s)} ${mins(s.minutes)}`;
  const work = s.steps.filter((st) => st.kind === 'rep' || (st.kind === 'run' && st.intensity !== 'E'));
  if (work.length > 0)
    return `${day3} ${s.kind} ${work.map((st) => block(st, units, s.kind === 'repetitions' && st.kind === 'rep' && st.intensity === 'R')).join(' + ')} (${mins(s.minutes)})`;
  const strides = s.steps.some((st) => st.kind === 'strides') ? ' +strides' : '';
  return `${day3} ${s.kind} ${mins(s.minutes)}${strides}`;
}

/**
 * The plan as text.
 *
 * @example
 * renderPlan(plan); // 'Plan: half marathon on 2027-04-18 — 19 weeks …'
 * renderPlan(plan, 'mi'); // the same weeks, distances in miles and paces per mile
 */
export function renderPlan(plan: Plan, units: TableUnits = 'km'): string {
  const g = plan.goal;
  const lines: string[] = [];
  const when = g.raceDate === undefined ? '' : ` on ${g.raceDate}`;
  lines.push(
    `Plan: ${GOAL_NAMES[g.distance] ?? g.distance}${when} — ${plan.weeks.length} weeks (rules ${plan.rulesVersion})`,
  );
  lines.push(
    plan.vdot === undefined
      ? 'Fitness: no race yet, sessions go by effort'
      : `Fitness: VDOT ${plan.vdot.toFixed(1)}`,
  );
  lines.push(`${plan.feasibility.ok ? 'Goal: ✓' : 'Goal: ⚠'} ${feasibilityText(plan.feasibility)}`);
  for (const note of plan.notes ?? []) lines.push(`Note: ${planNoteWords(note).text}`);
  lines.push('');
  lines.push(`Week  Start       Phase            Min    ${units === 'km' ? 'Km' : 'Mi'}     Sessions`);
  for (const w of plan.weeks) {
    const phase = `${w.phase}${w.downWeek ? ' ↓' : ''}`;
    lines.push(
      `${String(w.index + 1).padStart(4)}  ${w.start}  ${phase.padEnd(15)} ${String(Math.round(w.minutes)).padStart(4)}  ${inUnits(w.km, units).toFixed(1).padStart(5)}  ${w.sessions.length === 0 ? 'no runs' : w.sessions.map((s) => describeSession(s, units)).join(' · ')}`,
    );
  }
  lines.push('');
  lines.push(
    `↓ down week · ' minutes · " seconds · paces min:sec per ${units} · E easy, M marathon, T threshold, I interval, R repetition`,
  );
  return `${lines.join('\n')}\n`;
}
