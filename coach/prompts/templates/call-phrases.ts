/**
 * How paces, steps and sessions are said on the phone: "5:12 to 5:20", "3 times 7 minutes at 5:12 to
 * 5:20", "Tempo day: 15 minutes warm-up, then …". No units symbols a speech engine would spell out.
 */
import type { NextStep } from '../../rules/in-run/run-report.js';
import type { Range, Session, Step } from '../../rules/plan/types.js';
import { formatDistance, sessionName, showPace } from '../format.js';
import type { Units } from '../persona.js';

/** A pace as said: `5:12` (km) or `8:22 a mile`. */
export function sayPace(secondsPerKm: number, units: Units): string {
  const [clock] = showPace(secondsPerKm, units).split('/');
  return units === 'mi' ? `${clock} a mile` : (clock ?? '');
}

/** A pace range as said: `5:12 to 5:20`. */
export function sayPaceRange(range: Range, units: Units): string {
  if (Math.round(range.from) === Math.round(range.to)) return sayPace(range.from, units);
  const [from] = showPace(range.from, units).split('/');
  return `${from} to ${sayPace(range.to, units)}`;
}

/** Whole minutes as said: `1 minute`, `15 minutes`, `20 seconds` under a minute. */
export function sayMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} seconds`;
  const m = Math.round(minutes);
  return `${m} minute${m === 1 ? '' : 's'}`;
}

const STEP_WORDS: Readonly<Record<Step['kind'], string>> = Object.freeze({
  warmup: 'warm-up',
  run: 'running',
  rep: 'hard',
  recovery: 'recovery jog',
  cooldown: 'cool-down',
  walk: 'walking',
  strides: 'strides',
});

type Said = Pick<Step, 'kind' | 'intensity' | 'minutes' | 'km' | 'pace'> & { readonly repeat?: number };

/** One step as said: `15 minutes warm-up`, `3 times 7 minutes at 5:12 to 5:20`, `53 minutes easy`. */
export function sayStep(step: Said, units: Units): string {
  const length =
    step.minutes !== undefined
      ? sayMinutes(step.minutes)
      : step.km !== undefined
        ? formatDistance(step.km, units)
        : '';
  const reps = step.repeat !== undefined && step.repeat > 1 ? `${step.repeat} times ` : '';
  const coached = (step.kind === 'rep' || step.kind === 'run') && step.intensity !== 'E';
  const what =
    coached && step.pace !== undefined
      ? `at ${sayPaceRange(step.pace, units)}`
      : step.kind === 'run' || step.kind === 'rep'
        ? 'easy'
        : STEP_WORDS[step.kind];
  return `${reps}${length} ${what}`.replace(/\s+/g, ' ').trim();
}

/** The step a cue points to next, as said. */
export function sayNext(n: NextStep, units: Units): string {
  return sayStep(n, units);
}

/**
 * A session as said, in one sentence: its name, the warm-up and the main part.
 *
 * @example
 * saySession(tempo, 'km'); // 'Tempo run today: 15 minutes warm-up, then 3 times 7 minutes at 5:12 to 5:20.'
 */
export function saySession(session: Session, units: Units): string {
  const name = sessionName(session.kind);
  const first = session.steps[0];
  const main = session.steps.find((s) => s.kind === 'rep' || s.kind === 'run');
  const parts =
    first !== undefined && main !== undefined && first !== main
      ? `${sayStep(first, units)}, then ${sayStep(main, units)}`
      : main !== undefined
        ? sayStep(main, units)
        : sayMinutes(session.minutes);
  const ceiling = main?.intensity === 'E' ? main.hr?.to : undefined;
  const hr = ceiling !== undefined ? `, heart rate under ${Math.round(ceiling)}` : '';
  return `${name[0]!.toUpperCase()}${name.slice(1)} today: ${parts}${hr}.`;
}
