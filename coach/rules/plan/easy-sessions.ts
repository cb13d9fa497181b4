/**
 * Easy-intensity sessions: easy runs (optionally with strides), long runs, run/walk sessions for
 * beginners, and the pre-race shakeout. Every minute of them is easy except the strides themselves.
 */
import type { PaceContext } from './steps.js';
import { makeSession, makeStep } from './steps.js';
import type { PurposeKey } from './purposes.js';
import type { Session, SessionKind, Step } from './types.js';

/** Strides: 6 × 20 s quick and relaxed, 40 s easy jog/walk back (Daniels: "strides", ch. 4). */
export const STRIDES = { count: 6, minutes: 20 / 60, recoveryMinutes: 40 / 60 } as const;
/** Strides go only on easy runs at least this long, minutes. */
export const STRIDES_MIN_SESSION_MINUTES = 15;

/**
 * Run/walk progression for beginners, [run, walk] minutes per cycle, easiest first: a couch-to-5K
 * style ladder (NHS Couch to 5K; Galloway run-walk-run), one rung per non-down week.
 */
export const RUN_WALK_STAGES: readonly (readonly [number, number])[] = [
  [1, 2],
  [2, 2],
  [3, 2],
  [5, 2],
  [8, 2],
  [10, 1],
  [12, 1],
];
/** Minutes of walking kept for warm-up plus cool-down around the run/walk cycles, at least. */
const RUN_WALK_MIN_EDGE_MINUTES = 4;
/** Longest walking warm-up (and cool-down) around the cycles, minutes. */
const RUN_WALK_MAX_EDGE_MINUTES = 5;

export interface EasyOptions {
  readonly date: string;
  readonly minutes: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => string;
  /** Run/walk stage index into `RUN_WALK_STAGES` (absent: continuous running). */
  readonly runWalkStage?: number;
  readonly strides?: boolean;
}

/**
 * An easy run (or run/walk), `minutes` long in total.
 *
 * @example
 * easySession({ date: '2027-01-06', minutes: 40, pace, purpose, strides: true }); // 34 min E + 6 × strides
 */
export function easySession(o: EasyOptions): Session {
  if (o.runWalkStage !== undefined) return runWalk(o, 'run-walk', 'run-walk');
  if (o.strides === true && o.minutes >= STRIDES_MIN_SESSION_MINUTES) {
    const stridesTotal = STRIDES.count * (STRIDES.minutes + STRIDES.recoveryMinutes);
    const steps: Step[] = [
      makeStep('run', 'E', o.minutes - stridesTotal, o.pace),
      makeStep('strides', 'R', STRIDES.minutes, o.pace, STRIDES.count, { noPace: true }),
      makeStep('recovery', 'E', STRIDES.recoveryMinutes, o.pace, STRIDES.count),
    ];
    return makeSession(o.date, 'easy', false, o.purpose('easy-strides'), steps);
  }
  return makeSession(o.date, 'easy', false, o.purpose('easy'), [makeStep('run', 'E', o.minutes, o.pace)]);
}

/**
 * The long run, all at E (or run/walk on the beginner ladder).
 *
 * @example
 * longSession({ date: '2027-01-10', minutes: 90, pace, purpose }); // 90 min E
 */
export function longSession(o: EasyOptions): Session {
  if (o.runWalkStage !== undefined) return runWalk(o, 'long', 'long-run-walk');
  return makeSession(o.date, 'long', false, o.purpose('long'), [makeStep('run', 'E', o.minutes, o.pace)]);
}

/**
 * A short easy run the day before a race (run/walk on the beginner ladder, at the runner's rung).
 *
 * @example
 * shakeoutSession({ date: '2027-04-17', minutes: 20, pace, purpose }); // 20 min E
 */
export function shakeoutSession(o: EasyOptions): Session {
  if (o.runWalkStage !== undefined) return runWalk(o, 'recovery', 'shakeout');
  return makeSession(o.date, 'recovery', false, o.purpose('shakeout'), [
    makeStep('run', 'E', o.minutes, o.pace),
  ]);
}

function runWalk(o: EasyOptions, kind: SessionKind, purpose: PurposeKey): Session {
  const stage = RUN_WALK_STAGES[Math.min(o.runWalkStage ?? 0, RUN_WALK_STAGES.length - 1)] ?? [1, 2];
  const walk = stage[1];
  const cycle = stage[0] + walk;
  const n = Math.max(1, Math.floor((o.minutes - RUN_WALK_MIN_EDGE_MINUTES) / cycle));
  // Minutes the cycles leave over: up to 5 + 5 walking warm-up and cool-down, the rest lengthens each run.
  const spare = Math.max(0, o.minutes - n * cycle - 2 * RUN_WALK_MAX_EDGE_MINUTES);
  const run = stage[0] + Math.floor(spare / n);
  const edge = Math.max(0, o.minutes - n * (run + walk));
  const warm = Math.floor(edge / 2);
  const steps: Step[] = [];
  if (warm > 0) steps.push(makeStep('warmup', 'walk', warm, o.pace));
  steps.push(makeStep('run', 'E', run, o.pace, n), makeStep('walk', 'walk', walk, o.pace, n));
  if (edge - warm > 0) steps.push(makeStep('cooldown', 'walk', edge - warm, o.pace));
  return makeSession(o.date, kind, false, o.purpose(purpose), steps);
}

/**
 * The run/walk rung a runner starts on, from their weekly volume in minutes. The rungs keep the running
 * part of a 60-minute starting week within the volume + 10 % (the plan property tests check it), so a
 * runner below the starting week gets more walking, not more running.
 *
 * @example
 * runWalkStartStage(0);  // 0 (1 min run / 2 min walk)
 * runWalkStartStage(45); // 2 (3 / 2)
 */
export function runWalkStartStage(currentWeekMinutes: number): number {
  if (currentWeekMinutes < 30) return 0;
  if (currentWeekMinutes < 60) return 2;
  return 4;
}

/** Beginners below this weekly volume (minutes) start on run/walk. */
export const RUN_WALK_BELOW_WEEK_MINUTES = 90;
