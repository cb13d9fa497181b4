/** What a runner reports mid-run (by voice or a watch), and what the coach answers. */
import type { Reason } from '../decision.js';
import type { Intensity, Range, StepKind } from '../plan/types.js';

/** How the run feels, in the runner's words; mapped to CR-10 RPE by `FEEL_RPE`. */
export type Feel = 'easy' | 'comfortable' | 'ok' | 'hard' | 'very_hard' | 'max';

export type Cue = 'hold' | 'slow_down' | 'speed_up' | 'walk_break' | 'cut_short' | 'stop';

/**
 * A mid-run report. Pace is a lap or rolling average (never an instantaneous GPS reading: too noisy to
 * coach from); position is elapsed time and/or distance since the start of the session.
 */
export interface RunReport {
  /** Seconds since the session started (warm-up included). */
  readonly elapsedSeconds?: number;
  /** Km since the session started. */
  readonly distanceKm?: number;
  /** Average pace of the last completed lap, s/km. Preferred over the rolling pace. */
  readonly lapPaceSPerKm?: number;
  /** Rolling average pace (e.g. the last 1–3 minutes), s/km. */
  readonly rollingPaceSPerKm?: number;
  /** Current heart rate, bpm (a rolling average from the watch). */
  readonly hr?: number;
  readonly feel?: Feel;
  /** CR-10 RPE right now, when the runner gives a number. */
  readonly rpe?: number;
  readonly temperatureC?: number;
  readonly dewPointC?: number;
  /** Pain right now, 0–10. */
  readonly painScore?: number;
  /** Red-flag codes or the runner's own words. */
  readonly redFlags?: readonly string[];
  /** Anything else the runner said; scanned for red-flag words. */
  readonly note?: string;
  /** The cue given at the previous report, for hysteresis. */
  readonly previousCue?: Cue;
}

/** The step after the current one. */
export interface NextStep {
  readonly stepIndex: number;
  readonly kind: StepKind;
  readonly intensity: Intensity;
  readonly minutes?: number;
  readonly km?: number;
  readonly pace?: Range;
  /** Seconds until it starts, when the position is known. */
  readonly inSeconds?: number;
}

export interface MidRunCue {
  readonly cue: Cue;
  /** Change to make to the current pace, s/km: positive = slower, negative = faster, 0 = none. */
  readonly correctionSecondsPerKm: number;
  /** Index into `session.steps` of the step the runner is in. */
  readonly stepIndex: number;
  /** Repetition number (1-based) inside a rep block. */
  readonly rep?: number;
  /** The target pace range of the current step after heat adjustment, s/km. */
  readonly target?: Range;
  readonly next: NextStep | null;
  readonly reasons: readonly Reason[];
}
