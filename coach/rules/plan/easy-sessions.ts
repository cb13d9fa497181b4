/**
 * Easy-intensity sessions: easy runs (optionally with strides), long runs, run/walk sessions for
 * beginners, and the pre-race shakeout. Every minute of them is easy except the strides themselves.
 */
import type { PaceContext } from './steps.js';
import { makeSession, makeStep } from './steps.js';
import type { PurposeKey } from './purposes.js';
import type { Purpose, Session, SessionKind, Step } from './types.js';

/** Strides: 6 × 20 s quick and relaxed, 40 s easy jog/walk back (Daniels: "strides", ch. 4). */
export const STRIDES = { count: 6, minutes: 20 / 60, recoveryMinutes: 40 / 60 } as const;
/** Strides go only on easy runs at least this long, minutes. */
export const STRIDES_MIN_SESSION_MINUTES = 15;

/**
 * Run/walk progression for beginners, [run, walk] minutes per cycle, easiest first, one rung per week the
 * sessions can carry it (build-plan.ts), never a step back. It follows the NHS Couch to 5K programme's
 * nine weeks (three runs a week: 60 s run / 90 s walk in week 1, 5 min runs in week 4, 20–25 min
 * continuous in weeks 5–7, 30 min in week 9) and Galloway's run-walk-run (walk breaks from the start, fewer
 * as the runs grow). runloop keeps 2 min of walking in the first rungs so a runner with no running spends at
 * most a third of the first week running (the plan property tests check it). Each rung's run is at least
 * the one before it (a test checks it); the last rung is 25 min continuous, and after it the runner runs
 * continuously.
 */
export const RUN_WALK_STAGES: readonly (readonly [number, number])[] = [
  [1, 2], // NHS week 1: 60 s run / 90 s walk
  [2, 2], // NHS week 2: 90 s / 2 min
  [3, 2], // NHS week 3: 3 min / 3 min
  [5, 2], // NHS week 4: 5 min / 2.5 min
  [8, 2], // NHS week 5: 8 min / 5 min
  [10, 2], // NHS week 6: 10 min / 3 min
  [15, 2], // NHS week 5–6 long runs: 20–25 min, runloop's in-between rung
  [20, 2], // NHS week 5: 20 min continuous
  [25, 1], // NHS weeks 6–7: 25 min continuous (the walk is a cool-down break)
];
/**
 * Minutes of walking kept for warm-up plus cool-down around the run/walk cycles, at least: a minute's walk
 * in and out besides the cycle's own walk break, which follows the last full run (the NHS Couch to 5K's
 * 5-minute brisk walk is what a session adds once it is longer than its cycles; runloop keeps the minimum
 * small so the sessions, which grow within the gentle 6 % ramp, carry the next rung every week: a 20 min
 * run needs a 24-minute session, a 25 min run a 28-minute one).
 */
export const RUN_WALK_MIN_EDGE_MINUTES = 2;

/**
 * Shortest session, minutes, that carries one full cycle of run/walk rung `stage` plus the walking
 * warm-up and cool-down: a week advances to a rung only when its sessions are this long.
 *
 * @example
 * runWalkSessionMinutes(8); // 28 (1 + 25 run + 1 walk + 1)
 */
export function runWalkSessionMinutes(stage: number): number {
  const [run, walk] = RUN_WALK_STAGES[Math.min(stage, RUN_WALK_STAGES.length - 1)] ?? [1, 2];
  return run + walk + RUN_WALK_MIN_EDGE_MINUTES;
}

export interface EasyOptions {
  readonly date: string;
  readonly minutes: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => Purpose;
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

/**
 * A run/walk session at a rung: a walking warm-up, full cycles of the rung's run and walk, a last run
 * no longer than the rung's (what the cycles leave), and a walking cool-down. No run is ever longer than
 * the rung's, so the longest continuous run of a week is its rung's run (the ladder stays monotonic); only
 * a session too short for one full cycle (a shakeout) runs less.
 */
function runWalk(o: EasyOptions, kind: SessionKind, purpose: PurposeKey): Session {
  const stage = RUN_WALK_STAGES[Math.min(o.runWalkStage ?? 0, RUN_WALK_STAGES.length - 1)] ?? [1, 2];
  const [rungRun, walk] = stage;
  const available = Math.max(0, o.minutes - RUN_WALK_MIN_EDGE_MINUTES);
  const cycle = rungRun + walk;
  const n = Math.max(1, Math.floor(available / cycle));
  // Too short for one full cycle: one shorter run, the walk and the edges fill the rest.
  const run = available >= cycle ? rungRun : Math.max(1, available - walk);
  // What the cycles leave: a last run (at most the rung's) once there is at least a minute of it.
  const rest = Math.floor(Math.max(0, available - n * (run + walk)));
  const last = Math.min(rungRun, rest);
  // The walking edges: the 4 minutes kept plus what is left under one walk break (about 2 + 2 to 3 + 3).
  const edge = Math.max(0, o.minutes - n * (run + walk) - last);
  const warm = Math.floor(edge / 2);
  const steps: Step[] = [];
  if (warm > 0) steps.push(makeStep('warmup', 'walk', warm, o.pace));
  steps.push(makeStep('run', 'E', run, o.pace, n), makeStep('walk', 'walk', walk, o.pace, n));
  if (last >= 1) steps.push(makeStep('run', 'E', last, o.pace));
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
 * runWalkStartStage(30); // 1 (2 / 2: 30 of 60 minutes running)
 * runWalkStartStage(45); // 2 (3 / 2)
 */
export function runWalkStartStage(currentWeekMinutes: number): number {
  if (currentWeekMinutes < 30) return 0;
  if (currentWeekMinutes < 45) return 1;
  if (currentWeekMinutes < 60) return 2;
  return 4;
}

/** Beginners below this weekly volume (minutes) start on run/walk. */
export const RUN_WALK_BELOW_WEEK_MINUTES = 90;

/**
 * The rung a plan starts on, or `undefined` to run continuously from the first week. Below the 60-minute
 * starting week (`belowStart`) the volume decides (`runWalkStartStage`: the running stays within the
 * stated volume + 10 %). Otherwise a beginner under `RUN_WALK_BELOW_WEEK_MINUTES` starts on run/walk unless
 * they have shown they run longer without stopping: a recent race or longest run of at least the ladder's
 * last rung (25 min: a 30-minute 5K) skips the ladder, as a Couch to 5K graduate's first parkrun does; a
 * shorter one starts on the highest rung whose run it has already covered, never below the volume's rung.
 *
 * @param demonstratedMinutes the longest the runner has run without a walk (recent race, longest run)
 * @example
 * runWalkStart('beginner', 76, false, 30); // undefined (a 30:00 5K: continuous running)
 * runWalkStart('beginner', 76, false, 12); // 5 (10 min run / 2 min walk)
 * runWalkStart('beginner', 76, false, 0);  // 4 (8 / 2)
 */
export function runWalkStart(
  level: string,
  currentWeekMinutes: number,
  belowStart: boolean,
  demonstratedMinutes: number,
): number | undefined {
  const byVolume = runWalkStartStage(currentWeekMinutes);
  if (belowStart) return byVolume;
  if (level !== 'beginner' || currentWeekMinutes >= RUN_WALK_BELOW_WEEK_MINUTES) return undefined;
  const last = RUN_WALK_STAGES.length - 1;
  if (demonstratedMinutes >= (RUN_WALK_STAGES[last]?.[0] ?? 0)) return undefined;
  const covered = RUN_WALK_STAGES.findLastIndex(([run]) => run <= demonstratedMinutes);
  return Math.max(byVolume, covered);
}
